/**
 * Log output that cannot leak secrets: converters and the JSON layout used by config/logback.xml.
 * The bot never logs message texts; these converters guard against tokens and passwords that libraries put in
 * exception messages.
 *
 * <p>Depends on: nothing.
 */
package org.relactation.bot.logging;
