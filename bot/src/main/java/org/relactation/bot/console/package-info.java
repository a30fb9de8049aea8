/**
 * A local chat in the terminal: lines in, the bot's replies out, buttons as choices pressed with {@code #} and their
 * number, reminders and morning notes printed when due. Lets anyone try the whole bot with no token and no network,
 * and replays a conversation from a file. Depends on conversation and content.
 */
package org.relactation.bot.console;
