/**
 * A parent's own settings: time zone (typed as a city or a local time and resolved to a real zone with
 * daylight saving), language, reminder rhythm; later export and deletion. Depends on content and storage.
 */
package org.relactation.bot.account;
