package org.relactation.bot.logbook;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Which way a number moves: the average of the last three finished days against the three before them (today
 * is still under way and would always look low). Shared by /stats and "what next?".
 */
public enum Trend {
    UP, DOWN, FLAT;

    /** Needs 7 days, today last. */
    public static Trend of(List<DaySummary> week, ToIntFunction<DaySummary> value) {
        int before = average(week.subList(0, 3), value);
        int after = average(week.subList(3, 6), value);
        if (after > before * 11 / 10 && after > 0) {
            return UP;
        }
        if (after < before * 9 / 10) {
            return DOWN;
        }
        return FLAT;
    }

    public static int before(List<DaySummary> week, ToIntFunction<DaySummary> value) {
        return average(week.subList(0, 3), value);
    }

    public static int after(List<DaySummary> week, ToIntFunction<DaySummary> value) {
        return average(week.subList(3, 6), value);
    }

    static int average(List<DaySummary> days, ToIntFunction<DaySummary> value) {
        return (int) Math.round(days.stream().mapToInt(value).average().orElse(0));
    }
}
