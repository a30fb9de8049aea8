package org.relactation.bot.reminders;

import org.relactation.bot.parent.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When the next reminder is due for a parent, a pure function of their plan ({@link ReminderPlan}), their last
 * session and the time. Three ways to space reminders:
 * <ul>
 *   <li>spread: the daily sessions spread evenly over the waking hours;</li>
 *   <li>every: a fixed pause (2 to 3 hours) during the waking hours;</li>
 *   <li>fixed: at the times of day the parent chose.</li>
 * </ul>
 * Spread and every count from the last session (so logging moves the next reminder instead of nagging on a fixed
 * clock); a fixed time right after a session is skipped. Outside the waking hours only the night session is sent,
 * if wanted: at the time the parent picked, or in the middle of the night. Nothing is sent in the quiet hours; a
 * reminder that falls in them waits until they end (a fixed time is skipped), except a night session whose time
 * the parent picked themselves, which they placed there on purpose. All in the parent's zone, so daylight-saving
 * changes shift nothing: 09:00 stays 09:00 on the clock.
 */
public final class ReminderPlanner {
    /** Never closer than this, whatever the target: a reminder every few minutes helps nobody. */
    static final Duration MIN_INTERVAL = Duration.ofMinutes(90);
    /** A fixed time this soon after a session is skipped: the parent has just done one. */
    static final Duration RECENT_SESSION = ReminderDispatcher.RECENT_SESSION;
    /** Enough moves for any plan to settle (wake-up, then the end of quiet hours); a bound, not a tuning knob. */
    private static final int MAX_MOVES = 8;

    /**
     * @param lastSession the parent's latest session, or null
     * @param now         the current instant; the result is never before it
     */
    public Instant next(UserProfile user, ZoneId zone, Instant lastSession, Instant now) {
        ReminderPlan plan = ReminderPlan.of(user);
        return plan.mode() == ReminderPlan.Mode.FIXED ? nextFixed(plan, zone, lastSession, now)
                : nextAfterInterval(plan, zone, lastSession, now);
    }

    /** The pause between reminders: the waking hours divided by the daytime sessions, or the chosen pause. */
    public Duration interval(UserProfile user) {
        return interval(ReminderPlan.of(user));
    }

    static Duration interval(ReminderPlan plan) {
        if (plan.mode() == ReminderPlan.Mode.EVERY) {
            return plan.every();
        }
        long awake = Math.floorMod(plan.sleep().toSecondOfDay() / 60 - plan.wake().toSecondOfDay() / 60, 24 * 60);
        if (awake == 0) {
            awake = 24 * 60;
        }
        int daytime = Math.max(1, plan.sessionsPerDay() - (plan.night() ? 1 : 0));
        // Rounded up, so that the daytime sessions fit the waking hours and the last does not spill past bedtime.
        Duration interval = Duration.ofMinutes((awake + daytime - 1) / daytime);
        return interval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : interval;
    }

    private Instant nextAfterInterval(ReminderPlan plan, ZoneId zone, Instant lastSession, Instant now) {
        Instant candidate = lastSession == null ? now : lastSession.plus(interval(plan));
        if (candidate.isBefore(now)) {
            candidate = now;
        }
        for (int i = 0; i < MAX_MOVES; i++) {
            Instant moved = fit(plan, zone, candidate, lastSession);
            if (moved.equals(candidate)) {
                break;
            }
            candidate = moved;
        }
        return candidate;
    }

    /**
     * One step towards an allowed time: a time in the quiet hours moves to their end, a time in the night to the
     * night session (if wanted and not done) or to waking up. Returns the candidate itself when it is allowed.
     */
    private static Instant fit(ReminderPlan plan, ZoneId zone, Instant candidate, Instant lastSession) {
        LocalTime time = candidate.atZone(zone).toLocalTime();
        if (plan.awake(time)) {
            return plan.quiet(time) ? endOfQuiet(plan, zone, candidate) : candidate;
        }
        Night night = Night.containing(plan, zone, candidate);
        Instant session = nightSession(plan, zone, night);
        boolean nightDone = lastSession != null && !lastSession.isBefore(night.bedtime());
        if (session != null && !nightDone && !candidate.isAfter(session)) {
            return session;
        }
        return night.wakeUp();
    }

    private static Instant nextFixed(ReminderPlan plan, ZoneId zone, Instant lastSession, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Instant> slots = new ArrayList<>();
        for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(2)); day = day.plusDays(1)) {
            for (LocalTime time : plan.fixedTimes()) {
                if (!plan.quiet(time)) {
                    slots.add(at(day, time, zone));
                }
            }
            Instant session = nightSession(plan, zone, Night.before(plan, zone, day));
            if (session != null) {
                slots.add(session);
            }
        }
        return slots.stream()
                .filter(slot -> !slot.isBefore(now))
                .filter(slot -> lastSession == null || slot.isBefore(lastSession)
                        || !slot.isBefore(lastSession.plus(RECENT_SESSION)))
                .min(Instant::compareTo)
                // Every fixed time in the quiet hours: nothing can be sent, so at least not before tomorrow.
                .orElse(at(today.plusDays(1), plan.wake(), zone));
    }

    /**
     * The night session of one night, or null: the time the parent picked (kept even in quiet hours: they
     * chose it), else the middle of the night, moved to the end of quiet hours if it falls in them and that is
     * still before waking up.
     */
    private static Instant nightSession(ReminderPlan plan, ZoneId zone, Night night) {
        if (!plan.night()) {
            return null;
        }
        if (plan.nightAt() != null) {
            LocalDate first = night.bedtime().atZone(zone).toLocalDate();
            for (LocalDate day = first; !day.isAfter(first.plusDays(1)); day = day.plusDays(1)) {
                Instant picked = at(day, plan.nightAt(), zone);
                if (!picked.isBefore(night.bedtime()) && picked.isBefore(night.wakeUp())) {
                    return picked;
                }
            }
            // A picked time inside the waking hours is no night session: the middle of the night stands in.
        }
        Instant middle = night.bedtime().plus(Duration.between(night.bedtime(), night.wakeUp()).dividedBy(2));
        if (!plan.quiet(middle.atZone(zone).toLocalTime())) {
            return middle;
        }
        Instant end = endOfQuiet(plan, zone, middle);
        return end.isBefore(night.wakeUp()) ? end : null;
    }

    /** The next end of the quiet hours at or after {@code instant}. */
    private static Instant endOfQuiet(ReminderPlan plan, ZoneId zone, Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        Instant end = at(local.toLocalDate(), plan.quietTo(), zone);
        return end.isBefore(instant) ? at(local.toLocalDate().plusDays(1), plan.quietTo(), zone) : end;
    }

    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        // atZone moves a time inside a daylight-saving gap forward, never drops it.
        return LocalDateTime.of(day, time).atZone(zone).toInstant();
    }

    /** One night: from bedtime to the next wake-up, as instants (a daylight-saving night is an hour shorter). */
    private record Night(Instant bedtime, Instant wakeUp) {

        /** The night that contains {@code instant}, which is outside the waking hours. */
        static Night containing(ReminderPlan plan, ZoneId zone, Instant instant) {
            ZonedDateTime local = instant.atZone(zone);
            LocalDate wakeDay = local.toLocalTime().isBefore(plan.wake())
                    ? local.toLocalDate() : local.toLocalDate().plusDays(1);
            return ending(plan, zone, wakeDay);
        }

        /** The night after the waking hours that start on {@code day}. */
        static Night before(ReminderPlan plan, ZoneId zone, LocalDate day) {
            return ending(plan, zone, day.plusDays(1));
        }

        private static Night ending(ReminderPlan plan, ZoneId zone, LocalDate wakeDay) {
            Instant wakeUp = at(wakeDay, plan.wake(), zone);
            Instant bedtime = at(plan.wake().isBefore(plan.sleep()) ? wakeDay.minusDays(1) : wakeDay, plan.sleep(),
                    zone);
            if (!bedtime.isBefore(wakeUp)) {
                bedtime = bedtime.minus(Duration.ofDays(1));
            }
            return new Night(bedtime, wakeUp);
        }
    }
}
