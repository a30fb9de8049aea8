package org.relactation.bot.outbound;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.storage.DatabaseFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transactional outbox of the answers to updates. An update's answer is written to the outbox (one document per
 * message, {@link OutboxStore}) with the update's data, before the step that makes that data durable; then it is
 * sent through the {@link OutboundQueue} (its fairness and limits unchanged), each message checked just before it
 * goes out to be still this instance's (its claim renewed once half of it has passed), and removed, durably, once
 * Telegram took it, before the chat's next message; or once given up for good. The removals of the messages that
 * went out together share one delete and one commit ({@link RemovalCommits}). So a crash loses no answer: what is left in the
 * outbox is sent at the next start, before anything new, in each chat's order; only a message Telegram took in the
 * instant before the crash, before its removal was durable, is sent twice (the last one of its chat). A redelivered
 * update whose answer went into the outbox is not answered again: its answer is on its way or was sent.
 * <p>
 * Every message is claimed by one instance (claimant and lease, one atomic update), so instances that share a
 * database never both send one; a claim that runs out (its instance died) is taken over by {@link #sweep}.
 * Reminders and morning notes are not kept here: their own document is their outbox entry (claimed, and recorded
 * as sent durably just before they go out).
 */
public final class DurableOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(DurableOutbox.class);
    /** How long an instance holds a message: far longer than a reply waits in the queue. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** How often messages whose claim ran out are looked for. */
    public static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /**
     * How long the removal of a sent message waits at most for those of the other messages in flight, so that they
     * share one commit ({@link RemovalCommits}); the chat's next message waits for that commit.
     */
    public static final Duration REMOVAL_LINGER = Duration.ofMillis(20);
    /** Attempts at removing a sent message before it is left to run out (and be sent again). */
    private static final int REMOVE_ATTEMPTS = 5;

    private final OutboxStore store;
    private final RemovalCommits removals;
    private final String claimant;
    private final boolean alone;
    private final Clock clock;
    /** Messages in this instance's queue: a sweep leaves them to it, even when their claim ran out. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private volatile OutboundQueue queue;

    /**
     * @param makeDurable makes acknowledged writes durable (the embedded file's commit): run after sent messages are
     *                    removed, so that a crash does not bring them back
     * @param linger      how long a removal waits for those of the other messages in flight, to share their commit
     *                    ({@link #REMOVAL_LINGER}; zero when there is no file to commit)
     * @param claimant    this instance
     * @param alone       no other instance uses the database (embedded): whatever is in the outbox at start was
     *                    left by this bot's previous run and is sent at once, whoever held it
     */
    public DurableOutbox(OutboxStore store, Runnable makeDurable, Duration linger, String claimant, boolean alone,
                         Clock clock) {
        this.store = store;
        this.removals = new RemovalCommits(store::remove, makeDurable, linger);
        this.claimant = claimant;
        this.alone = alone;
        this.clock = clock;
    }

    /**
     * Sends through {@code queue} from now on, starting with what a previous run left in the outbox (all of it when
     * alone, else what nobody holds any more), in each chat's order: call before any update is taken.
     */
    public void start(OutboundQueue queue) {
        this.queue = queue;
        int left = resend(true);
        if (left > 0) {
            LOG.info("{} message(s) left in the outbox by the previous run are sent first", left);
        }
    }

    /**
     * Sends the messages whose claim ran out (an instance that died, a removal that failed); those in this
     * instance's queue are its own to send. Returns how many were taken. A database outage ends it: the next sweep
     * tries again.
     */
    public int sweep() {
        if (queue == null) {
            return 0;
        }
        try {
            return resend(false);
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            LOG.warn("Outbox sweep stopped, the database is unreachable ({})", e.getClass().getName());
            return 0;
        }
    }

    private int resend(boolean starting) {
        Instant now = clock.instant();
        Map<String, List<OutboxMessage>> answers = new LinkedHashMap<>();
        for (OutboxMessage message : store.all()) {
            if (queued.contains(message.id())) {
                continue;
            }
            boolean mine = starting && alone ? store.takeOver(message.id(), claimant, now, LEASE)
                    : store.claim(message.id(), claimant, now, LEASE);
            if (mine) {
                answers.computeIfAbsent(message.chatId() + ":" + message.updateId(), key -> new ArrayList<>())
                        .add(message);
            }
        }
        for (List<OutboxMessage> answer : answers.values()) {
            OutboxMessage first = answer.getFirst();
            // A crash may have come between the messages and the update's record as handled: a redelivery must
            // find it, even once these are sent and gone.
            store.markHandled(first.userId(), first.updateId());
            List<Action> actions = answer.stream().map(OutboxMessage::action).toList();
            submit(actions, answer.stream().map(OutboxMessage::id).toList(), now.plus(LEASE));
        }
        return answers.values().stream().mapToInt(List::size).sum();
    }

    /** The answer to one update, kept in the outbox by {@link Reply#keep} and sent by {@link Reply#send}. */
    public Reply reply(long userId, long chatId, long updateId) {
        return new Reply(userId, chatId, updateId);
    }

    /** One update's answer on its way through the outbox. */
    public final class Reply {
        private final long userId;
        private final long chatId;
        private final long updateId;
        private List<Action> kept;
        private List<String> ids;
        private Instant until;
        private boolean keptHere;

        private Reply(long userId, long chatId, long updateId) {
            this.userId = userId;
            this.chatId = chatId;
            this.updateId = updateId;
        }

        /**
         * Writes the answer to the outbox, unless it went there before (a redelivered update, which the router
         * says, or whose first message is found there, written by a handling that a crash cut before it was
         * recorded as handled): then only the answers to button presses will go out. Called before the update's
         * writes are made durable, and again if that is retried (the same documents, written again, change
         * nothing). No read: what the router read of the parent and the insert's unique id tell it all.
         */
        public void keep(Router.Handled handled) {
            List<Action> all = handled.all();
            if (!keptHere && handled.again()) {
                keptBefore(all);
                return;
            }
            boolean retry = keptHere;
            keptHere = true;
            until = clock.instant().plus(LEASE);
            List<OutboxMessage> messages = new ArrayList<>();
            List<String> byAction = new ArrayList<>(all.size());
            for (Action action : all) {
                if (action.chatId() == chatId && OutboxMessage.kept(action)) {
                    OutboxMessage message = OutboxMessage.of(action, userId, updateId, messages.size(), claimant,
                            until);
                    messages.add(message);
                    byAction.add(message.id());
                } else {
                    byAction.add(null);
                }
            }
            if (!store.keep(messages, retry)) {
                keptHere = false;
                keptBefore(all);
                return;
            }
            kept = all;
            ids = byAction;
        }

        private void keptBefore(List<Action> all) {
            kept = all;
            ids = null;
        }

        /**
         * Sends {@code actions}, the update's answer: through the outbox when they are what was kept; otherwise
         * (nothing was kept: a flood note, an edit, an answer saying it was not saved) straight through the queue.
         */
        public CompletableFuture<Outbox.Delivery> send(List<Action> actions) {
            if (kept == null || !kept.equals(actions)) {
                return queue.submit(actions);
            }
            if (ids == null) {
                // Answered before through the outbox: the presses still want their answer, the rest is on its way.
                return queue.submit(actions.stream().filter(action -> !OutboxMessage.kept(action)).toList());
            }
            return submit(actions, ids, until);
        }
    }

    /** @param until when this instance's claim on the messages runs out */
    private CompletableFuture<Outbox.Delivery> submit(List<Action> actions, List<String> ids,
                                                      Instant until) {
        ids.stream().filter(Objects::nonNull).forEach(queued::add);
        CompletableFuture<Outbox.Delivery> outcome = queue.submitKept(actions, new Kept(ids, until));
        outcome.whenComplete((delivery, error) -> ids.stream().filter(Objects::nonNull)
                .forEach(queued::remove));
        return outcome;
    }

    /** How the queue reports on one kept answer: by the index of each action, the id of its document or null. */
    private final class Kept implements OutboundQueue.Tracking {
        private final List<String> ids;
        private volatile Instant until;

        Kept(List<String> ids, Instant until) {
            this.ids = ids;
            this.until = until;
        }

        /**
         * Whether the message is still this instance's to send. While most of the claim is left nobody else may take
         * it: no need to ask the database (which may be away). Past half of it, the claim is renewed, if still held.
         */
        @Override
        public boolean take(int index) {
            String id = ids.get(index);
            Instant now = clock.instant();
            if (id == null) {
                return true;
            }
            if (now.isBefore(until.minus(LEASE.dividedBy(2)))) {
                removals.sending(id);
                return true;
            }
            boolean held = store.take(id, claimant, now, LEASE);
            if (held) {
                until = now.plus(LEASE);
                removals.sending(id);
            }
            return held;
        }

        @Override
        public void sent(int index) {
            remove(ids.subList(index, index + 1));
        }

        @Override
        public void givenUp(int index) {
            remove(ids.subList(index, ids.size()));
        }

        private void remove(List<String> gone) {
            List<String> ids = gone.stream().filter(Objects::nonNull).toList();
            if (ids.isEmpty()) {
                return;
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    removals.remove(ids);
                    return;
                } catch (RuntimeException e) {
                    if (attempt >= REMOVE_ATTEMPTS || !DatabaseFault.isFault(e)) {
                        // Left in the outbox: once its claim runs out it is sent again.
                        LOG.warn("A sent message could not be removed from the outbox: {}", e.getClass().getName());
                        removals.abandoned(ids);
                        return;
                    }
                    try {
                        Thread.sleep(100L * attempt);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        removals.abandoned(ids);
                        return;
                    }
                }
            }
        }
    }
}
