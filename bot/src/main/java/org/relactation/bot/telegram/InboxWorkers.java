package org.relactation.bot.telegram;

import org.relactation.bot.conversation.ChatLanes;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.inbox.Inbox;
import org.relactation.bot.operations.Metrics;
import org.relactation.bot.outbound.DurableOutbox;
import org.relactation.bot.storage.DatabaseFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Handles what the {@link Inbox} holds, as long polling stores it: whenever a worker is free it takes the update whose
 * turn it is (chats take turns, one update each, one at a time per chat) and handles it through the core. The
 * update leaves the inbox in the step that makes its writes durable, just before the commit (or, recorded as handled
 * in its parent's record, with others a little later, {@link Inbox#removeHandled}); then its answer, kept in the
 * outbox with its data, is handed to the sender.
 * <p>One commit for the updates in hand: an update that reaches its commit waits (at most {@link #COMMIT_LINGER})
 * for the others in hand to reach theirs or finish, then they ask for it together, and the database's group commit
 * gives them one commit (two at most, when one was being written). So a batch is what the workers held at that
 * moment, and no reply waits longer than the linger for a slower update of another chat (an outage retried, a
 * large export). Without a file to commit (MongoDB) nobody waits. Nothing waits for the answer to be sent: it is durable in the outbox, and the sender keeps
 * each chat's order (the next update of a chat is taken only once this one's answer is queued).
 */
final class InboxWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWorkers.class);

    private final Inbox inbox;
    private final Router router;
    private final ChatLanes lanes;
    private final Semaphore free;
    private final Runnable makeDurable;
    private final DurableOutbox durable;
    private final Metrics metrics;
    private final int workers;
    private final Duration linger;
    private final Object batch = new Object();
    /** Updates given to a worker that have neither reached their commit nor finished. */
    private int pending;
    /** Counts the batches released: a waiter whose batch went is free. */
    private long released;
    private volatile boolean running = true;
    private Thread dispatcher;

    /**
     * @param workers     updates handled at once (the lanes' threads)
     * @param makeDurable makes acknowledged writes durable (the group commit of the embedded file)
     * @param linger      how long an update at its commit waits for the others in hand; zero when there is no file
     *                    to commit
     */
    InboxWorkers(Inbox inbox, Router router, ChatLanes lanes, int workers, Runnable makeDurable,
                 DurableOutbox durable, Metrics metrics, Duration linger) {
        this.linger = linger;
        this.inbox = inbox;
        this.router = router;
        this.lanes = lanes;
        this.workers = workers;
        this.free = new Semaphore(workers);
        this.makeDurable = makeDurable;
        this.durable = durable;
        this.metrics = metrics;
    }

    void start() {
        dispatcher = new Thread(this::dispatch, "inbox-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    private void dispatch() {
        try {
            while (running) {
                free.acquire();
                Inbox.Held next = inbox.take();
                if (next == null) {
                    free.release();
                    return;
                }
                AtomicBoolean arrived = new AtomicBoolean();
                synchronized (batch) {
                    pending++;
                }
                lanes.start(next.inbound(), inbound -> handle(next, arrived), () -> {
                    finished(arrived);
                    inbox.done(next);
                    free.release();
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Handles one update: its data, its removal from the inbox and its answer in the outbox, durable together. */
    void handle(Inbox.Held held, AtomicBoolean arrived) {
        Inbound inbound = held.inbound();
        AtomicBoolean removed = new AtomicBoolean();
        Router.Durable removeAndCommit = recorded -> {
            // Recorded in the parent's record, a redelivery is recognised: it leaves with others, in one delete.
            if (recorded) {
                inbox.removeHandled(held);
            } else {
                inbox.remove(held);
            }
            removed.set(true);
            if (arrived.compareAndSet(false, true)) {
                awaitBatch();
            }
            makeDurable.run();
        };
        DurableOutbox.Reply reply = durable.reply(inbound.userId(), inbound.chatId(), inbound.updateId());
        Router.Handled handled;
        try {
            handled = router.handleUpdate(inbound, reply::keep, removeAndCommit);
        } catch (RuntimeException e) {
            if (!removed.get()) {
                removeAlone(held);
            }
            throw e;
        }
        CompletableFuture<Outbox.Delivery> sent = reply.send(handled.all());
        if (!removed.get()) {
            if (handled.warnings().isEmpty()) {
                removeAlone(held);
            } else {
                // A warning sign's answer not kept in the outbox (an edit, a flood note): the update stays in the
                // inbox until it was sent, so a crash before that handles it, and warns, again.
                sent.whenComplete((delivery, failure) -> removeAlone(held));
            }
        }
        metrics.updateHandled(held.waited());
    }

    /**
     * At an update's commit: waits until every other update in hand has reached its commit or finished, or the
     * linger is over, whichever comes first; then the batch is released together.
     */
    private void awaitBatch() {
        synchronized (batch) {
            pending--;
            long mine = released;
            long deadline = System.nanoTime() + linger.toNanos();
            boolean interrupted = false;
            while (released == mine && pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(batch, left);
                } catch (InterruptedException e) {
                    interrupted = true;
                    break;
                }
            }
            if (released == mine) {
                released++;
                batch.notifyAll();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** An update finished: one that never reached a commit is no longer waited for. */
    private void finished(AtomicBoolean arrived) {
        synchronized (batch) {
            if (arrived.compareAndSet(false, true)) {
                pending--;
                batch.notifyAll();
            }
        }
    }

    /**
     * An update answered without writes (a flood note, an edit read for warning signs, a failure): it leaves the
     * inbox with the next commit. Were the process killed before, it would be handled again, and recognised.
     */
    private void removeAlone(Inbox.Held held) {
        try {
            inbox.remove(held);
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            LOG.warn("Update {} handled but not removed from the inbox yet: {}", held.inbound().updateId(),
                    e.getClass().getName());
            inbox.removeLater(held);
        }
    }

    /**
     * Stops taking updates and lets those in hand finish (for at most {@code wait}); the rest stay in the inbox, stored,
     * and are handled first at the next start.
     */
    void stop(Duration wait) {
        running = false;
        inbox.close();
        if (dispatcher == null) {
            return;
        }
        try {
            dispatcher.join(wait.toMillis());
            if (free.tryAcquire(workers, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                free.release(workers);
                removeLeaving();
            } else {
                LOG.warn("Updates were still being handled after {} s", wait.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The handled updates still waiting to leave the inbox leave now (committed when the database closes). */
    private void removeLeaving() {
        try {
            inbox.removeLeaving();
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            LOG.warn("Handled updates left in the inbox at stop ({}): recognised as handled at the next start",
                    e.getClass().getName());
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }
}
