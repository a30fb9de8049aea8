/**
 * Log output that cannot leak secrets: converters used by config/logback.xml. Depends on nothing else in the bot.
 * The bot never logs message texts; these converters guard against tokens and passwords that libraries put in
 * exception messages.
 */
package org.relactation.bot.logging;
