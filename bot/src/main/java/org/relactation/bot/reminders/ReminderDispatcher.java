package org.relactation.bot.reminders;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.encouragement.Variants;
import org.relactation.bot.logbook.DayStats;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.logbook.QuickLogButtons;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Sends the reminders that are due: claims each atomically, skips it if a session was logged just now, sends
 * it with one-tap logging, snooze and skip buttons, then sets the next one (one interval later, in the
 * parent's waking hours). A parent who blocked the bot gets no more reminders. Quartz calls
 * {@link #dispatchDue}; tests call it with their own clock.
 */
public final class ReminderDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderDispatcher.class);
    /** A session this recent makes the reminder pointless. */
    static final Duration RECENT_SESSION = Duration.ofMinutes(30);
    /** How long a claim holds: longer than any send with its retries. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    static final List<Integer> SNOOZES = List.of(15, 30, 60);

    private final ReminderStore reminders;
    private final UserStore users;
    private final EntryStore entries;
    private final ReminderPlanner planner;
    private final ContentCatalog content;
    private final ZoneId defaultZone;
    private final String instance;
    private final NextReminder next;

    public ReminderDispatcher(ReminderStore reminders, UserStore users, EntryStore entries, ReminderPlanner planner,
                              ContentCatalog content, ZoneId defaultZone, String instance) {
        this.reminders = reminders;
        this.users = users;
        this.entries = entries;
        this.planner = planner;
        this.content = content;
        this.defaultZone = defaultZone;
        this.instance = instance;
        this.next = new NextReminder(reminders, entries, planner, defaultZone);
    }

    /**
     * Sends everything due at {@code now}, at most {@code limit}: claims each, queues it in the outbox, and returns
     * when the queued ones are sent (or given up), with the next reminder of each set. Returns how many were sent.
     */
    public int dispatchDue(Instant now, int limit, Outbox outbox) {
        return dispatchDue(now, OptionalLong.empty(), limit, outbox);
    }

    /** As {@link #dispatchDue(Instant, int, Outbox)}, for one parent only when {@code onlyUser} is given. */
    public int dispatchDue(Instant now, OptionalLong onlyUser, int limit, Outbox outbox) {
        List<CompletableFuture<Boolean>> queued = Collections.synchronizedList(new ArrayList<>()); // sends are prepared in parallel
        reminders.dispatchDue(now, onlyUser, instance, CLAIM, limit, claimed -> {
            // What a chunk needs, read for all of it at once: the parents, and any session of theirs within
            // RECENT_SESSION (a bounded span, read by id, not by a scan).
            List<Long> ids = claimed.stream().map(Reminder::userId).toList();
            Map<Long, UserProfile> found = users.findAll(ids);
            Map<Long, List<Entry>> recent = entries.between(ids, now.minus(RECENT_SESSION),
                    now.plusSeconds(1));
            return reminder -> dispatch(reminder, found.get(reminder.userId()),
                    recent.getOrDefault(reminder.userId(), List.of()), now, outbox, queued);
        });
        return Dispatches.awaitSent(queued, CLAIM);
    }

    private boolean dispatch(Reminder reminder, UserProfile user, List<Entry> recent, Instant now, Outbox outbox,
                             List<CompletableFuture<Boolean>> queued) {
        if (user == null) {
            reminders.cancel(reminder.userId());
            return false;
        }
        ZoneId zone = user.zone(defaultZone);
        Instant last = recent.stream().filter(Entry::isSession).map(Entry::at).reduce((a, b) -> b).orElse(null);
        Instant moved = next.movedBySession(user, last, now);
        if (moved != null) {
            reminders.complete(user.userId(), instance, moved);
            return false;
        }
        Instant following = planner.next(user, zone, now, now);
        queued.add(Dispatches.send(outbox, message(user, zone, now), reminders, users, instance, user.userId(),
                following, now));
        return true;
    }

    private Action.Reply message(UserProfile user, ZoneId zone, Instant now) {
        Texts texts = content.texts(user.language());
        boolean night = !DayStats.awake(now.atZone(zone).toLocalTime(), DayStats.wakeOf(user), DayStats.sleepOf(user));
        String text = texts.get(night ? "reminders.night" : dueKey(texts, now));
        List<Button> snoozes = new ArrayList<>();
        for (int minutes : SNOOZES) {
            snoozes.add(new Button(texts.get("reminders.snooze", Map.of("minutes", minutes)),
                    ReminderButtons.PREFIX + ":z:" + minutes));
        }
        snoozes.add(new Button(texts.get("reminders.skip"), ReminderButtons.PREFIX + ":k"));
        return new Action.Reply(user.chatId(), text, new Keyboard(List.of(QuickLogButtons.row(texts), snoozes)));
    }

    /** The wording of a reminder sent at {@code now}: the next of its variants each minute, every one in turn. */
    static String dueKey(Texts texts, Instant now) {
        return Variants.key(texts, "reminders.due", now.getEpochSecond() / 60);
    }

    /** Sets the next reminder after the parent logged a session: one interval later, not on a fixed clock. */
    public void sessionLogged(UserProfile user, Instant at, Instant now) {
        reminders.reschedule(user.userId(), planner.next(user, user.zone(defaultZone), at, now));
    }

    /**
     * Sets the next reminder again after the parent changed their plan: from their last session, or from the end
     * of their pause. A parent without reminders (paused until /resume, stopped) stays without. Returns the next
     * reminder as stored now, if any.
     */
    public Optional<Instant> replan(UserProfile user, Instant now) {
        Optional<Reminder> current = reminders.find(user.userId());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Instant pausedUntil = current.get().pausedUntil();
        boolean paused = pausedUntil != null && pausedUntil.isAfter(now);
        Instant last = paused ? null : entries.latestSession(user.userId(), now).map(Entry::at).orElse(null);
        reminders.reschedule(user.userId(), planner.next(user, user.zone(defaultZone), last,
                paused ? pausedUntil : now));
        return reminders.find(user.userId()).map(Reminder::dueAt);
    }

    /** A parent who had blocked the bot wrote again: their reminders start again, one interval from now. */
    public void parentReturned(UserProfile user, Instant now) {
        reminders.schedule(user.userId(), planner.next(user, user.zone(defaultZone), now, now));
    }

    /**
     * Starts reminders for a parent (end of onboarding, /resume) where their plan puts the next one: one interval
     * after their last logged session, or now when there is none or it is overdue. Returns it.
     */
    public Instant start(UserProfile user, Instant now) {
        Instant due = next.planned(user, now);
        reminders.schedule(user.userId(), due);
        return due;
    }

    /** When the next reminder comes, as every screen says it. */
    public NextReminder next() {
        return next;
    }

    ReminderStore store() {
        return reminders;
    }

    ReminderPlanner planner() {
        return planner;
    }

    ZoneId zoneOf(UserProfile user) {
        return user.zone(defaultZone);
    }
}
