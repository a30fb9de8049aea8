package org.relactation.bot.outbound;

/**
 * What the outbound queue keeps of a private chat with nothing to send, until it forgets it: how much it was sent
 * lately (the fairness weight), the time before which its next message may not start (the chat gap) and when it was
 * last active. Three numbers in arrays keyed by chat id (open addressing, linear probing), where a chat line, its
 * deque and its boxed key took about 180 bytes: after a fan-out to 100,000 chats the queue keeps every chat reached
 * for a minute. Not thread-safe: the queue's loop thread alone uses it.
 */
final class IdleChats {
    /** No chat has id 0 (Telegram's ids are non-zero), so 0 marks an empty slot. */
    private static final long EMPTY = 0;
    private static final int FIRST_CAPACITY = 16;

    /** What is kept of one chat. */
    record Kept(double lately, long notBefore, long lastActive) {
    }

    private long[] chats = new long[FIRST_CAPACITY];
    private double[] lately = new double[FIRST_CAPACITY];
    private long[] notBefore = new long[FIRST_CAPACITY];
    private long[] lastActive = new long[FIRST_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    /** Keeps {@code chat} (non-zero), replacing what was kept of it. */
    void put(long chat, double latelySent, long notBeforeTime, long lastActiveTime) {
        if (chat == EMPTY) {
            throw new IllegalArgumentException("chat id 0");
        }
        if ((size + 1) * 4L > chats.length * 3L) {
            resize(chats.length * 2);
        }
        int slot = slot(chat);
        if (chats[slot] == EMPTY) {
            chats[slot] = chat;
            size++;
        }
        lately[slot] = latelySent;
        notBefore[slot] = notBeforeTime;
        lastActive[slot] = lastActiveTime;
    }

    /** What was kept of {@code chat}, now forgotten here; null when nothing was. */
    Kept take(long chat) {
        if (chat == EMPTY || size == 0) {
            return null;
        }
        int slot = slot(chat);
        if (chats[slot] == EMPTY) {
            return null;
        }
        Kept kept = new Kept(lately[slot], notBefore[slot], lastActive[slot]);
        remove(slot);
        return kept;
    }

    /** Forgets the chats last active {@code idle} nanoseconds or more before {@code now} (clock readings). */
    void forgetIdle(long now, long idle) {
        long[] oldChats = chats;
        double[] oldLately = lately;
        long[] oldNotBefore = notBefore;
        long[] oldLastActive = lastActive;
        int kept = 0;
        for (int i = 0; i < oldChats.length; i++) {
            if (oldChats[i] != EMPTY && now - oldLastActive[i] <= idle) {
                kept++;
            }
        }
        int capacity = FIRST_CAPACITY;
        while (kept * 4L > capacity * 3L) {
            capacity *= 2;
        }
        allocate(capacity);
        for (int i = 0; i < oldChats.length; i++) {
            if (oldChats[i] != EMPTY && now - oldLastActive[i] <= idle) {
                put(oldChats[i], oldLately[i], oldNotBefore[i], oldLastActive[i]);
            }
        }
    }

    /** The slot of {@code chat}, or the empty slot where it would go. */
    private int slot(long chat) {
        int mask = chats.length - 1;
        int slot = hash(chat) & mask;
        while (chats[slot] != EMPTY && chats[slot] != chat) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int hash(long chat) {
        long mixed = chat * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    /** Empties {@code slot}, moving back the chats after it that probed past it (no tombstones). */
    private void remove(int slot) {
        int mask = chats.length - 1;
        int hole = slot;
        int next = (slot + 1) & mask;
        while (chats[next] != EMPTY) {
            int home = hash(chats[next]) & mask;
            // The chat at next may fill the hole unless its home lies cyclically in (hole, next].
            boolean movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (movable) {
                chats[hole] = chats[next];
                lately[hole] = lately[next];
                notBefore[hole] = notBefore[next];
                lastActive[hole] = lastActive[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        chats[hole] = EMPTY;
        size--;
    }

    private void resize(int capacity) {
        long[] oldChats = chats;
        double[] oldLately = lately;
        long[] oldNotBefore = notBefore;
        long[] oldLastActive = lastActive;
        allocate(capacity);
        for (int i = 0; i < oldChats.length; i++) {
            if (oldChats[i] != EMPTY) {
                put(oldChats[i], oldLately[i], oldNotBefore[i], oldLastActive[i]);
            }
        }
    }

    private void allocate(int capacity) {
        chats = new long[capacity];
        lately = new double[capacity];
        notBefore = new long[capacity];
        lastActive = new long[capacity];
        size = 0;
    }
}
