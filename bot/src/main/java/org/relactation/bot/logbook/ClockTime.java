package org.relactation.bot.logbook;

import org.relactation.bot.text.TimeOfDay;

import java.util.List;

/**
 * A time on the clock as typed, not yet placed on a day: "14:30", "2:30 pm", "14h30", "a las 2".
 *
 * @param hour     as typed, or -1 when the digits cannot be an hour
 * @param minute   as typed, or -1 when the digits cannot be minutes
 * @param halfDay  am or pm when the parent said so, else null
 * @param exact    the hour was written the 24-hour way, with a leading zero ("01:05", "09h30"), so it has one
 *                 reading
 */
record ClockTime(int hour, int minute, TimeOfDay.HalfDay halfDay, boolean exact) {

    ClockTime withHalfDay(TimeOfDay.HalfDay newHalfDay) {
        return new ClockTime(hour, minute, newHalfDay, exact);
    }

    /** Whether the digits are a time of day at all ({@link TimeOfDay} says, as for every typed time). */
    boolean readable() {
        return TimeOfDay.valid(hour, minute, halfDay);
    }

    /**
     * The 24-hour hours this can mean. Without am or pm, an hour from 1 to 12 has two readings (2:30 is 02:30
     * or 14:30) and the caller picks the most recent one that has passed; "01:05" has one. "14:30 pm" is read
     * leniently as 14:30.
     */
    List<Integer> hours() {
        return TimeOfDay.hours(hour, halfDay, exact);
    }

    /** The hour read as at night ("last night at 11" is 23:00, "at 2" is 02:00), unless am or pm was said. */
    int nightHour() {
        if (halfDay != null || exact || hour == 0 || hour > 12) {
            return hours().get(0);
        }
        return hour == 12 ? 0 : hour <= 5 ? hour : hour + 12;
    }
}
