package org.relactation.bot.telegram.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The faults a test asks for: scripted error answers, slow or held answers, dropped connections, users who blocked
 * the bot. Methods are matched case-insensitively; a null method means every method except getUpdates, whose long
 * polls would otherwise swallow the faults meant for the bot's own calls.
 */
final class FaultInjector {
    /** A scripted error answer. */
    record Failure(int errorCode, String description, Integer retryAfter) {
    }

    private static final String ANY = "";

    private final Map<String, Integer> drops = new HashMap<>();
    private final Map<String, ArrayDeque<Failure>> failures = new HashMap<>();
    private final Map<String, Duration> delays = new HashMap<>();
    private final Map<String, CountDownLatch> holds = new HashMap<>();
    private final Set<Long> blocked = new HashSet<>();
    private volatile boolean unreachable;

    synchronized void failNext(String method, int times, Failure failure) {
        var queue = failures.computeIfAbsent(key(method), k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(failure);
        }
    }

    synchronized void dropNext(String method, int times) {
        drops.merge(key(method), times, Integer::sum);
    }

    synchronized void slowDown(String method, Duration perCall) {
        if (perCall.isZero() || perCall.isNegative()) {
            delays.remove(key(method));
        } else {
            delays.put(key(method), perCall);
        }
    }

    void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    /** Whether every call is to be dropped, as by a Bot API that cannot be reached. */
    boolean unreachable() {
        return unreachable;
    }

    synchronized void hold(String method) {
        holds.putIfAbsent(key(method), new CountDownLatch(1));
    }

    synchronized void release() {
        holds.values().forEach(CountDownLatch::countDown);
        holds.clear();
    }

    synchronized void block(long userId) {
        blocked.add(userId);
    }

    synchronized void unblock(long userId) {
        blocked.remove(userId);
    }

    synchronized boolean isBlocked(long chatId) {
        return blocked.contains(chatId);
    }

    synchronized void clear() {
        drops.clear();
        failures.clear();
        delays.clear();
        blocked.clear();
        unreachable = false;
        release();
    }

    /** Whether this call's connection is to be dropped; consumes one scripted drop. */
    synchronized boolean takeDrop(String method) {
        for (String key : keysFor(method)) {
            Integer left = drops.get(key);
            if (left != null && left > 0) {
                if (left == 1) {
                    drops.remove(key);
                } else {
                    drops.put(key, left - 1);
                }
                return true;
            }
        }
        return false;
    }

    /** The scripted failure for this call, or null; consumes it. */
    synchronized Failure takeFailure(String method) {
        for (String key : keysFor(method)) {
            var queue = failures.get(key);
            if (queue != null && !queue.isEmpty()) {
                return queue.poll();
            }
        }
        return null;
    }

    synchronized Duration delayFor(String method) {
        for (String key : keysFor(method)) {
            Duration delay = delays.get(key);
            if (delay != null) {
                return delay;
            }
        }
        return Duration.ZERO;
    }

    /** What this call's answer waits for before it goes back, or null. */
    synchronized CountDownLatch holdFor(String method) {
        for (String key : keysFor(method)) {
            CountDownLatch hold = holds.get(key);
            if (hold != null) {
                return hold;
            }
        }
        return null;
    }

    /** The method's own entry first, then the catch-all one, which never applies to getUpdates. */
    private static String[] keysFor(String method) {
        String own = key(method);
        return own.equals("getupdates") ? new String[] {own} : new String[] {own, ANY};
    }

    private static String key(String method) {
        return method == null ? ANY : method.toLowerCase(Locale.ROOT);
    }
}
