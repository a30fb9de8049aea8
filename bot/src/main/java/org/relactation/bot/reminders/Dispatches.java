package org.relactation.bot.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a run's queued messages, so that a run ends with its reminders sent and their next ones set. */
final class Dispatches {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatches.class);

    private Dispatches() {
    }

    /**
     * Waits for the queued sends, at most {@code within} in all (what is still out then finishes on its own and
     * records its outcome later); returns how many were delivered by then.
     */
    static int awaitSent(List<CompletableFuture<Boolean>> queued, Duration within) {
        try {
            CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Some queued messages were still out after {}; they finish on their own", within);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("Recording a sent message failed: {}", e.getCause().getClass().getName());
        }
        return (int) queued.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally() && f.join()).count();
    }
}
