package org.relactation.bot.storage;

/**
 * Group commit: whoever needs the writes made so far to be durable calls {@link #commit}, and the calls that come
 * while a commit is being written share the next one. The first caller commits at once; those arriving meanwhile wait
 * for it to end, then one of them commits for them all. So a caller returns only after a commit that began after it
 * called (its writes are in it), and waits at most for the commit in progress and its own: never for a whole batch
 * of updates, whatever they do. Under load, the file is committed once per group of updates handled while the last
 * commit was written, instead of once per update. A failed commit fails every caller that shared it (each retries
 * on its own, joining a later one). A {@link GroupWrite} whose write is the commit.
 */
final class GroupCommit {
    private final GroupWrite<Boolean> group;

    GroupCommit(Runnable commit) {
        this.group = new GroupWrite<>(callers -> commit.run());
    }

    /** Returns once a commit that began after this call has ended; throws that commit's failure. */
    void commit() {
        group.write(Boolean.TRUE);
    }

    /** Commits written so far. */
    long commits() {
        return group.writes();
    }

    /** Calls made so far: with {@link #commits()}, how many callers a commit served. */
    long callers() {
        return group.callers();
    }

    /** Callers waiting for the next commit while one is written (for tests). */
    int waiting() {
        return group.waiting();
    }
}
