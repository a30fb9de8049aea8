package org.relactation.bot.reminders;

import org.relactation.bot.logbook.DayStats;
import org.relactation.bot.storage.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When the next reminder is due for a parent: their daily sessions spread evenly over their waking hours, counted
 * from their last session (so logging moves the next reminder instead of nagging on a fixed clock), plus one in
 * the middle of the night if they want a night session. All in the parent's zone, so daylight-saving changes
 * shift nothing: 09:00 stays 09:00 on the clock.
 */
public final class ReminderPlanner {
    /** Never closer than this, whatever the target: a reminder every few minutes helps nobody. */
    static final Duration MIN_INTERVAL = Duration.ofMinutes(90);

    /**
     * @param lastSession the parent's latest session, or null
     * @param now         the current instant; the result is never before it
     */
    public Instant next(UserProfile user, ZoneId zone, Instant lastSession, Instant now) {
        Duration interval = interval(user);
        Instant candidate = lastSession == null ? now : lastSession.plus(interval);
        if (candidate.isBefore(now)) {
            candidate = now;
        }
        return fitToDay(user, zone, candidate, lastSession);
    }

    /** The pause between reminders: the waking hours divided by the daytime sessions. */
    public Duration interval(UserProfile user) {
        LocalTime wake = DayStats.wakeOf(user);
        LocalTime sleep = DayStats.sleepOf(user);
        long awake = Math.floorMod(sleep.toSecondOfDay() / 60 - wake.toSecondOfDay() / 60, 24 * 60);
        if (awake == 0) {
            awake = 24 * 60;
        }
        int daytime = Math.max(1, user.sessionsTarget() - (wantsNight(user) ? 1 : 0));
        // Rounded up, so that the daytime sessions fit the waking hours and the last does not spill past bedtime.
        Duration interval = Duration.ofMinutes((awake + daytime - 1) / daytime);
        return interval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : interval;
    }

    /** Moves a time that falls in the night to the night session (if wanted and not done) or to waking up. */
    private Instant fitToDay(UserProfile user, ZoneId zone, Instant candidate, Instant lastSession) {
        LocalTime wake = DayStats.wakeOf(user);
        LocalTime sleep = DayStats.sleepOf(user);
        ZonedDateTime local = candidate.atZone(zone);
        if (DayStats.awake(local.toLocalTime(), wake, sleep)) {
            return candidate;
        }
        // The night that contains the candidate: from its start (bedtime) to the next wake-up.
        LocalDate wakeDay = local.toLocalTime().isBefore(wake) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        Instant wakeUp = at(wakeDay, wake, zone);
        Instant bedtime = at(wake.isBefore(sleep) ? wakeDay.minusDays(1) : wakeDay, sleep, zone);
        if (!bedtime.isBefore(wakeUp)) {
            bedtime = bedtime.minus(Duration.ofDays(1));
        }
        Instant middle = bedtime.plus(Duration.between(bedtime, wakeUp).dividedBy(2));
        boolean nightDone = lastSession != null && !lastSession.isBefore(bedtime);
        if (wantsNight(user) && !nightDone && !candidate.isAfter(middle)) {
            return middle;
        }
        return wakeUp;
    }

    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        // atZone moves a time inside a daylight-saving gap forward, never drops it.
        return LocalDateTime.of(day, time).atZone(zone).toInstant();
    }

    private static boolean wantsNight(UserProfile user) {
        return user.rhythm().nightSession() == null || user.rhythm().nightSession();
    }
}
