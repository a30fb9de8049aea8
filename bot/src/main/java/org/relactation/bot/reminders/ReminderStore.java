package org.relactation.bot.reminders;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.ExactFilter;
import org.relactation.bot.storage.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
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
    private final SentRecords sent = new SentRecords();
    /** The same collection, for the marks of {@link #recordSent}, which a reminder does not carry. */
    private final MongoCollection<Document> marks;
    private final AtomicLong sends = new AtomicLong();
    /** The field that says which call of {@link #recordSent} recorded a reminder as sent last. */
    static final String SENT_AS = "sentAs";

    public ReminderStore(Database database) {
        this(database, Schema.REMINDERS);
    }

    /** The same store over another collection of due messages (morning notes). */
    public ReminderStore(Database database, String collection) {
        this.reminders = database.collection(collection, Reminder.class);
        this.marks = database.collection(collection, Document.class);
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
     * Records a reminder as sent, as {@link #complete}, and makes it durable, just before the send: the calls made at
     * the same moment (the queue prepares many sends at once) are written together, one unordered bulk write of
     * their updates and one commit, and each caller waits for its group. True only when this instance still held
     * the claim; a fault here means nothing of the group is sent (as for one alone), and the claims run out.
     */
    public boolean recordSent(long userId, String instance, Instant next) {
        return sent.record(new Sent(userId, instance, millis(next), instance + "/" + sends.incrementAndGet()));
    }

    /**
     * One reminder about to go out, recorded as sent ({@link #recordSent}).
     *
     * @param mark written with the record ({@link #SENT_AS}), this call's alone: whether the write took it is read
     *             back from it when the group's count says some did not (the claim of one instance may be held by
     *             two of its dispatching threads: the first to record it is the one that sends)
     */
    private record Sent(long userId, String instance, Instant next, String mark) {
    }

    /**
     * Group commit of {@link #recordSent}: whoever finds no group being written writes all that wait (its own
     * included), the others wait for it; a call that arrives during a write goes in the next group.
     */
    private final class SentRecords {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition written = lock.newCondition();
        private List<Sent> waiting = new ArrayList<>();
        /** By caller (identity): true or false when recorded or not, the failure when its group failed. */
        private final Map<Sent, Object> outcomes = new IdentityHashMap<>();
        private boolean writing;

        boolean record(Sent mine) {
            lock.lock();
            try {
                waiting.add(mine);
                while (true) {
                    Object outcome = outcomes.remove(mine);
                    if (outcome != null) {
                        if (outcome instanceof RuntimeException failure) {
                            throw failure;
                        }
                        return (Boolean) outcome;
                    }
                    if (!writing) {
                        break;
                    }
                    written.awaitUninterruptibly();
                }
                writing = true;
                List<Sent> group = waiting;
                waiting = new ArrayList<>();
                lock.unlock();
                Map<Sent, Object> results = new IdentityHashMap<>();
                try {
                    boolean[] done = write(group);
                    for (int i = 0; i < group.size(); i++) {
                        results.put(group.get(i), done[i]);
                    }
                } catch (RuntimeException e) {
                    group.forEach(sent -> results.put(sent, e));
                } finally {
                    lock.lock();
                    writing = false;
                    outcomes.putAll(results);
                    written.signalAll();
                }
                Object outcome = outcomes.remove(mine);
                if (outcome instanceof RuntimeException failure) {
                    throw failure;
                }
                return (Boolean) outcome;
            } finally {
                lock.unlock();
            }
        }

        /** Writes a group and commits it; returns those recorded (this instance still held their claim). */
        private boolean[] write(List<Sent> group) {
            List<WriteModel<Reminder>> updates = new ArrayList<>(group.size());
            for (Sent sent : group) {
                updates.add(new UpdateOneModel<>(ExactFilter.of("_id", sent.userId(), "claimedBy", sent.instance()),
                        combine(set("dueAt", sent.next()), set("claimedBy", null), set("claimedUntil", null),
                                set(SENT_AS, sent.mark()))));
            }
            boolean[] done = new boolean[group.size()];
            boolean all;
            try {
                all = reminders.bulkWrite(updates, new BulkWriteOptions().ordered(false)).getModifiedCount()
                        == group.size();
            } catch (MongoBulkWriteException e) {
                all = false; // some failed: the read below tells which were recorded
            }
            if (all) {
                Arrays.fill(done, true);
            } else {
                // A claim lost in between (the parent logged, paused or stopped; another instance took a claim that
                // ran out; another thread of this instance recorded it first): recorded are those that carry the
                // mark of this call.
                Map<Long, String> now = new HashMap<>();
                marks.find(Filters.in("_id", group.stream().map(Sent::userId).toList()))
                        .projection(Projections.include(SENT_AS))
                        .forEach(found -> now.put(((Number) found.get("_id")).longValue(), found.getString(SENT_AS)));
                for (int i = 0; i < group.size(); i++) {
                    done[i] = group.get(i).mark().equals(now.get(group.get(i).userId()));
                }
            }
            database.makeDurable();
            return done;
        }
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
