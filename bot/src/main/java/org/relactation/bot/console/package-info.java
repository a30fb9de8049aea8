/**
 * A local chat in the terminal: lines in, the bot's replies out, buttons as choices pressed with {@code #} and their
 * number, reminders and morning notes printed when due. Lets anyone try the whole bot with no token and no network,
 * and replays a conversation from a file. Its own words are the operator's (content/operator.yaml).
 *
 * <p>Depends on: content, conversation.
 */
package org.relactation.bot.console;
