package org.relactation.bot.logbook;

import java.time.LocalTime;

/**
 * A day named in a message.
 *
 * @param offset    days from today (-1 yesterday, 1 tomorrow); ignored for the most recent night
 * @param lastNight "last night", "anoche": today before dawn or yesterday evening, whichever has passed
 */
record DayWord(int offset, boolean lastNight) {
    /** "last night" said without a time: about then, late in the evening before. */
    static final LocalTime LAST_NIGHT = LocalTime.of(23, 0);
}
