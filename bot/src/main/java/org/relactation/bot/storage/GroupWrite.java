package org.relactation.bot.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes asked for at the same moment, written together: a caller hands its item and returns once a write that holds
 * it has ended (one that began after the call), or throws that write's failure. Whoever finds no write under way
 * writes what waits; those who come meanwhile wait for it to end, and then one of them writes all of theirs. Nobody
 * waits for anything but the write under way and its own (no linger): alone, a caller writes at once; in a crowd, one
 * write serves many. The items of one write keep the order they came in. A failed write fails every caller that
 * shared it (each retries on its own, if it does, joining a later one). The embedded file's group commit
 * ({@link GroupCommit}) is one; the records of the buttons shown ({@link KeyboardStore}) another.
 * <p>
 * Its lock is a {@link ReentrantLock}, not a monitor: the outbox's removals ask for commits from the queue's virtual
 * threads, which a monitor's wait would pin to their carrier on Java 21. A caller interrupted while it waits goes on
 * waiting (what it wrote is acknowledged elsewhere, and must not be reported written before it is), its interrupt
 * kept.
 *
 * @param <T> what one caller writes
 */
final class GroupWrite<T> {
    private final Consumer<List<T>> write;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ended = lock.newCondition();
    /** The items that wait for the next write. */
    private Batch<T> open = new Batch<>();
    private boolean writing;
    private long writes;
    private long callers;

    private static final class Batch<T> {
        final List<T> items = new ArrayList<>();
        boolean done;
        RuntimeException failure;
    }

    /** @param write writes the items given, in one command, in their order */
    GroupWrite(Consumer<List<T>> write) {
        this.write = write;
    }

    /** Writes {@code item}, with those of the callers that came while a write was under way. */
    void write(T item) {
        Batch<T> mine;
        lock.lock();
        try {
            callers++;
            mine = open;
            mine.items.add(item);
            while (writing && !mine.done) {
                ended.awaitUninterruptibly();
            }
            if (mine.done) {
                throwIfFailed(mine);
                return;
            }
            // Nobody writes, and this batch was not written: this caller writes it.
            writing = true;
            open = new Batch<>();
        } finally {
            lock.unlock();
        }
        RuntimeException failure = null;
        try {
            write.accept(mine.items);
        } catch (RuntimeException e) {
            failure = e;
        }
        lock.lock();
        try {
            mine.failure = failure;
            mine.done = true;
            writes++;
            writing = false;
            ended.signalAll();
        } finally {
            lock.unlock();
        }
        throwIfFailed(mine);
    }

    /** Writes made so far. */
    long writes() {
        lock.lock();
        try {
            return writes;
        } finally {
            lock.unlock();
        }
    }

    /** Calls made so far: with {@link #writes()}, how many callers a write served. */
    long callers() {
        lock.lock();
        try {
            return callers;
        } finally {
            lock.unlock();
        }
    }

    /** How many callers wait for the next write while one is under way (for tests). */
    int waiting() {
        lock.lock();
        try {
            return open.items.size();
        } finally {
            lock.unlock();
        }
    }

    private static void throwIfFailed(Batch<?> batch) {
        if (batch.failure != null) {
            throw batch.failure;
        }
    }
}
