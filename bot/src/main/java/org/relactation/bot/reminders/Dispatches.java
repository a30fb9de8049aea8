package org.relactation.bot.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.parent.UserStore;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
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

    /** A message that failed for good is due again this much later. */
    static final Duration RETRY_FAILED = Duration.ofMinutes(1);

    /**
     * Queues one claimed message. Just before it goes out it is recorded as sent (its next due time set), durably,
     * if this instance still holds it, together with the others about to go out at that moment: a restart or a
     * second instance then never sends it again. A parent who
     * blocked the bot is sent nothing more until they write; a send that failed for good is due again later.
     * The future says whether it was delivered.
     */
    static CompletableFuture<Boolean> send(Outbox outbox, Action message, ReminderStore store, UserStore users,
                                           String instance, long userId, Instant next, Instant now) {
        BooleanSupplier markSent = () -> store.recordSent(userId, instance, next);
        return outbox.submit(List.of(message), markSent).thenApply(delivery -> {
            switch (delivery) {
                case DELIVERED, SKIPPED -> { }
                case BLOCKED -> {
                    store.cancel(userId);
                    users.markBlocked(userId, now);
                }
                case FAILED -> {
                    LOG.warn("A scheduled message could not be sent; it is due again in {}", RETRY_FAILED);
                    store.retryLater(userId, next, now.plus(RETRY_FAILED));
                }
            }
            return delivery == Outbox.Delivery.DELIVERED;
        });
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
