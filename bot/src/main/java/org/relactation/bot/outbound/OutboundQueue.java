package org.relactation.bot.outbound;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The one way out for everything the bot sends. Each chat has its own line, sent in order, one call at a time,
 * with at least {@link Limits#chatGap} between two messages; all chats together stay under a global token bucket
 * (Bucket4j). A 429 pauses that chat for its retry_after; a 5xx, a timeout or a dropped connection is retried with
 * growing pauses. A slow or failing chat never holds up the others: calls are asynchronous, so the only shared
 * limits are the rate and the number of calls in flight.
 * <p>
 * All bookkeeping runs on one thread, so the state needs no locks; outcomes are reported on another pool, because
 * callers (the reminder dispatcher) write to the database when they learn them.
 */
public final class OutboundQueue implements Outbox, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundQueue.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(60);
    /** A parent's chat with a 429 is tried again this often at most before the unit is given up. */
    private static final int MAX_RATE_LIMITED = 20;
    /** With no global limit, how many units may wait before the bot stops starting new ones by itself. */
    private static final int UNLIMITED_BACKLOG = 10_000;
    /** Idle chat lines are kept this long, so that the gap holds across quick messages, then forgotten. */
    private static final Duration FORGET_IDLE = Duration.ofSeconds(30);

    /**
     * @param perSecond   messages a second at most, all chats together; 0 for no limit
     * @param chatGap     least time between two messages to one chat; zero for none
     * @param retries     attempts after a transient fault before a unit is given up
     * @param maxInFlight calls in flight at once
     */
    public record Limits(int perSecond, Duration chatGap, int retries, int maxInFlight) {
        /** How long a backlog may take to drain at the global rate: what the bot starts itself claims no more. */
        static final Duration BACKLOG = Duration.ofSeconds(60);

        int backlog() {
            return perSecond == 0 ? UNLIMITED_BACKLOG : (int) Math.max(perSecond, perSecond * BACKLOG.toSeconds());
        }
    }

    private final Transmitter transmitter;
    private final Limits limits;
    private final Bucket global;
    private final ScheduledExecutorService loop;
    private final ExecutorService outcomes;
    private final ExecutorService preparing;
    private final Map<Long, Line> lines = new HashMap<>();
    private final ArrayDeque<Line> ready = new ArrayDeque<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean closing;
    private int inFlight;
    private boolean pumpPending;
    private long lastSweep = System.nanoTime();

    /** One chat: its units in order, whether a call is in flight, and the earliest time of its next message. */
    private static final class Line {
        final long chatId;
        final ArrayDeque<Unit> units = new ArrayDeque<>();
        boolean busy;
        boolean waiting;
        /** System.nanoTime() before which no message may start (only compared by difference: it may wrap). */
        long notBefore;

        Line(long chatId) {
            this.chatId = chatId;
            this.notBefore = System.nanoTime();
        }
    }

    /** Actions submitted together: sent in order, and reported together. */
    private static final class Unit {
        final List<Action> actions;
        final BooleanSupplier beforeSending;
        final CompletableFuture<Delivery> outcome = new CompletableFuture<>();
        int next;
        int attempts;
        int rateLimited;
        boolean prepared;

        Unit(List<Action> actions, BooleanSupplier beforeSending) {
            this.actions = actions;
            this.beforeSending = beforeSending;
        }
    }

    public OutboundQueue(Transmitter transmitter, Limits limits) {
        this.transmitter = transmitter;
        this.limits = limits;
        this.global = limits.perSecond() == 0 ? null : Bucket.builder()
                // No burst: one token at a time, refilled evenly, so no second ever holds more than the limit (a
                // burst of a fifth of it let a busy second reach 30 at a limit of 25).
                .addLimit(Bandwidth.builder().capacity(1)
                        .refillGreedy(limits.perSecond(), Duration.ofSeconds(1)).build())
                .build();
        this.loop = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "outbound-queue"));
        this.preparing = Executors.newFixedThreadPool(4, task -> daemon(task, "outbound-prepare"));
        AtomicInteger number = new AtomicInteger();
        this.outcomes = Executors.newFixedThreadPool(4, task -> daemon(task, "outbound-outcome-" + number.incrementAndGet()));
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
        Unit unit = new Unit(List.copyOf(actions), beforeSending);
        if (actions.isEmpty()) {
            unit.outcome.complete(Delivery.DELIVERED);
            return unit.outcome;
        }
        if (closing) {
            unit.outcome.complete(Delivery.FAILED);
            return unit.outcome;
        }
        queued.incrementAndGet();
        loop.execute(() -> enqueue(unit));
        return unit.outcome;
    }

    @Override
    public Delivery send(List<Action> actions) {
        return submit(actions).join();
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

    public long deliveredCount() {
        return delivered.get();
    }

    public long failedCount() {
        return failed.get();
    }

    // ---- everything below runs on the loop thread ----

    private void enqueue(Unit unit) {
        long chatId = unit.actions.get(0).chatId();
        Line line = lines.computeIfAbsent(chatId, Line::new);
        line.units.addLast(unit);
        offer(line);
        pump();
    }

    /** Puts a line with work in the ready queue, or wakes it when its gap or pause is over. */
    private void offer(Line line) {
        if (line.busy || line.waiting || line.units.isEmpty()) {
            return;
        }
        Action next = line.units.peekFirst().actions.get(line.units.peekFirst().next);
        long wait = exempt(next) ? 0 : line.notBefore - System.nanoTime();
        line.waiting = true;
        if (wait > 0) {
            loop.schedule(() -> {
                line.waiting = false;
                offer(line);
                pump();
            }, wait, TimeUnit.NANOSECONDS);
        } else {
            ready.addLast(line);
        }
    }

    private void pump() {
        while (!ready.isEmpty() && inFlight < limits.maxInFlight()) {
            if (global != null) {
                ConsumptionProbe probe = global.tryConsumeAndReturnRemaining(1);
                if (!probe.isConsumed()) {
                    pumpLater(probe.getNanosToWaitForRefill());
                    return;
                }
            }
            Line line = ready.pollFirst();
            line.waiting = false;
            start(line);
        }
        sweepIdle();
    }

    private void pumpLater(long nanos) {
        if (!pumpPending) {
            pumpPending = true;
            loop.schedule(() -> {
                pumpPending = false;
                pump();
            }, Math.max(nanos, 1_000_000L), TimeUnit.NANOSECONDS);
        }
    }

    private void start(Line line) {
        Unit unit = line.units.peekFirst();
        Action action = unit.actions.get(unit.next);
        line.busy = true;
        inFlight++;
        if (!exempt(action)) {
            line.notBefore = System.nanoTime() + limits.chatGap().toNanos();
        }
        CompletableFuture<Void> call;
        if (unit.beforeSending != null && !unit.prepared) {
            // The step before sending writes to the database: off this thread, which must never block.
            call = CompletableFuture.supplyAsync(() -> prepare(unit), preparing).thenCompose(go -> {
                if (!go) {
                    throw new CallOff(Delivery.SKIPPED);
                }
                return transmit(action);
            });
            unit.prepared = true;
        } else {
            call = transmit(action);
        }
        call.whenComplete((ok, error) -> {
            try {
                loop.execute(() -> finished(line, unit, action, error));
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                // Shut down while the call was out: the unit was already reported as failed.
            }
        });
    }

    private CompletableFuture<Void> transmit(Action action) {
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
        pump();
    }

    private void retryOrGiveUp(Line line, Unit unit, Action action, SendFault fault) {
        String method = action.getClass().getSimpleName();
        switch (fault.kind()) {
            case RATE_LIMITED -> {
                rateLimited.incrementAndGet();
                if (++unit.rateLimited > MAX_RATE_LIMITED) {
                    LOG.error("{} still rate-limited after {} waits; given up", method, MAX_RATE_LIMITED);
                    done(line, unit, Delivery.FAILED);
                } else {
                    pause(line, cap(fault.retryAfter().isZero() ? Duration.ofSeconds(1) : fault.retryAfter()));
                }
            }
            case TRANSIENT -> {
                if (unit.attempts++ >= limits.retries()) {
                    LOG.error("{} failed after {} attempt(s): {}", method, unit.attempts, fault.getMessage());
                    done(line, unit, Delivery.FAILED);
                } else {
                    pause(line, backoff(unit.attempts - 1));
                }
            }
            case BLOCKED -> {
                LOG.info("{} refused with 403: the parent blocked the bot or left the chat", method);
                done(line, unit, Delivery.BLOCKED);
            }
            case REJECTED -> {
                LOG.error("{} rejected by the Bot API: {}", method, fault.getMessage());
                done(line, unit, Delivery.FAILED);
            }
        }
    }

    private void pause(Line line, Duration pause) {
        line.notBefore = Math.max(line.notBefore, System.nanoTime() + pause.toNanos());
        // A retry waits for the pause even if its action is otherwise exempt from the chat gap.
        line.waiting = true;
        loop.schedule(() -> {
            line.waiting = false;
            offer(line);
            pump();
        }, pause.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void done(Line line, Unit unit, Delivery delivery) {
        line.units.pollFirst();
        queued.decrementAndGet();
        if (delivery == Delivery.DELIVERED) {
            delivered.incrementAndGet();
        } else if (delivery != Delivery.SKIPPED) {
            failed.incrementAndGet();
        }
        outcomes.execute(() -> unit.outcome.complete(delivery));
    }

    private void giveUpAll() {
        for (Line line : lines.values()) {
            while (!line.units.isEmpty()) {
                done(line, line.units.peekFirst(), Delivery.FAILED);
            }
        }
    }

    /** Forgets lines with nothing to send whose gap is long over, so memory follows the busy chats only. */
    private void sweepIdle() {
        long now = System.nanoTime();
        if (now - lastSweep < FORGET_IDLE.toNanos()) {
            return;
        }
        lastSweep = now;
        lines.values().removeIf(line -> line.units.isEmpty() && !line.busy && !line.waiting
                && now - line.notBefore > FORGET_IDLE.toNanos());
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

    private static Duration backoff(int attempt) {
        return cap(Duration.ofMillis(250L << Math.min(attempt, 8)));
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
        while (queued.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
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
        preparing.shutdown();
        outcomes.shutdown();
        try {
            outcomes.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
