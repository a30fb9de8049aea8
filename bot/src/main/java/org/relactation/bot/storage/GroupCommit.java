package org.relactation.bot.storage;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: whoever needs the writes made so far to be durable calls {@link #commit}, and the calls that come
 * while a commit is being written share the next one. The first caller commits at once; those arriving meanwhile wait
 * for it to end, then one of them commits for them all. So a caller returns only after a commit that began after it
 * called (its writes are in it), and waits at most for the commit in progress and its own: never for a whole batch
 * of updates, whatever they do. Under load, the file is committed once per group of updates handled while the last
 * commit was written, instead of once per update. A failed commit fails every caller that shared it (each retries
 * on its own, joining a later one).
 * <p>
 * Its lock is a {@link ReentrantLock}, not a monitor: the outbox's removals ask for commits from the queue's virtual
 * threads, which a monitor's wait would pin to their carrier on Java 21.
 */
final class GroupCommit {
    private final Runnable commit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ended = lock.newCondition();
    /** The commit being written, or null. */
    private Round current;
    /** The callers that came while {@code current} was written: they share the next commit. */
    private Round next;
    private long commits;
    private long callers;

    /** One commit and those who share it. */
    private static final class Round {
        int members;
        boolean started;
        boolean finished;
        RuntimeException failure;
    }

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Returns once a commit that began after this call has ended; throws that commit's failure. */
    void commit() {
        Round mine;
        boolean interrupted = false;
        lock.lock();
        try {
            callers++;
            if (current == null) {
                mine = current = new Round();
            } else {
                if (next == null) {
                    next = new Round();
                }
                mine = next;
            }
            mine.members++;
            while (!mine.finished && (current != mine || mine.started)) {
                try {
                    ended.await();
                } catch (InterruptedException e) {
                    // A caller's writes are acknowledged: it must not return before they are durable.
                    interrupted = true;
                }
            }
            if (mine.finished) {
                restore(interrupted);
                throwIfFailed(mine);
                return;
            }
            mine.started = true;
        } finally {
            lock.unlock();
        }
        RuntimeException failure = null;
        try {
            commit.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        lock.lock();
        try {
            mine.failure = failure;
            mine.finished = true;
            commits++;
            current = next;
            next = null;
            ended.signalAll();
        } finally {
            lock.unlock();
        }
        restore(interrupted);
        throwIfFailed(mine);
    }

    private static void restore(boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void throwIfFailed(Round round) {
        if (round.failure != null) {
            throw round.failure;
        }
    }

    /** Commits written so far. */
    long commits() {
        lock.lock();
        try {
            return commits;
        } finally {
            lock.unlock();
        }
    }

    /** Calls made so far: with {@link #commits()}, how many callers a commit served. */
    long callers() {
        lock.lock();
        try {
            return callers;
        } finally {
            lock.unlock();
        }
    }

    /** Callers waiting for the next commit while one is written (for tests). */
    int waiting() {
        lock.lock();
        try {
            return next == null ? 0 : next.members;
        } finally {
            lock.unlock();
        }
    }
}
