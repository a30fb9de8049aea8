package org.relactation.bot.reminders;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.conversions.Bson;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.ExactFilter;
import org.relactation.bot.storage.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

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
        Instant due = millis(dueAt);
        // Not paused, the usual case: one update, on the (_id, pausedUntil) index.
        if (reminders.updateOne(ExactFilter.of("_id", userId, "pausedUntil", null), combine(set("dueAt", due),
                set("claimedBy", null), set("claimedUntil", null))).getMatchedCount() == 1) {
            return;
        }
        // Paused (or no reminder): read, then changed only if still as read (by id, due time and claim: the claim
        // index answers it); a claim or another move in between is read again. A filter with a range on the pause
        // would read every reminder.
        for (int attempt = 0; attempt < 3; attempt++) {
            Reminder seen = find(userId).orElse(null);
            if (seen == null || (seen.pausedUntil() != null && seen.pausedUntil().isAfter(due))) {
                return;
            }
            if (reminders.updateOne(ExactFilter.of("_id", userId, "dueAt", seen.dueAt(), "claimedUntil",
                    seen.claimedUntil()), combine(set("dueAt", due), set("claimedBy", null),
                    set("claimedUntil", null))).getMatchedCount() == 1) {
                return;
            }
        }
    }

    /**
     * How many due documents one look-up reads; they are then claimed in chunks. The embedded database reads the
     * whole collection for a look-up by time (it has no range index), so fewer, larger look-ups are what keeps a
     * fan-out to 100,000 parents from going quadratic; a few thousand small documents is still little memory.
     */
    static final int SCAN = 5_000;
    /** Documents claimed with one bulk write (and read back with one look-up), then handed over together. */
    static final int CLAIM_CHUNK = 500;
    /**
     * Claimed documents handed to {@code send} at once (the sending itself is the outbound queue's; a hand-over
     * only prepares and queues the message).
     */
    static final int PARALLEL_SENDS = 8;

    /** Sends claimed documents: first told about each chunk, so that what the chunk needs is read in one go. */
    public interface ChunkSender {
        /** The sender of each document of {@code claimed}; true when it was sent. */
        Predicate<Reminder> chunk(List<Reminder> claimed);
    }

    /**
     * Claims due documents (at most {@code limit}) and hands each to {@code send}, which finishes it (complete,
     * reschedule or cancel); returns how many {@code send} reported as sent. Due documents are read a few thousand
     * at a time and claimed {@link #CLAIM_CHUNK} at a time: one unordered bulk write of updates, each on a
     * document's id and the version read (due time and claim), so a document changed in between (claimed
     * elsewhere, rescheduled) is left alone; then one look-up by id reads back which of them carry this claim
     * (this instance and this claim's end). Up to {@link #PARALLEL_SENDS} hand-overs run at once.
     */
    public int dispatchDue(Instant now, String instance, Duration hold, int limit, ChunkSender send) {
        return dispatchDue(now, OptionalLong.empty(), instance, hold, limit, send);
    }

    /**
     * As {@link #dispatchDue(Instant, String, Duration, int, ChunkSender)}, for one parent's document only when
     * {@code onlyUser} is given (the console: its parent's messages, nobody else's claimed).
     */
    public int dispatchDue(Instant now, OptionalLong onlyUser, String instance, Duration hold, int limit,
                           ChunkSender send) {
        AtomicInteger sent = new AtomicInteger();
        Semaphore slots = new Semaphore(PARALLEL_SENDS);
        int claimedCount = 0;
        try (ExecutorService sending = Executors
                .newVirtualThreadPerTaskExecutor()) {
            while (claimedCount < limit) {
                List<Reminder> due = reminders.find(dueFilter(millis(now), onlyUser))
                        .limit(Math.min(SCAN, limit - claimedCount)).into(new ArrayList<>());
                int claimedNow = 0;
                for (int from = 0; from < due.size(); from += CLAIM_CHUNK) {
                    List<Reminder> claimed = claim(due.subList(from, Math.min(due.size(),
                            from + CLAIM_CHUNK)), now, instance, hold);
                    if (claimed.isEmpty()) {
                        continue;
                    }
                    claimedNow += claimed.size();
                    Predicate<Reminder> sender = send.chunk(claimed);
                    for (Reminder reminder : claimed) {
                        slots.acquireUninterruptibly();
                        sending.submit(() -> {
                            try {
                                if (sender.test(reminder)) {
                                    sent.incrementAndGet();
                                }
                            } finally {
                                slots.release();
                            }
                        });
                    }
                }
                claimedCount += claimedNow;
                if (claimedNow == 0) {
                    break; // nothing due, or everything read was taken by someone else meanwhile
                }
            }
        } // closing the executor waits for the sends in flight
        return sent.get();
    }

    /** Claims those of {@code seen} that are still as they were read; returns the ones this call claimed. */
    private List<Reminder> claim(List<Reminder> seen, Instant now, String instance,
                                           Duration hold) {
        Instant until = millis(now.plus(hold));
        List<WriteModel<Reminder>> claims = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Reminder reminder : seen) {
            claims.add(new UpdateOneModel<>(ExactFilter.of("_id", reminder.userId(),
                    "dueAt", reminder.dueAt(), "claimedUntil", reminder.claimedUntil()),
                    combine(set("claimedBy", instance), set("claimedUntil", until))));
            ids.add(reminder.userId());
        }
        try {
            reminders.bulkWrite(claims, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // Some claims failed: the read below finds the ones that held.
        }
        List<Reminder> claimed = new ArrayList<>();
        for (Reminder reminder : reminders.find(Filters.in("_id", ids))) {
            if (instance.equals(reminder.claimedBy()) && until.equals(reminder.claimedUntil())) {
                claimed.add(reminder);
            }
        }
        return claimed;
    }

    private static Bson dueFilter(Instant at, OptionalLong onlyUser) {
        Bson due = and(lte("dueAt", at), or(eq("claimedUntil", null), lt("claimedUntil", at)));
        return onlyUser.isPresent() ? and(eq("_id", onlyUser.getAsLong()), due) : due;
    }

    /**
     * Records a reminder as sent (its next due time), only if this instance still holds the claim. Done just
     * before the send: a fault here means nothing is sent, and the claim runs out and is taken again.
     */
    public boolean complete(long userId, String instance, Instant next) {
        return reminders.updateOne(ExactFilter.of("_id", userId, "claimedBy", instance),
                combine(set("dueAt", millis(next)), set("claimedBy", null), set("claimedUntil", null)))
                .getModifiedCount() == 1;
    }

    /**
     * After a send that failed for good: due again at {@code retryAt}, unless the reminder moved on since it was
     * marked sent for {@code next} (the parent logged, changed the plan or paused).
     */
    public void retryLater(long userId, Instant next, Instant retryAt) {
        reminders.updateOne(ExactFilter.of("_id", userId, "dueAt", millis(next), "claimedBy", null),
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

    /**
     * A filter of plain field equalities, written flat ({@code {_id: 1, claimedBy: "x"}}): the driver writes
     * {@code and(...)} as {@code $and}, which the embedded database never answers from an index.
     */
    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
