package org.relactation.bot.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a batch of inbound events: different chats in parallel, the events of one chat one after another in the
 * order they came. {@link #run} returns when the whole batch is done, so the next batch of the same chat can
 * never overtake it. Chats with fewer events in the batch start first: a parent who wrote once is not handled
 * after every message of the chats that keep writing.
 */
public final class ChatLanes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService workers;
    private final AtomicLong completed = new AtomicLong();

    public ChatLanes(int threads) {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "chat-lane-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.workers = Executors.newFixedThreadPool(threads, factory);
    }

    public void run(List<Inbound> batch, Consumer<Inbound> work) {
        Map<Long, List<Inbound>> byChat = new LinkedHashMap<>();
        for (Inbound inbound : batch) {
            byChat.computeIfAbsent(inbound.chatId(), chat -> new ArrayList<>()).add(inbound);
        }
        List<List<Inbound>> bySize = new ArrayList<>(byChat.values());
        // Stable: chats with as many events keep the order they came in.
        bySize.sort(Comparator.comparingInt(List::size));
        List<Future<?>> lanes = new ArrayList<>(bySize.size());
        for (List<Inbound> lane : bySize) {
            lanes.add(workers.submit(() -> lane.forEach(inbound -> runOne(work, inbound))));
        }
        for (Future<?> lane : lanes) {
            awaitUninterruptibly(lane);
        }
    }

    /**
     * Runs one event on a worker, then {@code after} (even when it failed). The caller keeps each chat to one event
     * at a time and gives an event only when a worker is free, so that it decides the order (the inbox's turns).
     */
    public void start(Inbound inbound, Consumer<Inbound> work, Runnable after) {
        workers.execute(() -> {
            try {
                runOne(work, inbound);
            } finally {
                after.run();
            }
        });
    }

    private void runOne(Consumer<Inbound> work, Inbound inbound) {
        try {
            work.accept(inbound);
        } catch (RuntimeException e) {
            LOG.error("Update {} could not be completed: {}", inbound.updateId(), e.getClass().getName(), e);
        } finally {
            completed.incrementAndGet();
        }
    }

    /** How many inbound events have been handled to the end (answered or failed) since start. */
    public long completed() {
        return completed.get();
    }

    /** Shutting down must not abandon a half-handled batch: wait for it even if interrupted. */
    private static void awaitUninterruptibly(Future<?> lane) {
        boolean interrupted = false;
        while (true) {
            try {
                lane.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets in-flight work finish (bounded), then stops the threads. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Some chats were still being handled after 30 s; stopping them");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
