package org.relactation.bot.reminders;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * The reminders collection. A reminder is claimed atomically (one findOneAndUpdate) before it is sent, so two
 * instances, a retry or a restart never send it twice; a claim expires, so a crash mid-send loses nothing.
 * A completion the database could not take (an outage right after the send) is kept and written before this
 * store claims anything again, so the message is not sent a second time when its claim runs out.
 */
public final class ReminderStore {
    private final MongoCollection<Reminder> reminders;
    private final Database database;

    public ReminderStore(Database database) {
        this(database, Schema.REMINDERS);
    }

    /** The same store over another collection of due messages (morning notes). */
    public ReminderStore(Database database, String collection) {
        this.reminders = database.collection(collection, Reminder.class);
        this.database = database;
    }

    /** Sets (or creates) the parent's next reminder and drops any claim and pause. */
    public void schedule(long userId, Instant dueAt) {
        reminders.updateOne(eq("_id", userId), combine(set("dueAt", millis(dueAt)), set("claimedBy", null),
                set("claimedUntil", null), set("pausedUntil", null)), new UpdateOptions().upsert(true));
    }

    /** Pauses the parent's reminders until {@code until}; the next one is due at {@code dueAt}. */
    public void pause(long userId, Instant until, Instant dueAt) {
        reminders.updateOne(eq("_id", userId), combine(set("dueAt", millis(dueAt)), set("claimedBy", null),
                set("claimedUntil", null), set("pausedUntil", millis(until))), new UpdateOptions().upsert(true));
    }

    /**
     * Moves an existing reminder (after a log or a change of plan), but never to before the end of a pause;
     * parents without reminders stay without.
     */
    public void reschedule(long userId, Instant dueAt) {
        reminders.updateOne(and(eq("_id", userId), or(eq("pausedUntil", null), lte("pausedUntil", millis(dueAt)))),
                combine(set("dueAt", millis(dueAt)), set("claimedBy", null), set("claimedUntil", null)));
    }

    /** Claims the earliest due reminder nobody holds, for {@code hold}; empty when nothing is due. */
    public Optional<Reminder> claimDue(Instant now, String instance, Duration hold) {
        Instant at = millis(now);
        return Optional.ofNullable(reminders.findOneAndUpdate(
                and(lte("dueAt", at), or(eq("claimedUntil", null), lt("claimedUntil", at))),
                combine(set("claimedBy", instance), set("claimedUntil", millis(now.plus(hold)))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("dueAt")).returnDocument(ReturnDocument.AFTER)));
    }

    /**
     * Claims due documents one at a time (at most {@code limit}) and hands each to {@code send}, which finishes
     * it (complete, reschedule or cancel); returns how many {@code send} reported as sent.
     */
    public int dispatchDue(Instant now, String instance, Duration hold, int limit,
                           java.util.function.Predicate<Reminder> send) {
        int sent = 0;
        for (int i = 0; i < limit; i++) {
            Optional<Reminder> claimed = claimDue(now, instance, hold);
            if (claimed.isEmpty()) {
                break;
            }
            if (send.test(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Records a reminder as sent (its next due time), only if this instance still holds the claim. Done just
     * before the send: a fault here means nothing is sent, and the claim runs out and is taken again.
     */
    public boolean complete(long userId, String instance, Instant next) {
        return completeNow(userId, instance, next);
    }

    private boolean completeNow(long userId, String instance, Instant next) {
        return reminders.updateOne(and(eq("_id", userId), eq("claimedBy", instance)),
                combine(set("dueAt", millis(next)), set("claimedBy", null), set("claimedUntil", null)))
                .getModifiedCount() == 1;
    }

    /**
     * After a send that failed for good: due again at {@code retryAt}, unless the reminder moved on since it was
     * marked sent for {@code next} (the parent logged, changed the plan or paused).
     */
    public void retryLater(long userId, Instant next, Instant retryAt) {
        reminders.updateOne(and(eq("_id", userId), eq("dueAt", millis(next)), eq("claimedBy", null)),
                set("dueAt", millis(retryAt)));
    }

    /** Drops every claim: at the start of the only process that can use this database, they are all stale. */
    public long releaseClaims() {
        return reminders.updateMany(Filters.ne("claimedBy", null),
                combine(set("claimedBy", null), set("claimedUntil", null))).getModifiedCount();
    }

    /** Makes what was written so far survive a crash (the embedded store commits; a real MongoDB already has). */
    public void makeDurable() {
        database.makeDurable();
    }

    public void cancel(long userId) {
        reminders.deleteOne(eq("_id", userId));
    }

    public Optional<Reminder> find(long userId) {
        return Optional.ofNullable(reminders.find(eq("_id", userId)).first());
    }

    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
