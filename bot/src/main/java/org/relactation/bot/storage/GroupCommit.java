package org.relactation.bot.storage;

/**
 * Group commit: whoever needs the writes made so far to be durable calls {@link #commit}, and the calls that come
 * while a commit is being written share the next one. The first caller commits at once; those arriving meanwhile wait
 * for it to end, then one of them commits for them all. So a caller returns only after a commit that began after it
 * called (its writes are in it), and waits at most for the commit in progress and its own: never for a whole batch
 * of updates, whatever they do. Under load, the file is committed once per group of updates handled while the last
 * commit was written, instead of once per update. A failed commit fails every caller that shared it (each retries
 * on its own, joining a later one).
 */
final class GroupCommit {
    private final Runnable commit;
    private final Object lock = new Object();
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
        synchronized (lock) {
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
                    lock.wait();
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
        }
        RuntimeException failure = null;
        try {
            commit.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (lock) {
            mine.failure = failure;
            mine.finished = true;
            commits++;
            current = next;
            next = null;
            lock.notifyAll();
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
        synchronized (lock) {
            return commits;
        }
    }

    /** Calls made so far: with {@link #commits()}, how many callers a commit served. */
    long callers() {
        synchronized (lock) {
            return callers;
        }
    }

    /** Callers waiting for the next commit while one is written (for tests). */
    int waiting() {
        synchronized (lock) {
            return next == null ? 0 : next.members;
        }
    }
}
