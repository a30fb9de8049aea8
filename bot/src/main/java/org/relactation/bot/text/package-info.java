/**
 * Text helpers more than one capability needs: folding typed words (Words), typo distance, cutting a message into
 * clauses (Clauses), reading typed times of day (TimeOfDay, the one judge of an hour and minutes for every
 * reader of times: TimeReader, the log reader, the time zone resolver) and the language a message is written in
 * (MessageLanguage, which also knows the bot's own words in each language).
 *
 * <p>Depends on: content (the words of each language, for MessageLanguage).
 */
package org.relactation.bot.text;
