package org.relactation.bot.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Rides out a short database outage: work that fails with a {@link DatabaseFault} is tried again after a pause
 * that doubles each time (0.1 s, 0.2 s, ... at most 2 s), until it succeeds or the time budget is spent; then the
 * last fault is thrown. Anything that is not a database fault is thrown at once. Whatever is retried must be
 * safe to run twice. The caller's thread waits, which is the point: a chat's next update waits behind this one.
 */
public final class OutageRetry {
    private static final Logger LOG = LoggerFactory.getLogger(OutageRetry.class);
    static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    /** How the retry waits; tests pass one that moves a fake clock instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final Duration budget;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AtomicLong pausesTaken = new AtomicLong();
    private final LongAdder faultsMet = new LongAdder();

    public OutageRetry(Duration budget, Clock clock, Sleeper sleeper) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("A retry budget cannot be negative");
        }
        this.budget = budget;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public OutageRetry(Duration budget) {
        this(budget, Clock.systemUTC(), pause -> Thread.sleep(pause));
    }

    /** Tries once and never waits: for callers that have nobody to keep waiting. */
    public static OutageRetry once() {
        return new OutageRetry(Duration.ZERO);
    }

    /** How many times work waited for the database since start: for operators and tests. */
    public long pausesTaken() {
        return pausesTaken.get();
    }

    /**
     * Database faults met by work run through this retry since start: each attempt that failed because the database
     * was unreachable, timed out, did not confirm a write or could not write its file, whether it was tried again or
     * not (operators' {@code bot_database_errors_total}). Counted where the failure is caught, so a command that
     * succeeds costs nothing here.
     */
    public long faultsMet() {
        return faultsMet.sum();
    }

    /** Starts a budget that several steps of one piece of work share. */
    public Attempts start() {
        return new Attempts(clock.instant().plus(budget));
    }

    public <T> T call(Supplier<T> work) {
        return start().call(work);
    }

    public void run(Runnable work) {
        start().run(work);
    }

    /** One piece of work's share of time: every step run through it stops retrying at the same deadline. */
    public final class Attempts {
        private final Instant deadline;
        private Duration pause = FIRST_PAUSE;

        private Attempts(Instant deadline) {
            this.deadline = deadline;
        }

        public <T> T call(Supplier<T> work) {
            while (true) {
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    if (!DatabaseFault.isFault(e)) {
                        throw e;
                    }
                    faultsMet.increment();
                    Duration left = Duration.between(clock.instant(), deadline);
                    if (!left.isPositive()) {
                        throw e;
                    }
                    Duration wait = pause.compareTo(left) < 0 ? pause : left;
                    // The class only: a driver message names hosts, and nothing about the parent belongs here.
                    LOG.warn("Database unreachable ({}); trying again in {} ms", e.getClass().getName(),
                            wait.toMillis());
                    pausesTaken.incrementAndGet();
                    try {
                        sleeper.sleep(wait);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                    pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) < 0 ? pause.multipliedBy(2) : LONGEST_PAUSE;
                }
            }
        }

        public void run(Runnable work) {
            call(() -> {
                work.run();
                return null;
            });
        }
    }
}
