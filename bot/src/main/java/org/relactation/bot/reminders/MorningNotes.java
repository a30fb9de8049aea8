package org.relactation.bot.reminders;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.encouragement.MorningWords;
import org.relactation.bot.logbook.Logbook;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * A short note at the start of each parent's day with their own numbers from yesterday, and the drop in
 * supplement against the week before when there is one; gentle words after an empty or lighter day, never shame
 * (the wording is {@link MorningWords}'). One a day at most, at their wake-up time; claimed like reminders, so it
 * is sent once. The bot's only unprompted message besides reminders.
 */
public final class MorningNotes {
    private final ReminderStore notes;
    private final UserStore users;
    private final Logbook logbook;
    private final ContentCatalog content;
    private final String instance;
    private final MorningWords words = new MorningWords();

    public MorningNotes(ReminderStore notes, UserStore users, Logbook logbook, ContentCatalog content,
                        String instance) {
        this.notes = notes;
        this.users = users;
        this.logbook = logbook;
        this.content = content;
        this.instance = instance;
    }

    /** Schedules the next note at the parent's next wake-up time. */
    public void start(UserProfile user, Instant now) {
        notes.schedule(user.userId(), nextMorning(user, now));
    }

    public void stop(long userId) {
        notes.cancel(userId);
    }

    /** Sends the notes due at {@code now} (at most {@code limit}) and waits for them; returns how many were sent. */
    public int dispatchDue(Instant now, int limit, Outbox outbox) {
        return dispatchDue(now, OptionalLong.empty(), limit, outbox);
    }

    /** As {@link #dispatchDue(Instant, int, Outbox)}, for one parent only when {@code onlyUser} is given. */
    public int dispatchDue(Instant now, OptionalLong onlyUser, int limit, Outbox outbox) {
        List<CompletableFuture<Boolean>> queued = Collections.synchronizedList(new ArrayList<>()); // sends are prepared in parallel
        notes.dispatchDue(now, onlyUser, instance, ReminderDispatcher.CLAIM, limit, claimed -> {
            Map<Long, UserProfile> found = users.findAll(claimed.stream().map(Reminder::userId).toList());
            return due -> send(due, found.get(due.userId()), now, outbox, queued);
        });
        return Dispatches.awaitSent(queued, ReminderDispatcher.CLAIM);
    }

    private boolean send(Reminder due, UserProfile user, Instant now, Outbox outbox,
                         List<CompletableFuture<Boolean>> queued) {
        if (user == null) {
            notes.cancel(due.userId());
            return false;
        }
        Instant next = nextMorning(user, now.plusSeconds(60));
        queued.add(Dispatches.send(outbox, note(user, now), notes, users, instance, user.userId(), next, now));
        return true;
    }

    Action.Reply note(UserProfile user, Instant now) {
        Texts texts = content.texts(user.language());
        List<String> lines = words.lines(user.userId(), texts, logbook.days(user, now, 15));
        return new Action.Reply(user.chatId(), String.join("\n", lines));
    }

    /** The next wake-up time after {@code now} in the parent's zone, or the end of quiet hours that cover it. */
    Instant nextMorning(UserProfile user, Instant now) {
        ZoneId zone = logbook.zone(user);
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime morning = ReminderPlan.of(user).morning();
        Instant candidate = LocalDateTime.of(day, morning).atZone(zone).toInstant();
        return candidate.isAfter(now) ? candidate
                : LocalDateTime.of(day.plusDays(1), morning).atZone(zone).toInstant();
    }

}
