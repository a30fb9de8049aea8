package org.relactation.bot.outbound;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * The one way out for everything the bot sends. Each chat has its own line, sent in order, one call at a time,
 * with at least {@link Limits#chatGap} between two messages (and, in a group, at most
 * {@link Limits#groupPerMinute} a minute); all chats together get one message every 1/{@link Limits#perSecond}
 * of a second at most, so no second ever holds more than the limit. A 429 pauses that chat for its retry_after; a
 * 5xx, a timeout or a dropped connection is retried after growing pauses with jitter. A slow or failing chat never
 * holds up the others: calls are asynchronous, so the only shared limits are the rate and the calls in flight.
 * <p>
 * <b>Fair between chats.</b> When more chats wait than the rate allows, the next message goes to the chat with the
 * fewest units waiting, then to the one that has been sent the least lately (every message counts, its weight
 * halving every {@link #SERVICE_HALF_LIFE}). So a parent who writes now and then goes before chats that sent a
 * flurry or keep writing, and those take turns among themselves; a reply of several messages keeps its place until
 * it is all sent. Replies to a parent who just wrote go before what the bot starts by itself (reminders, morning
 * notes: units submitted with a step before sending), which still gets one turn in {@link #BULK_SHARE} so that it
 * is never starved.
 * <p>
 * All bookkeeping runs on the one thread of the scheduler given, so the state needs no locks; the clock and the
 * scheduler are arguments, so a test can run the queue in simulated time. The step before sending and the reports
 * of outcomes run on the background executor (a virtual thread each), because callers (the reminder dispatcher)
 * write to the database there.
 */
public final class OutboundQueue implements Outbox, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundQueue.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(60);
    /** The first pause after a transient fault; it doubles with each retry, up to {@link #MAX_PAUSE}. */
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    /** A parent's chat with a 429 is tried again this often at most before the unit is given up. */
    private static final int MAX_RATE_LIMITED = 20;
    /** With no global limit, how many units may wait before the bot stops starting new ones by itself. */
    private static final int UNLIMITED_BACKLOG = 10_000;
    /** The span of the group limit. */
    static final Duration GROUP_WINDOW = Duration.ofMinutes(1);
    /** Idle chat lines are kept this long, so that the gap and the group limit hold, then forgotten. */
    private static final Duration FORGET_IDLE = GROUP_WINDOW;
    /** How fast what a chat was sent stops counting against it when chats compete for the rate. */
    static final Duration SERVICE_HALF_LIFE = Duration.ofSeconds(20);
    /** While replies and messages the bot starts by itself both wait, one turn in this many goes to the latter. */
    static final int BULK_SHARE = 5;

    /**
     * @param perSecond      messages a second at most, all chats together; 0 for no limit
     * @param chatGap        least time between two messages to one chat; zero for none
     * @param retries        attempts after a transient fault before a unit is given up
     * @param maxInFlight    calls in flight at once
     * @param groupPerMinute messages a minute at most to one group (a chat with a negative id); 0 for no limit
     */
    public record Limits(int perSecond, Duration chatGap, int retries, int maxInFlight, int groupPerMinute) {
        /** How long a backlog may take to drain at the global rate: what the bot starts itself claims no more. */
        static final Duration BACKLOG = Duration.ofSeconds(60);
        /** Telegram's limit for one group: about 20 messages a minute. */
        public static final int TELEGRAM_GROUP_PER_MINUTE = 20;

        /** With Telegram's group limit, unless the chat gap is lifted (zero), which lifts the group limit too. */
        public Limits(int perSecond, Duration chatGap, int retries, int maxInFlight) {
            this(perSecond, chatGap, retries, maxInFlight, chatGap.isZero() ? 0 : TELEGRAM_GROUP_PER_MINUTE);
        }

        int backlog() {
            return perSecond == 0 ? UNLIMITED_BACKLOG : (int) Math.max(perSecond, perSecond * BACKLOG.toSeconds());
        }

        /** The least time between two messages of all chats together, rounded up so a second never holds more. */
        long slotNanos() {
            return perSecond == 0 ? 0 : Math.ceilDiv(TimeUnit.SECONDS.toNanos(1), perSecond);
        }
    }

    private final Transmitter transmitter;
    private final Limits limits;
    private final LongSupplier clock;
    private final ScheduledExecutorService loop;
    private final Executor background;
    private final RandomGenerator random;
    private final long slotNanos;
    private final Map<Long, Line> lines = new HashMap<>();
    /** Private chats with nothing to send, until forgotten: their weight and gap without a line (see IdleChats). */
    private final IdleChats idle = new IdleChats();
    /** Lines ready to send whose units include a reply, fairest first. */
    private final TreeSet<Line> replies = new TreeSet<>(Line.FAIREST_FIRST);
    /** Lines ready to send with only what the bot starts by itself, fairest first. */
    private final TreeSet<Line> bulk = new TreeSet<>(Line.FAIREST_FIRST);
    private final AtomicInteger queued = new AtomicInteger();
    /** Per chat, the messages queued that have not started yet (read by callers, so concurrent). */
    private final ConcurrentHashMap<Long, Integer> notStarted = new ConcurrentHashMap<>();
    private final Object drained = new Object();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final CompletableFuture<Void> firstDone = new CompletableFuture<>();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean closing;
    private int inFlight;
    private boolean pumpPending;
    /** Clock time before which no message may start, all chats together (only compared by difference). */
    private long nextSlot;
    /**
     * Clock time before which no call may reach the transmitter, all chats together: the step before sending (a
     * reminder recorded as sent, a kept message taken) runs off the loop and takes its own time, so calls started a
     * slot apart could otherwise go out together (written by any thread, hence atomic).
     */
    private final AtomicLong nextTransmit;
    /** The origin of the clock readings that weigh what a chat was sent (see {@link Line#lately}). */
    private final long origin;
    private long offered;
    private int repliesInARow;
    private long lastSweep;

    /** One chat: its units in order, whether a call is in flight, and the earliest time of its next message. */
    private static final class Line {
        /**
         * The line with the fewest units waiting first (a parent who just wrote before a chat that sent a flurry);
         * then the one sent the least lately; then the first to be ready.
         */
        static final Comparator<Line> FAIREST_FIRST = Comparator.<Line>comparingInt(line -> line.units.size())
                .thenComparingDouble(line -> line.lately).thenComparingLong(line -> line.readySince);

        final long chatId;
        /** Room for one unit at first: most chats have one or none waiting, and a line is kept a while idle. */
        final ArrayDeque<Unit> units = new ArrayDeque<>(1);
        /** Start times of the last messages to a group, oldest first: at most the group limit of them. */
        final ArrayDeque<Long> groupSends;
        int replyUnits;
        boolean busy;
        /** A wake-up is scheduled (gap or pause). */
        boolean waiting;
        /** In {@link #replies} or {@link #bulk}. */
        boolean ready;
        long readySince;
        /**
         * How much the chat was sent lately, as the natural log of the sum over its messages of
         * 2^((start - origin) / half-life): the sum decays for every chat alike, so the order of lines by it never
         * changes with time, only when one of them is sent something (then it is in no ready set). Minus infinity
         * for nothing yet.
         */
        double lately = Double.NEGATIVE_INFINITY;
        /** Clock time before which no message may start (only compared by difference: it may wrap). */
        long notBefore;
        long lastActive;

        Line(long chatId, long now) {
            this.chatId = chatId;
            this.notBefore = now;
            this.lastActive = now;
            this.groupSends = chatId < 0 ? new ArrayDeque<>() : null;
        }
    }

    /**
     * A unit whose messages are kept in a durable outbox, told what becomes of each. Its steps run on the background
     * executor (they write to the database), never on the queue's own thread.
     */
    public interface Tracking {
        /**
         * Just before action {@code index} goes out (and before each retry of it): false when it is no longer this
         * instance's to send (another took it over, or it was erased); the unit then ends, skipped. A database fault
         * thrown here is retried as a transient fault of the send.
         */
        boolean take(int index);

        /** Telegram took action {@code index}; the chat's next message waits until this returns. Must not throw. */
        void sent(int index);

        /**
         * The actions from {@code index} on were given up for good (the parent blocked the bot, Telegram refused
         * them, retries ran out). Not called when the queue shuts down: what was not sent then is left for the next
         * start. Must not throw.
         */
        void givenUp(int index);
    }

    /** Actions submitted together: sent in order, and reported together. */
    private static final class Unit {
        final List<Action> actions;
        final BooleanSupplier beforeSending;
        final Tracking tracking;
        final CompletableFuture<Delivery> outcome = new CompletableFuture<>();
        int next;
        /** Actions from here on are still counted in {@link #notStarted}. */
        int counted;
        int attempts;
        int rateLimited;
        boolean prepared;

        Unit(List<Action> actions, BooleanSupplier beforeSending, Tracking tracking) {
            this.actions = actions;
            this.beforeSending = beforeSending;
            this.tracking = tracking;
        }

        /** A reply to a parent who just wrote; what the bot starts by itself comes with a step before sending. */
        boolean isReply() {
            return beforeSending == null;
        }
    }

    /**
     * @param clock      monotonic nanoseconds ({@code System::nanoTime}); only differences are used
     * @param loop       a single-threaded scheduler: all bookkeeping runs on it; {@link #close} shuts it down
     * @param background runs the step before sending and the reports of outcomes (they may write to the database)
     * @param random     draws the jitter of retry pauses
     */
    public OutboundQueue(Transmitter transmitter, Limits limits, LongSupplier clock, ScheduledExecutorService loop,
                         Executor background, RandomGenerator random) {
        this.transmitter = transmitter;
        this.limits = limits;
        this.clock = clock;
        this.loop = loop;
        this.background = background;
        this.random = random;
        this.slotNanos = limits.slotNanos();
        long now = clock.getAsLong();
        this.origin = now;
        this.nextSlot = now;
        this.nextTransmit = new AtomicLong(now);
        this.lastSweep = now;
    }

    /** A queue on the system's monotonic clock, with its own threads. */
    public static OutboundQueue start(Transmitter transmitter, Limits limits) {
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(task -> daemon(task,
                "outbound-queue"));
        // A virtual thread per step: the steps before sending of all units in flight wait together, so that the
        // reminders about to go out are recorded as sent in one write (ReminderStore.recordSent), not one by one.
        ExecutorService background = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
                .name("outbound-background-", 1).factory());
        return new OutboundQueue(transmitter, limits, System::nanoTime, loop, background,
                RandomGenerator.getDefault());
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public CompletableFuture<Delivery> submit(List<Action> actions) {
        return submit(actions, null);
    }

    @Override
    public CompletableFuture<Delivery> submit(List<Action> actions, BooleanSupplier beforeSending) {
        return submit(new Unit(List.copyOf(actions), beforeSending, null));
    }

    /**
     * Queues one chat's reply whose messages are kept in a durable outbox: as {@link #submit(List)}, and each action
     * is taken just before it goes out and reported once Telegram took it, before the chat's next message starts
     * (see {@link Tracking}).
     */
    public CompletableFuture<Delivery> submitKept(List<Action> actions, Tracking tracking) {
        return submit(new Unit(List.copyOf(actions), null, tracking));
    }

    private CompletableFuture<Delivery> submit(Unit unit) {
        List<Action> actions = unit.actions;
        if (actions.isEmpty()) {
            unit.outcome.complete(Delivery.DELIVERED);
            return unit.outcome;
        }
        if (closing) {
            unit.outcome.complete(Delivery.FAILED);
            return unit.outcome;
        }
        queued.incrementAndGet();
        count(unit);
        try {
            loop.execute(() -> enqueue(unit));
        } catch (RejectedExecutionException closed) {
            finishedAfterClose(unit);
        }
        return unit.outcome;
    }

    private void finishedAfterClose(Unit unit) {
        uncount(unit, unit.actions.size());
        queued.decrementAndGet();
        failed.incrementAndGet();
        unit.outcome.complete(Delivery.FAILED);
    }

    @Override
    public Delivery send(List<Action> actions) {
        return submit(actions).join();
    }

    /**
     * The chat gap times the messages of this chat queued and not started: the first of them starts now at the
     * earliest, each next one a gap later, and a unit submitted now a gap after the last.
     */
    @Override
    public Duration queuedAhead(long chatId) {
        return limits.chatGap().multipliedBy(notStarted.getOrDefault(chatId, 0));
    }

    private void count(Unit unit) {
        int messages = (int) unit.actions.stream().filter(action -> !exempt(action)).count();
        if (messages > 0) {
            notStarted.merge(unit.actions.get(0).chatId(), messages, Integer::sum);
        }
    }

    /** The unit's messages before {@code end} are started (or will never be): no longer counted as waiting. */
    private void uncount(Unit unit, int end) {
        int messages = (int) unit.actions.subList(Math.min(unit.counted, end), end).stream()
                .filter(action -> !exempt(action)).count();
        unit.counted = Math.max(unit.counted, end);
        if (messages > 0) {
            notStarted.computeIfPresent(unit.actions.get(0).chatId(),
                    (chat, left) -> left - messages <= 0 ? null : left - messages);
        }
    }

    @Override
    public int room() {
        return Math.max(0, limits.backlog() - queued.get());
    }

    /** Units waiting or being sent: for operators. */
    public int depth() {
        return queued.get();
    }

    /** 429 answers received since start: for operators. */
    public long rateLimitedCount() {
        return rateLimited.get();
    }

    /**
     * Runs {@code action} once the first unit is done (sent, skipped or given up; at once if one is), on the queue's
     * thread, which must never block: it should only hand work to another thread.
     */
    public void afterFirstDone(Runnable action) {
        firstDone.thenRun(action);
    }

    public long deliveredCount() {
        return delivered.get();
    }

    public long failedCount() {
        return failed.get();
    }

    // ---- everything below runs on the loop thread ----

    private void enqueue(Unit unit) {
        long chatId = unit.actions.get(0).chatId();
        long now = clock.getAsLong();
        Line line = lines.get(chatId);
        if (line == null) {
            line = new Line(chatId, now);
            IdleChats.Kept kept = idle.take(chatId);
            if (kept != null) {
                line.lately = kept.lately();
                line.notBefore = kept.notBefore();
                line.lastActive = kept.lastActive();
            }
            lines.put(chatId, line);
        }
        // The line's place among the ready ones depends on how much it has waiting: out, and back in below.
        boolean wasReady = line.ready && readySet(line).remove(line);
        line.units.addLast(unit);
        line.lastActive = now;
        if (unit.isReply()) {
            // A parent who writes while a reminder of theirs waits: the whole line now waits as a reply.
            line.replyUnits++;
        }
        if (wasReady) {
            readySet(line).add(line);
        }
        offer(line);
        pump();
    }

    /** Puts a line with work among the ready ones, or wakes it when its gap, group limit or pause is over. */
    private void offer(Line line) {
        if (line.busy || line.waiting || line.ready || line.units.isEmpty()) {
            return;
        }
        Unit unit = line.units.peekFirst();
        long now = clock.getAsLong();
        long wait = exempt(unit.actions.get(unit.next)) ? 0 : waitFor(line, now);
        if (wait > 0) {
            wakeLater(line, wait);
        } else {
            line.ready = true;
            line.readySince = ++offered;
            readySet(line).add(line);
        }
    }

    private TreeSet<Line> readySet(Line line) {
        return line.replyUnits > 0 ? replies : bulk;
    }

    /** How long the line's next message must wait for the chat gap and, in a group, the group limit. */
    private long waitFor(Line line, long now) {
        long wait = line.notBefore - now;
        if (line.groupSends != null && limits.groupPerMinute() > 0
                && line.groupSends.size() >= limits.groupPerMinute()) {
            wait = Math.max(wait, line.groupSends.peekFirst() + GROUP_WINDOW.toNanos() - now);
        }
        return wait;
    }

    private void wakeLater(Line line, long nanos) {
        line.waiting = true;
        loop.schedule(() -> {
            line.waiting = false;
            offer(line);
            pump();
        }, nanos, TimeUnit.NANOSECONDS);
    }

    private void pump() {
        while ((!replies.isEmpty() || !bulk.isEmpty()) && inFlight < limits.maxInFlight()) {
            if (slotNanos > 0) {
                long now = clock.getAsLong();
                if (nextSlot - now > 0) {
                    pumpLater(nextSlot - now);
                    return;
                }
                nextSlot = now + slotNanos;
            }
            Line line = next();
            line.ready = false;
            start(line);
        }
        sweepIdle();
    }

    /** {@code lately} with {@code messages} more sent at {@code now} (log-sum-exp, so that nothing overflows). */
    private double plus(double lately, int messages, long now) {
        if (messages <= 0) {
            return lately;
        }
        double exponent = (now - origin) / (double) SERVICE_HALF_LIFE.toNanos() * Math.log(2) + Math.log(messages);
        if (lately == Double.NEGATIVE_INFINITY) {
            return exponent;
        }
        double high = Math.max(lately, exponent);
        return high + Math.log1p(Math.exp(Math.min(lately, exponent) - high));
    }

    /** The next line to serve: a reply's, except that what the bot starts by itself gets one turn in a few. */
    private Line next() {
        boolean bulkTurn = !bulk.isEmpty() && (replies.isEmpty() || repliesInARow >= BULK_SHARE - 1);
        if (bulkTurn) {
            repliesInARow = 0;
            return bulk.pollFirst();
        }
        repliesInARow++;
        return replies.pollFirst();
    }

    private void pumpLater(long nanos) {
        if (!pumpPending) {
            pumpPending = true;
            loop.schedule(() -> {
                pumpPending = false;
                pump();
            }, nanos, TimeUnit.NANOSECONDS);
        }
    }

    private void start(Line line) {
        Unit unit = line.units.peekFirst();
        Action action = unit.actions.get(unit.next);
        line.busy = true;
        inFlight++;
        uncount(unit, unit.next + 1);
        long now = clock.getAsLong();
        line.lastActive = now;
        if (!exempt(action)) {
            line.notBefore = now + limits.chatGap().toNanos();
            if (line.groupSends != null && limits.groupPerMinute() > 0) {
                line.groupSends.addLast(now);
                while (line.groupSends.size() > limits.groupPerMinute()) {
                    line.groupSends.pollFirst();
                }
            }
        }
        CompletableFuture<Void> call;
        if (unit.beforeSending != null && !unit.prepared) {
            // The step before sending writes to the database: off this thread, which must never block.
            call = CompletableFuture.supplyAsync(() -> prepare(unit), background).thenCompose(go -> {
                if (!go) {
                    throw new CallOff(Delivery.SKIPPED);
                }
                return send(unit, action);
            });
            unit.prepared = true;
        } else {
            call = send(unit, action);
        }
        call.whenComplete((ok, error) -> {
            try {
                loop.execute(() -> finished(line, unit, action, error));
            } catch (RejectedExecutionException closed) {
                // Shut down while the call was out: the unit was already reported as failed.
            }
        });
    }

    /** Transmits the unit's next action; a kept one is taken first, and reported once Telegram took it. */
    private CompletableFuture<Void> send(Unit unit, Action action) {
        Tracking tracking = unit.tracking;
        if (tracking == null) {
            return transmit(action);
        }
        int index = unit.next;
        return CompletableFuture.supplyAsync(() -> tracking.take(index), background).thenCompose(go -> {
            if (!go) {
                throw new CallOff(Delivery.SKIPPED);
            }
            return transmit(action).thenRunAsync(() -> {
                try {
                    tracking.sent(index);
                } catch (RuntimeException e) {
                    // Sent is sent: reporting it again as a failure would send it twice.
                    LOG.warn("Recording a sent message failed: {}", e.getClass().getName());
                }
            }, background);
        });
    }

    /**
     * Hands {@code action} to the transmitter at its turn: at least a slot after the call before it, however late the
     * step before sending let either go (at once when that is now, which it is unless such steps bunched calls).
     */
    private CompletableFuture<Void> transmit(Action action) {
        if (slotNanos > 0) {
            long now;
            long at;
            long before;
            do {
                before = nextTransmit.get();
                now = clock.getAsLong();
                at = before - now > 0 ? before : now;
            } while (!nextTransmit.compareAndSet(before, at + slotNanos));
            if (at - now > 0) {
                CompletableFuture<Void> sent = new CompletableFuture<>();
                try {
                    Runnable atItsTurn = () -> transmitNow(action).whenComplete((ok, error) -> {
                        if (error != null) {
                            sent.completeExceptionally(error);
                        } else {
                            sent.complete(null);
                        }
                    });
                    loop.schedule(atItsTurn, at - now, TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException closed) {
                    return CompletableFuture.failedFuture(closed);
                }
                return sent;
            }
        }
        return transmitNow(action);
    }

    private CompletableFuture<Void> transmitNow(Action action) {
        try {
            return transmitter.transmit(action);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean prepare(Unit unit) {
        try {
            return unit.beforeSending.getAsBoolean();
        } catch (RuntimeException e) {
            // Nothing was sent: the caller learns it failed and tries again later.
            LOG.warn("The step before sending failed: {}", e.getClass().getName());
            throw new CallOff(Delivery.FAILED);
        }
    }

    /** The step before sending called the unit off, or could not be done. */
    private static final class CallOff extends RuntimeException {
        final Delivery outcome;

        CallOff(Delivery outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    private void finished(Line line, Unit unit, Action action, Throwable error) {
        inFlight--;
        line.busy = false;
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CallOff callOff) {
            done(line, unit, callOff.outcome);
        } else if (error == null) {
            unit.next++;
            unit.attempts = 0;
            if (unit.next == unit.actions.size()) {
                done(line, unit, Delivery.DELIVERED);
            }
        } else {
            retryOrGiveUp(line, unit, action, fault(error));
        }
        offer(line);
        if (line.chatId > 0 && line.units.isEmpty() && !line.busy && !line.waiting && !line.ready) {
            // Nothing left for this parent: only the weight and the gap are kept, not the line (a group's line keeps
            // its recent sends for the group limit, and is forgotten by the sweep).
            lines.remove(line.chatId);
            idle.put(line.chatId, line.lately, line.notBefore, line.lastActive);
        }
        pump();
    }

    private void retryOrGiveUp(Line line, Unit unit, Action action, SendFault fault) {
        String method = action.getClass().getSimpleName();
        switch (fault.kind()) {
            case RATE_LIMITED -> {
                rateLimited.incrementAndGet();
                if (++unit.rateLimited > MAX_RATE_LIMITED) {
                    LOG.error("{} still rate-limited after {} waits; given up", method, MAX_RATE_LIMITED);
                    giveUp(line, unit, Delivery.FAILED);
                } else {
                    pause(line, cap(fault.retryAfter().isZero() ? Duration.ofSeconds(1) : fault.retryAfter()));
                }
            }
            case TRANSIENT -> {
                if (unit.attempts++ >= limits.retries()) {
                    LOG.error("{} failed after {} attempt(s): {}", method, unit.attempts, fault.getMessage());
                    giveUp(line, unit, Delivery.FAILED);
                } else {
                    pause(line, backoff(unit.attempts - 1));
                }
            }
            case BLOCKED -> {
                LOG.info("{} refused with 403: the parent blocked the bot or left the chat", method);
                giveUp(line, unit, Delivery.BLOCKED);
            }
            case REJECTED -> {
                LOG.error("{} rejected by the Bot API: {}", method, fault.getMessage());
                giveUp(line, unit, Delivery.FAILED);
            }
        }
    }

    /** The unit is given up for good: its kept actions from the one that failed on are let go of too. */
    private void giveUp(Line line, Unit unit, Delivery delivery) {
        Tracking tracking = unit.tracking;
        if (tracking != null) {
            int from = unit.next;
            try {
                background.execute(() -> tracking.givenUp(from));
            } catch (RejectedExecutionException closed) {
                // Shutting down: left in the outbox, given up again at the next start if it still fails.
            }
        }
        done(line, unit, delivery);
    }

    private void pause(Line line, Duration pause) {
        line.notBefore = Math.max(line.notBefore, clock.getAsLong() + pause.toNanos());
        // A retry waits for the pause even if its action is otherwise exempt from the chat gap.
        wakeLater(line, pause.toNanos());
    }

    /**
     * The pause before retry number {@code attempt + 1} after a transient fault: 250 ms doubling up to 60 s, of
     * which a random half or more, so that chats that failed together do not all come back at the same moment.
     */
    Duration backoff(int attempt) {
        long full = cap(FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt, 8))).toNanos();
        long half = full / 2;
        return Duration.ofNanos(half + (long) (random.nextDouble() * (full - half)));
    }

    private void done(Line line, Unit unit, Delivery delivery) {
        line.units.pollFirst();
        // Counted once the unit is done: until then the line keeps its place, so that a reply of several messages
        // is not sent one message a round.
        line.lately = plus(line.lately, unit.next + (delivery == Delivery.DELIVERED ? 0 : 1), clock.getAsLong());
        uncount(unit, unit.actions.size());
        if (unit.isReply()) {
            line.replyUnits--;
        }
        if (delivery == Delivery.DELIVERED) {
            delivered.incrementAndGet();
        } else if (delivery != Delivery.SKIPPED) {
            failed.incrementAndGet();
        }
        firstDone.complete(null);
        try {
            background.execute(() -> unit.outcome.complete(delivery));
        } catch (RejectedExecutionException closed) {
            unit.outcome.complete(delivery);
        }
        if (queued.decrementAndGet() == 0) {
            synchronized (drained) {
                drained.notifyAll();
            }
        }
    }

    private void giveUpAll() {
        for (Line line : lines.values()) {
            while (!line.units.isEmpty()) {
                done(line, line.units.peekFirst(), Delivery.FAILED);
            }
        }
        replies.clear();
        bulk.clear();
    }

    /** Forgets lines with nothing to send that have been idle a while, so memory follows the busy chats only. */
    private void sweepIdle() {
        long now = clock.getAsLong();
        if (now - lastSweep < FORGET_IDLE.toNanos()) {
            return;
        }
        lastSweep = now;
        lines.values().removeIf(line -> line.units.isEmpty() && !line.busy && !line.waiting && !line.ready
                && now - line.lastActive > FORGET_IDLE.toNanos());
        idle.forgetIdle(now, FORGET_IDLE.toNanos());
    }

    /** Chat lines kept: those with work, and groups' idle a while (for tests, on the loop thread). */
    int linesKept() {
        return lines.size();
    }

    /** Private chats with nothing to send whose weight and gap are kept (for tests, on the loop thread). */
    int idleChatsKept() {
        return idle.size();
    }

    /** Answering a button press is not a message in the chat: it neither waits for nor starts the chat gap. */
    private static boolean exempt(Action action) {
        return action instanceof Action.AnswerButton;
    }

    private static SendFault fault(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof SendFault fault ? fault
                : new SendFault(SendFault.Kind.TRANSIENT, null, cause.getClass().getSimpleName());
    }

    private static Duration cap(Duration wait) {
        return wait.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : wait;
    }

    /**
     * Stops taking new work and lets what is queued go out, for at most {@code grace}; what is left then is
     * reported as failed (reminders are claimed, so they come back after their claim expires).
     */
    public void close(Duration grace) {
        closing = true;
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (drained) {
            long left;
            while (queued.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(drained, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        int left = queued.get();
        if (left > 0) {
            LOG.warn("{} outgoing message unit(s) not sent before shutdown", left);
            try {
                loop.submit(this::giveUpAll).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("Could not report the unsent units: {}", e.getClass().getSimpleName());
            }
        }
        loop.shutdownNow();
        if (background instanceof ExecutorService pool) {
            pool.shutdown();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
