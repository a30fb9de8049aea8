package org.relactation.bot.conversation;

import java.time.LocalTime;
import java.util.Optional;

/**
 * One reading of a time of day a parent typed, from its parts: "7", "07:30", "7pm", "24:00" (midnight). The one
 * place that decides which hours and minutes are valid, for every question that asks for a time.
 */
public final class TimeOfDay {
    private TimeOfDay() {
    }

    /**
     * @param hourText   the hour digits
     * @param minuteText the minute digits, or null for a whole hour
     * @param meridiem   "am"/"pm" (or anything starting with "p" for the afternoon) as typed, or null
     */
    public static Optional<LocalTime> of(String hourText, String minuteText, String meridiem) {
        int hour = Integer.parseInt(hourText);
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (minute > 59) {
            return Optional.empty();
        }
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (meridiem.startsWith("p") ? 12 : 0);
        }
        if (hour > 24 || hour == 24 && minute > 0) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour % 24, minute));
    }
}
