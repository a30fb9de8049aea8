/**
 * A parent's own account: the time zone (typed as a city, a zone or a local time and resolved to a real zone with
 * daylight saving, and the country it lies in: {@link org.relactation.bot.account.TimeZoneResolver}), /language,
 * and /delete, which erases everything the bot keeps about the parent.
 *
 * <p>Depends on: content, conversation (the commands and their buttons), parent (the parent's record), storage
 * (erasing everything of a parent), text (a typed time of day).
 */
package org.relactation.bot.account;
