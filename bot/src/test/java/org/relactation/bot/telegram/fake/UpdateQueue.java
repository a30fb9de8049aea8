package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bot's pending updates and getUpdates, with Telegram's semantics:
 * <ul>
 *   <li>update ids increase from a random start; {@code offset} confirms (forgets) every update below it, a
 *       negative offset keeps only that many of the newest;</li>
 *   <li>{@code timeout} is real long polling: the call returns as soon as an update exists, else [] when the
 *       time is up;</li>
 *   <li>a newer getUpdates ends an older one still waiting with 409 Conflict, as Telegram does when two bot
 *       instances poll;</li>
 *   <li>{@code allowed_updates}, once given, stays in force and filters updates when they are created (so it
 *       does not affect updates already queued); the default excludes chat_member, message_reaction and
 *       message_reaction_count.</li>
 * </ul>
 */
final class UpdateQueue {
    static final int MAX_TIMEOUT_SECONDS = 50;
    private static final Set<String> NOT_BY_DEFAULT = Set.of("chat_member", "message_reaction",
            "message_reaction_count");

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<ObjectNode> pending = new ArrayList<>();
    private int nextUpdateId = ThreadLocalRandom.current().nextInt(100_000, 900_000);
    private Set<String> allowed = Set.of();
    private long pollGeneration;
    private int waitingPolls;
    private boolean closed;

    /** Queues an update, assigning its update_id; returns that id (also when allowed_updates drops it). */
    int enqueue(ObjectNode updateWithoutId) {
        lock.lock();
        try {
            int id = nextUpdateId++;
            if (isAllowed(typeOf(updateWithoutId))) {
                ObjectNode update = Json.object();
                update.put("update_id", id);
                update.setAll(updateWithoutId.deepCopy());
                pending.add(update);
                changed.signalAll();
            }
            return id;
        } finally {
            lock.unlock();
        }
    }

    /**
     * One getUpdates call; waits up to {@code timeoutSeconds} for an update.
     *
     * @param allowedUpdates the allowed_updates parameter, or null when the call did not give it
     */
    List<ObjectNode> poll(long offset, int limit, int timeoutSeconds, List<String> allowedUpdates)
            throws InterruptedException {
        lock.lock();
        try {
            long generation = ++pollGeneration;
            changed.signalAll();
            if (allowedUpdates != null) {
                allowed = new LinkedHashSet<>(allowedUpdates);
            }
            confirm(offset);
            long remaining = TimeUnit.SECONDS.toNanos(timeoutSeconds);
            waitingPolls++;
            try {
                return await(generation, limit, remaining);
            } finally {
                waitingPolls--;
            }
        } finally {
            lock.unlock();
        }
    }

    private List<ObjectNode> await(long generation, int limit, long remaining) throws InterruptedException {
        while (true) {
            if (pollGeneration != generation) {
                throw BotApiError.conflict(
                        "terminated by other getUpdates request; make sure that only one bot instance is running");
            }
            if (closed) {
                return List.of();
            }
            if (!pending.isEmpty()) {
                return pending.stream().limit(limit).map(ObjectNode::deepCopy).toList();
            }
            if (remaining <= 0) {
                return List.of();
            }
            remaining = changed.awaitNanos(remaining);
        }
    }

    /** getUpdates calls inside this fake right now, waiting for updates or about to answer. */
    int waitingPolls() {
        lock.lock();
        try {
            return waitingPolls;
        } finally {
            lock.unlock();
        }
    }

    /** Updates not yet confirmed by an offset (the ones the bot may still receive). */
    int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    /** deleteWebhook with drop_pending_updates, and setWebhook with it. */
    void dropPending() {
        lock.lock();
        try {
            pending.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Removes and returns the pending update with this id, as Telegram does when it posts it to a webhook. */
    Optional<ObjectNode> take(long updateId) {
        lock.lock();
        try {
            Iterator<ObjectNode> iterator = pending.iterator();
            while (iterator.hasNext()) {
                ObjectNode update = iterator.next();
                if (update.get("update_id").asLong() == updateId) {
                    iterator.remove();
                    return Optional.of(update);
                }
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting poll with an empty answer; used when the fake shuts down. */
    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void confirm(long offset) {
        if (offset < 0) {
            int keep = (int) Math.min(pending.size(), -offset);
            pending.subList(0, pending.size() - keep).clear();
            return;
        }
        Iterator<ObjectNode> iterator = pending.iterator();
        while (iterator.hasNext()) {
            if (iterator.next().get("update_id").asLong() < offset) {
                iterator.remove();
            }
        }
    }

    private boolean isAllowed(String type) {
        return allowed.isEmpty() ? !NOT_BY_DEFAULT.contains(type) : allowed.contains(type);
    }

    /** The update's type: its one member besides update_id. */
    static String typeOf(JsonNode update) {
        Iterator<String> names = update.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name;
            }
        }
        return "";
    }
}
