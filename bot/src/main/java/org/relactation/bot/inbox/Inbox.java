package org.relactation.bot.inbox;

import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.storage.DatabaseFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The updates read from Telegram and not yet handled. An update is stored here durably (one bulk insert, one commit
 * for a whole getUpdates batch) before Telegram is told it arrived, so polling reads ahead of handling; handling then
 * takes updates fairly across chats: chats take turns, one update each (round-robin), each chat's own updates in
 * their order, one update of a chat at a time. So a parent who writes after 60 chats sent 25 messages each waits for
 * one update of each of those chats, not for all 1,500. An update leaves the inbox with its data (its removal is
 * written before the commit that makes the update's writes durable, so a crash either keeps both or neither), or,
 * when its parent's record shows it handled, a little later together with others, in one delete: a crash in between
 * brings it back, and the record tells it was handled. What a killed run left is taken first at the next start, in
 * each chat's order; an update stored again (fetched again before Telegram heard of it) is refused by its id and
 * handled once.
 * <p>
 * The inbox is bounded: past {@link #room()} updates held, {@link #awaitRoom} makes the reader wait (back-pressure).
 * Where instances share a database, each update is claimed by the one that stored it (claimant and lease, renewed
 * with one findOneAndUpdate when half of it has passed before it is handled), and one whose claim ran out (its
 * instance died) is taken over by {@link #sweep}.
 */
public final class Inbox {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    /** How long an instance holds an update: far longer than one waits in the inbox. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** How often updates whose claim ran out are looked for (instances sharing a database). */
    public static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /**
     * How many handled updates, recorded as such in their parent's record, wait at most to leave the inbox together
     * ({@link #removeHandled}). That record keeps the ids of a parent's last 50 updates handled
     * ({@code UserStore.HANDLED_KEPT}); with at most this many waiting in all, every one a crash brings back is
     * still in its parent's record, and recognised, however many of them are one parent's.
     */
    static final int LEAVE_TOGETHER = 25;

    private final InboxStore store;
    private final Runnable makeDurable;
    private final String claimant;
    private final boolean alone;
    private final Clock clock;
    private final int limit;

    private final Object lock = new Object();
    /** The updates waiting, by chat, each chat's in order. */
    private final Map<Long, ArrayDeque<Held>> waiting = new HashMap<>();
    /** The chats whose turn comes, in order: those with an update waiting and none in hand. */
    private final ArrayDeque<Long> turns = new ArrayDeque<>();
    /** The chats with an update being handled. */
    private final Set<Long> inHand = new HashSet<>();
    /** The ids of the updates waiting or in hand. */
    private final Set<Long> held = new HashSet<>();
    private boolean closed;
    /**
     * Handled updates not removed yet: those recorded in their parent's record, which leave together, and those
     * whose removal failed (the database away). Written with the next removal, batch stored or sweep, or once
     * {@link #LEAVE_TOGETHER} wait. Guarded by itself, held while they are written.
     */
    private final Set<Long> leaving = new LinkedHashSet<>();

    /** An update taken from the inbox to be handled. */
    public static final class Held {
        private final InboxUpdate update;
        private final Inbound inbound;
        private final long storedAt;
        private final CompletableFuture<Void> finished = new CompletableFuture<>();
        private volatile Instant until;

        private Held(InboxUpdate update, Instant until) {
            this.update = update;
            this.inbound = update.inbound();
            this.storedAt = System.nanoTime();
            this.until = until;
        }

        public Inbound inbound() {
            return inbound;
        }

        /** How long since it was put in this instance's inbox. */
        public Duration waited() {
            return Duration.ofNanos(System.nanoTime() - storedAt);
        }

        long id() {
            return update.id();
        }

        long chatId() {
            return update.chatId();
        }
    }

    /**
     * @param makeDurable makes acknowledged writes durable (the embedded file's commit)
     * @param claimant    this instance
     * @param alone       no other instance uses the database (embedded): whatever the inbox holds at start was left by
     *                    this bot's previous run, and no claim needs renewing
     * @param limit       how many updates the inbox holds before reading waits (TELEGRAM_INBOX_LIMIT)
     */
    public Inbox(InboxStore store, Runnable makeDurable, String claimant, boolean alone, Clock clock, int limit) {
        this.store = store;
        this.makeDurable = makeDurable;
        this.claimant = claimant;
        this.alone = alone;
        this.clock = clock;
        this.limit = limit;
    }

    /**
     * Takes what a previous run left (all of it when alone, else what nobody holds any more), to be handled before
     * anything read from now on: call before reading. Returns how many.
     */
    public int start() {
        int left = resume(true);
        if (left > 0) {
            LOG.info("{} update(s) left in the inbox by the previous run are handled first", left);
        }
        return left;
    }

    /**
     * Takes the updates whose claim ran out (an instance sharing the database died with them); nothing when alone. A
     * database outage ends it: the next sweep tries again.
     */
    public int sweep() {
        try {
            removeLeaving();
            if (alone) {
                return 0;
            }
            return resume(false);
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            LOG.warn("Inbox sweep stopped, the database is unreachable ({})", e.getClass().getName());
            return 0;
        }
    }

    private int resume(boolean starting) {
        Instant now = clock.instant();
        List<Held> taken = new ArrayList<>();
        for (InboxUpdate update : store.all()) {
            synchronized (lock) {
                if (held.contains(update.id())) {
                    continue;
                }
            }
            // Alone, nobody else can hold it, and claims are never checked: no write needed.
            boolean mine = starting && alone || store.claim(update.id(), claimant, now, LEASE);
            if (mine) {
                taken.add(new Held(update, InboxStore.until(now, LEASE)));
            }
        }
        enqueue(taken);
        return taken.size();
    }

    /**
     * Stores a batch of updates durably (one bulk insert, one commit), then lets them be taken. Returns once they
     * are safe: Telegram may then be told they arrived. An update the inbox holds already is not added again.
     */
    public void add(List<Inbound> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Instant until = InboxStore.until(clock.instant(), LEASE);
        List<InboxUpdate> documents = batch.stream().map(inbound -> InboxUpdate.of(inbound, claimant, until))
                .toList();
        List<InboxUpdate> added;
        try {
            removeLeaving();
            added = store.add(documents);
            makeDurable.run();
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            handleUnstored(documents, e);
            return;
        }
        enqueue(added.stream().map(update -> new Held(update, until)).toList());
    }

    /**
     * The database is unreachable: the batch is handled from memory all the same, in turn with the rest (so each
     * update is retried through the outage, and answered "not saved" if it lasts), and this returns once it is
     * handled. Telegram is told the batch arrived only then, so a crash meanwhile loses none of it.
     */
    private void handleUnstored(List<InboxUpdate> documents, RuntimeException fault) {
        LOG.warn("A batch of {} update(s) could not be stored in the inbox ({}); handled before it is confirmed",
                documents.size(), fault.getClass().getName());
        List<Held> batch = documents.stream().map(update -> new Held(update, update.claimedUntil())).toList();
        List<Held> enqueued = enqueue(batch);
        boolean interrupted = false;
        boolean dropped = false;
        for (Held update : enqueued) {
            while (true) {
                try {
                    update.finished.get();
                    break;
                } catch (InterruptedException e) {
                    // Stopping: the updates in hand are finished anyway; confirming must wait for them.
                    interrupted = true;
                } catch (ExecutionException e) {
                    dropped = true;
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (dropped) {
            // Closed before they were handled: not confirmed, so Telegram delivers them again to the next run.
            throw new IllegalStateException("The inbox closed before a batch it could not store was handled");
        }
    }

    /** Adds the updates not held yet, and returns those. */
    private List<Held> enqueue(List<Held> updates) {
        List<Held> enqueued = new ArrayList<>(updates.size());
        synchronized (lock) {
            for (Held update : updates) {
                if (!held.add(update.id())) {
                    continue;
                }
                enqueued.add(update);
                ArrayDeque<Held> chat = waiting.get(update.chatId());
                if (chat == null) {
                    chat = new ArrayDeque<>();
                    waiting.put(update.chatId(), chat);
                    if (!inHand.contains(update.chatId())) {
                        turns.addLast(update.chatId());
                    }
                }
                chat.addLast(update);
            }
            lock.notifyAll();
        }
        return enqueued;
    }

    /** How many more updates the inbox takes before reading should wait. */
    public int room() {
        synchronized (lock) {
            return Math.max(0, limit - held.size());
        }
    }

    /** Waits until the inbox has room (or is closed); returns how many more updates it takes. */
    public int awaitRoom() throws InterruptedException {
        synchronized (lock) {
            while (!closed && held.size() >= limit) {
                lock.wait();
            }
            return Math.max(0, limit - held.size());
        }
    }

    /** How many chats have an update waiting and none in hand: {@link #take} would not wait (for tests). */
    int turnsWaiting() {
        synchronized (lock) {
            return turns.size();
        }
    }

    /** How many updates wait or are in hand. */
    public int size() {
        synchronized (lock) {
            return held.size();
        }
    }

    /**
     * The next update to handle: the first of the chat whose turn it is; waits for one. After it, the chat goes to
     * the back of the turns, and none of its updates is given out until {@link #done} is told of this one. Null once
     * closed.
     */
    public Held take() throws InterruptedException {
        while (true) {
            Held next;
            synchronized (lock) {
                while (!closed && turns.isEmpty()) {
                    lock.wait();
                }
                if (closed) {
                    return null;
                }
                long chat = turns.pollFirst();
                ArrayDeque<Held> queue = waiting.get(chat);
                next = queue.pollFirst();
                if (queue.isEmpty()) {
                    waiting.remove(chat);
                }
                inHand.add(chat);
            }
            if (stillMine(next)) {
                return next;
            }
            // Taken over by another instance after this one held it past its claim: that one handles it.
            done(next);
        }
    }

    /** Whether this instance still holds the update: renewed once half its claim has passed. */
    private boolean stillMine(Held update) {
        Instant now = clock.instant();
        if (alone || now.isBefore(update.until.minus(LEASE.dividedBy(2)))) {
            return true;
        }
        try {
            if (store.renew(update.id(), claimant, now, LEASE)) {
                update.until = InboxStore.until(now, LEASE);
                return true;
            }
            return false;
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            // Unreachable now: handling retries through the outage; a lost claim costs a duplicate at most, which
            // the record of handled updates recognises.
            return true;
        }
    }

    /**
     * Removes the update from the inbox now (with those waiting to leave): written with the update's data, before
     * the commit that makes it durable. Removing it again changes nothing.
     */
    public void remove(Held update) {
        synchronized (leaving) {
            leaving.add(update.id());
            removeLeaving();
        }
    }

    /**
     * Removes an update that its parent's record shows as handled: it leaves the inbox with others, in one delete,
     * once {@link #LEAVE_TOGETHER} wait or with the next removal, batch stored or sweep, whichever comes first; not
     * necessarily in the commit of its data. A crash before brings it back at the next start, where the parent's
     * record tells it was handled (its answer kept): it is not handled twice, and its answer not sent twice.
     */
    public void removeHandled(Held update) {
        synchronized (leaving) {
            leaving.add(update.id());
            if (leaving.size() >= LEAVE_TOGETHER) {
                removeLeaving();
            }
        }
    }

    /**
     * The update is handled but its removal failed (the database away): it is removed with the next removal or
     * batch stored, so that an update answered "not saved" is not handled again by the next start.
     */
    public void removeLater(Held update) {
        synchronized (leaving) {
            leaving.add(update.id());
        }
    }

    /** Writes the removals waiting (one delete); on a fault they go on waiting. */
    public void removeLeaving() {
        synchronized (leaving) {
            if (!leaving.isEmpty()) {
                store.remove(leaving);
                leaving.clear();
            }
        }
    }

    /** The update is handled (or given up): its chat's next update may be taken. */
    public void done(Held update) {
        synchronized (lock) {
            held.remove(update.id());
            inHand.remove(update.chatId());
            if (waiting.containsKey(update.chatId())) {
                turns.addLast(update.chatId());
            }
            lock.notifyAll();
        }
        update.finished.complete(null);
    }

    /**
     * Stops giving out updates: those waiting stay stored, for the next start (and a batch that could not be stored
     * is not confirmed to Telegram, which delivers it again).
     */
    public void close() {
        List<Held> left = new ArrayList<>();
        synchronized (lock) {
            closed = true;
            waiting.values().forEach(left::addAll);
            lock.notifyAll();
        }
        left.forEach(update -> update.finished.completeExceptionally(new CancellationException()));
    }
}
