package org.relactation.bot.conversation;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Flood control per chat: a token bucket (Bucket4j) of {@code perMinute} messages a minute with the same burst.
 * Past it, the first refused message of a minute gets a polite note and the rest are dropped without touching
 * the database, so one chat sending hundreds of messages costs the others almost nothing.
 * Buckets of chats that have been quiet for a while are forgotten, so memory follows the active chats only.
 */
public final class FloodGuard {
    /** What to do with one inbound event. */
    public enum Verdict { ALLOW, WARN, DROP }

    static final Duration WARN_EVERY = Duration.ofMinutes(1);
    static final Duration FORGET_AFTER = Duration.ofMinutes(10);
    private static final int SWEEP_EVERY = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final TimeMeter meter;
    private final Map<Long, Chat> chats = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    private record Chat(Bucket bucket, long lastSeenMillis, long warnedAtMillis) {
    }

    public FloodGuard(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    public Verdict check(long chatId) {
        long now = clock.millis();
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            chats.values().removeIf(chat -> now - chat.lastSeenMillis() > FORGET_AFTER.toMillis());
        }
        Verdict[] verdict = new Verdict[1];
        chats.compute(chatId, (id, chat) -> {
            Bucket bucket = chat != null ? chat.bucket() : newBucket();
            long warnedAt = chat != null ? chat.warnedAtMillis() : Long.MIN_VALUE;
            if (bucket.tryConsume(1)) {
                verdict[0] = Verdict.ALLOW;
            } else if (warnedAt == Long.MIN_VALUE || now - warnedAt >= WARN_EVERY.toMillis()) {
                verdict[0] = Verdict.WARN;
                warnedAt = now;
            } else {
                verdict[0] = Verdict.DROP;
            }
            return new Chat(bucket, now, warnedAt);
        });
        return verdict[0];
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(meter).build();
    }
}
