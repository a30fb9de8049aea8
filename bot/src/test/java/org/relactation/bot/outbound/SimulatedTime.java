package org.relactation.bot.outbound;

import java.time.Duration;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A clock and a single-threaded scheduler in simulated time, for running an {@link OutboundQueue} exactly: nothing
 * happens until the test moves time on ({@link #advance}, {@link #runUntilIdle}), and then every task runs on the
 * test's thread, at its own simulated moment, in order. Tasks given to {@link #execute} run at the current moment
 * when time is next moved (even by zero); {@link #submit(Runnable)} runs at once, for a caller outside the loop
 * that waits for the answer ({@link OutboundQueue#close}).
 */
final class SimulatedTime extends AbstractExecutorService implements ScheduledExecutorService, LongSupplier {
    private record Task(long at, long order, Runnable work) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at() != b.at()
            ? Long.compare(a.at(), b.at()) : Long.compare(a.order(), b.order()));
    private long now;
    private long order;
    private boolean shutdown;

    /** Runs the reports of outcomes and the step before sending on the loop too: every effect is in order. */
    static final Executor DIRECT = Runnable::run;

    /** The current simulated time, in nanoseconds since the start. */
    @Override
    public long getAsLong() {
        return now;
    }

    /** The current simulated time since the start. */
    Duration elapsed() {
        return Duration.ofNanos(now);
    }

    /** Runs every task due up to {@code duration} from now, each at its moment; time then stands there. */
    void advance(Duration duration) {
        runUntil(now + duration.toNanos());
    }

    /** Runs until nothing is scheduled any more; time stands at the last task's moment. */
    void runUntilIdle() {
        runUntil(Long.MAX_VALUE);
    }

    private void runUntil(long end) {
        while (!tasks.isEmpty() && tasks.peek().at() <= end) {
            Task task = tasks.poll();
            now = Math.max(now, task.at());
            task.work().run();
        }
        if (end != Long.MAX_VALUE) {
            now = Math.max(now, end);
        }
    }

    @Override
    public void execute(Runnable command) {
        add(now, command);
    }

    @Override
    public Future<?> submit(Runnable task) {
        FutureTask<Void> future = new FutureTask<>(task, null);
        future.run();
        return future;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        long at = now + Math.max(0, unit.toNanos(delay));
        add(at, command);
        return new Scheduled(at);
    }

    private void add(long at, Runnable work) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        tasks.add(new Task(at, order++, work));
    }

    /** Only what the queue needs: its future is never looked at. */
    private final class Scheduled implements ScheduledFuture<Object> {
        private final long at;

        Scheduled(long at) {
            this.at = at;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - now, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return at <= now;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                                                     TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        tasks.clear();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
