/**
 * Log output that cannot leak secrets: the set-up of logback (LogSetup: levels, stderr, text or JSON),
 * and the converters and the JSON layout it uses.
 * The bot never logs message texts; these converters guard against tokens and passwords that libraries put in
 * exception messages.
 *
 * <p>Depends on: nothing.
 */
package org.relactation.bot.logging;
