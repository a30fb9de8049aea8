package org.relactation.bot.reminders;

import org.relactation.bot.logbook.DayStats;
import org.relactation.bot.parent.UserProfile;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A parent's reminder plan read from their stored rhythm, with the defaults filled in: how reminders are spaced
 * (the mode), their waking hours, the night session and the quiet hours. All times are local clock times, so a
 * daylight-saving change moves none of them. A stored value that cannot be read counts as not set.
 *
 * @param sessionsPerDay the daily target, which spaces reminders in {@link Mode#SPREAD}
 * @param every          the pause between reminders in {@link Mode#EVERY}
 * @param fixedTimes     the times of day in {@link Mode#FIXED}, sorted, never empty in that mode
 * @param nightAt        the night session time the parent picked, or null for the middle of the night
 * @param quietFrom      start of the quiet hours, or null when there are none
 */
public record ReminderPlan(Mode mode, int sessionsPerDay, Duration every, List<LocalTime> fixedTimes,
                           LocalTime wake, LocalTime sleep, boolean night, LocalTime nightAt,
                           LocalTime quietFrom, LocalTime quietTo) {

    /** How reminders are spaced; {@code code} is what the profile stores and what buttons carry. */
    public enum Mode {
        SPREAD("spread"), EVERY("every"), FIXED("fixed");

        final String code;

        Mode(String code) {
            this.code = code;
        }

        static Mode of(String code) {
            for (Mode mode : values()) {
                if (mode.code.equals(code)) {
                    return mode;
                }
            }
            return null;
        }
    }

    /** The choices offered for "every few hours": 2 to 3 hours, as the guidance has it (day and night). */
    static final List<Integer> EVERY_MINUTES = List.of(120, 150, 180);
    static final int DEFAULT_EVERY_MINUTES = 180;
    /** Times worked out for the parent fall on the quarter hour: 09:30, not 09:26. */
    private static final int QUARTER = 15;

    public static ReminderPlan of(UserProfile user) {
        UserProfile.Rhythm rhythm = user.rhythm();
        List<LocalTime> fixed = rhythm.fixedTimes().stream().map(ReminderPlan::time).filter(Objects::nonNull)
                .distinct().sorted().toList();
        Mode mode = Objects.requireNonNullElse(Mode.of(rhythm.mode()), Mode.SPREAD);
        if (mode == Mode.FIXED && fixed.isEmpty()) {
            mode = Mode.SPREAD;
        }
        int everyMinutes = rhythm.everyMinutes() == null
                ? DEFAULT_EVERY_MINUTES : Math.max(rhythm.everyMinutes(), (int) ReminderPlanner.MIN_INTERVAL.toMinutes());
        LocalTime quietFrom = time(rhythm.quietFrom());
        LocalTime quietTo = time(rhythm.quietTo());
        if (quietFrom == null || quietTo == null || quietFrom.equals(quietTo)) {
            quietFrom = null;
            quietTo = null;
        }
        return new ReminderPlan(mode, user.sessionsTarget(), Duration.ofMinutes(everyMinutes), fixed,
                DayStats.wakeOf(user), DayStats.sleepOf(user),
                rhythm.nightSession() == null || rhythm.nightSession(), time(rhythm.nightAt()), quietFrom, quietTo);
    }

    public boolean hasQuietHours() {
        return quietFrom != null;
    }

    /** Whether a local time falls in the quiet hours (from included, to excluded; they may wrap midnight). */
    public boolean quiet(LocalTime time) {
        return hasQuietHours() && DayStats.awake(time, quietFrom, quietTo);
    }

    /** When the day's first message may come: at waking up, or when quiet hours that cover it end. */
    public LocalTime morning() {
        return quiet(wake) ? quietTo : wake;
    }

    /** The middle of the night on the clock (a daylight-saving night shifts it by half an hour at most). */
    public LocalTime middleOfNight() {
        int night = Math.floorMod(wake.toSecondOfDay() / 60 - sleep.toSecondOfDay() / 60, 24 * 60);
        return sleep.plusMinutes(night / 2);
    }

    /** How many reminders a day fixed times give: the times, and the night session if wanted. */
    public int fixedPerDay() {
        return fixedTimes.size() + (night ? 1 : 0);
    }

    /**
     * The day's sessions as clock times spread evenly from waking up to bedtime, on the quarter hour, leaving one
     * for the night if wanted: 8 a day with a night session over 07:00–22:00 is 07:00, 09:30, 12:00 … 22:00.
     */
    public List<LocalTime> evenTimes() {
        int daytime = Math.max(1, sessionsPerDay - (night ? 1 : 0));
        int awake = Math.floorMod(sleep.toSecondOfDay() / 60 - wake.toSecondOfDay() / 60, 24 * 60);
        int span = awake == 0 ? 24 * 60 - QUARTER : awake;
        TreeSet<LocalTime> times = new TreeSet<>();
        for (int i = 0; i < daytime; i++) {
            long offset = daytime == 1 ? 0 : Math.round((double) i * span / (daytime - 1) / QUARTER) * QUARTER;
            times.add(wake.plusMinutes(offset));
        }
        return List.copyOf(times);
    }

    public boolean awake(LocalTime time) {
        return DayStats.awake(time, wake, sleep);
    }

    private static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
