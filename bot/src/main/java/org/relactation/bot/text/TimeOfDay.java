package org.relactation.bot.text;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What a typed hour, minutes and half of the day mean on the clock: "7", "07:30", "7pm", "24:00" (midnight),
 * "14:30 pm" (read leniently as 14:30). The one place that decides which hours and minutes are valid and which
 * 24-hour times they can be, for every reader of times: {@link TimeReader} (reminder times, quiet hours, waking
 * hours), the log reader (times of sessions) and the time zone resolver (a local time typed as the zone).
 */
public final class TimeOfDay {
    /** Morning or afternoon, when the parent said which ("am", "de la tarde"). */
    public enum HalfDay { AM, PM }

    private TimeOfDay() {
    }

    /**
     * Whether the digits can be a time of day: minutes 0–59, an hour 0–23 or 24:00; with am an hour 1–12, with pm
     * 1–23 ("14:30 pm" is a slip, not a riddle).
     */
    public static boolean valid(int hour, int minute, HalfDay halfDay) {
        if (minute < 0 || minute > 59 || hour < 0) {
            return false;
        }
        if (halfDay == HalfDay.AM) {
            return hour >= 1 && hour <= 12;
        }
        if (halfDay == HalfDay.PM) {
            return hour >= 1 && hour <= 23;
        }
        return hour < 24 || hour == 24 && minute == 0;
    }

    /**
     * The 24-hour hours a valid typed hour can mean, earlier first. With am or pm, one. Without, an hour
     * from 1 to 12 has two (2 is 02:00 or 14:00, 12 is 00:00 or 12:00) unless it was written the 24-hour way with a leading zero
     * ({@code exact}, "02:00"); 24 is midnight.
     */
    public static List<Integer> hours(int hour, HalfDay halfDay, boolean exact) {
        if (halfDay == HalfDay.AM) {
            return List.of(hour % 12);
        }
        if (halfDay == HalfDay.PM) {
            return List.of(hour < 12 ? hour + 12 : hour);
        }
        if (exact || hour < 1 || hour > 12) {
            return List.of(hour % 24);
        }
        return List.of(hour % 12, hour % 12 + 12);
    }

    /** The time meant, a bare hour read as typed on a 24-hour clock ("7" is 07:00), or empty if not valid. */
    public static Optional<LocalTime> of(int hour, int minute, HalfDay halfDay) {
        if (!valid(hour, minute, halfDay)) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hours(hour, halfDay, true).get(0), minute));
    }

    /**
     * {@link #of(int, int, HalfDay)} from typed parts.
     *
     * @param hourText   the hour digits
     * @param minuteText the minute digits, or null for a whole hour
     * @param meridiem   "am"/"pm" (or anything starting with "p" for the afternoon) as typed, or null
     */
    public static Optional<LocalTime> of(String hourText, String minuteText, String meridiem) {
        HalfDay halfDay = meridiem == null ? null : meridiem.startsWith("p") ? HalfDay.PM : HalfDay.AM;
        return of(Integer.parseInt(hourText), minuteText == null ? 0 : Integer.parseInt(minuteText), halfDay);
    }
}
