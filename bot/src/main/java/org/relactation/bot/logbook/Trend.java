package org.relactation.bot.logbook;

import org.relactation.bot.content.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Which way a number moves, like with like: the daily average of the last finished days against as many finished
 * days just before them, all from the parent's first day on. Today is still under way (it would always look low)
 * and days before the parent started are not hers (they would always look like zeros), so neither is compared.
 * Shared by /stats, "what next?" and the PDF summary.
 */
public enum Trend {
    UP, DOWN, FLAT;

    /**
     * One comparison: the average per day over the last {@code days} finished days ({@code after}) against the
     * {@code days} before them ({@code before}).
     */
    public record Change(Trend direction, int days, int before, int after) {
        /** Both averages are zero: nothing was logged to compare (a parent who only nurses has no ml). */
        public boolean nothing() {
            return before == 0 && after == 0;
        }

        /** What is compared, in words: "yesterday against the day before", "the last 3 full days against…". */
        public String span(Texts texts) {
            return days == 1 ? texts.get("logbook.trend.span_one")
                    : texts.get("logbook.trend.span_many", Map.of("days", days));
        }
    }

    /**
     * The last {@code n} finished days against the {@code n} before them, with {@code n} as large as the finished
     * days allow up to {@code window}; empty before two finished days.
     *
     * @param days the parent's days from her first one (or fewer, but never days before it), today last
     */
    public static Optional<Change> of(List<DaySummary> days, ToIntFunction<DaySummary> value, int window) {
        int finished = days.size() - 1;
        int n = Math.min(window, finished / 2);
        if (n < 1) {
            return Optional.empty();
        }
        int before = average(days.subList(finished - 2 * n, finished - n), value);
        int after = average(days.subList(finished - n, finished), value);
        return Optional.of(new Change(direction(before, after), n, before, after));
    }

    private static Trend direction(int before, int after) {
        if (after > before * 11 / 10 && after > 0) {
            return UP;
        }
        if (after < before * 9 / 10) {
            return DOWN;
        }
        return FLAT;
    }

    static int average(List<DaySummary> days, ToIntFunction<DaySummary> value) {
        return (int) Math.round(days.stream().mapToInt(value).average().orElse(0));
    }
}
