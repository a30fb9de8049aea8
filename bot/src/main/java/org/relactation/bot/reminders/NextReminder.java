package org.relactation.bot.reminders;

import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.parent.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * When the parent's next reminder comes, and how that reads: the one place /reminders, /next and /resume ask, so
 * they always agree, and never a time already gone. A reminder that is due and not sent yet (the job runs every
 * few seconds; the console has none) is shown as what sending it would do: out now, or moved on by a session
 * just logged, exactly as {@link ReminderDispatcher} does.
 */
public final class NextReminder {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ReminderStore reminders;
    private final EntryStore entries;
    private final ReminderPlanner planner;
    private final ZoneId defaultZone;

    NextReminder(ReminderStore reminders, EntryStore entries, ReminderPlanner planner, ZoneId defaultZone) {
        this.reminders = reminders;
        this.entries = entries;
        this.planner = planner;
        this.defaultZone = defaultZone;
    }

    /** The next reminder, never before {@code now}; empty when reminders are off (paused until /resume, stopped). */
    public Optional<Instant> of(UserProfile user, Instant now) {
        Optional<Instant> due = reminders.find(user.userId()).map(Reminder::dueAt);
        if (due.isEmpty() || due.get().isAfter(now)) {
            return due;
        }
        Instant moved = movedBySession(user, lastSession(user, now), now);
        return Optional.of(moved == null ? now : moved);
    }

    /** The next reminder, or when reminders are off, where the plan puts the next session: what /next says. */
    public Instant session(UserProfile user, Instant now) {
        return of(user, now).orElseGet(() -> planned(user, now));
    }

    /** Where the plan puts the next session, counting from the last one logged (none: now); never before now. */
    public Instant planned(UserProfile user, Instant now) {
        return planner.next(user, zone(user), lastSession(user, now), now);
    }

    /**
     * Where a reminder due at {@code now} goes when a session was logged just before (it is not sent: the parent
     * has just done one), or null when nothing that recent was logged and it goes out now.
     */
    Instant movedBySession(UserProfile user, Instant lastSession, Instant now) {
        if (lastSession == null
                || Duration.between(lastSession, now).compareTo(ReminderDispatcher.RECENT_SESSION) >= 0) {
            return null;
        }
        return planner.next(user, zone(user), lastSession, now);
    }

    /** "today at 15:10" for this parent, as {@link #when(Texts, Instant, ZoneId, Instant)} says it. */
    public String when(Texts texts, UserProfile user, Instant at, Instant now) {
        return when(texts, at, zone(user), now);
    }

    /**
     * How a reminder's time reads, the same everywhere: "any minute now" when it is due, else "today at 15:10",
     * "tomorrow at 07:00" or "Nov 27, 2026 at 12:00", in the parent's zone and language.
     */
    public static String when(Texts texts, Instant at, ZoneId zone, Instant now) {
        if (!at.isAfter(now)) {
            return texts.get("reminders.when.now");
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String time = local.format(CLOCK);
        if (local.toLocalDate().equals(today)) {
            return texts.get("reminders.when.today", Map.of("time", time));
        }
        if (local.toLocalDate().equals(today.plusDays(1))) {
            return texts.get("reminders.when.tomorrow", Map.of("time", time));
        }
        String date = LocalFormat.of(texts).date(local.toLocalDate());
        return texts.get("reminders.when.later", Map.of("date", date, "time", time));
    }

    public ZoneId zone(UserProfile user) {
        return user.zone(defaultZone);
    }

    private Instant lastSession(UserProfile user, Instant now) {
        return entries.latestSession(user.userId(), now).map(Entry::at).orElse(null);
    }
}
