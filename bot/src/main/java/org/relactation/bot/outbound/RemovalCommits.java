package org.relactation.bot.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.function.Consumer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One delete and one commit for the removals of the messages that went out together. A sent message leaves the
 * outbox durably before its chat's next message goes; made durable one by one, those removals were about half of all
 * commits. Here a removal waits (at most the linger) for the other kept messages in flight to Telegram to be removed
 * too, and then one of them writes the removals of all (one delete) and asks for the commit: each returns only after
 * a commit that began after its removal was written, as before, but the chats that were sent to at the same moment
 * share the delete and the commit (and, through the database's group commit, share it with the updates being
 * committed then). A message in flight is one taken just before it went out ({@link #sending}) and not yet removed;
 * one whose send failed and waits for a retry delays the others by the linger at most. A failed delete or commit
 * fails every removal that shared it (each retries).
 * <p>
 * Its locks are {@link ReentrantLock}s, not monitors, because the removals wait on the queue's virtual threads.
 */
final class RemovalCommits {
    private final Consumer<List<String>> delete;
    private final Runnable makeDurable;
    private final Duration linger;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Kept messages taken to go out whose removal has not been written yet. */
    private final Set<String> sending = new HashSet<>();
    /** The removals waiting for the next commit: released when nothing else is in flight or the linger is over. */
    private Batch open = new Batch();

    /** Removals committed together. */
    private static final class Batch {
        final List<String> ids = new ArrayList<>();
        boolean released;
        boolean committed;
        RuntimeException failure;
    }

    /**
     * @param delete      removes these messages from the outbox, in one write
     * @param makeDurable makes acknowledged writes durable (the embedded file's group commit)
     * @param linger      how long a removal waits for the other messages in flight; zero when nothing is committed
     */
    RemovalCommits(Consumer<List<String>> delete, Runnable makeDurable, Duration linger) {
        this.delete = delete;
        this.makeDurable = makeDurable;
        this.linger = linger;
    }

    /** The kept message {@code id} is about to go out: its removal will come, and the others may wait for it. */
    void sending(String id) {
        lock.lock();
        try {
            sending.add(id);
        } finally {
            lock.unlock();
        }
    }

    /** The removals of {@code ids} could not be written (left in the outbox): nobody waits for them any more. */
    void abandoned(List<String> ids) {
        lock.lock();
        try {
            ids.forEach(sending::remove);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes {@code ids} from the outbox: returns once their removal is written and a commit that began after that
     * has ended, both shared with the other removals that came meanwhile; throws the failure of either.
     */
    void remove(List<String> ids) {
        Batch mine;
        boolean interrupted = false;
        lock.lock();
        try {
            ids.forEach(sending::remove);
            mine = open;
            mine.ids.addAll(ids);
            long deadline = System.nanoTime() + linger.toNanos();
            while (!mine.released && !sending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    changed.awaitNanos(left);
                } catch (InterruptedException e) {
                    interrupted = true;
                    break;
                }
            }
            if (mine.released) {
                // Another removal of this batch asks for the commit: wait for it, whatever happens (this removal is
                // acknowledged, and must not be reported durable before it is).
                while (!mine.committed) {
                    changed.awaitUninterruptibly();
                }
                restore(interrupted);
                throwIfFailed(mine);
                return;
            }
            mine.released = true;
            open = new Batch();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        RuntimeException failure = null;
        try {
            delete.accept(mine.ids);
            makeDurable.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        lock.lock();
        try {
            mine.failure = failure;
            mine.committed = true;
            changed.signalAll();
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

    private static void throwIfFailed(Batch batch) {
        if (batch.failure != null) {
            throw batch.failure;
        }
    }
}
