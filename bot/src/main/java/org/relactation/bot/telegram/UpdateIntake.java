package org.relactation.bot.telegram;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.ChatLanes;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.operations.Metrics;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What happens to updates from Telegram, however they arrive (long polling or webhook): translated, handled by
 * the core (different chats in parallel, one chat in order), made durable, then answered through the outbox.
 */
final class UpdateIntake {
    private final UpdateTranslator translator;
    private final Router router;
    private final ChatLanes lanes;
    private final Runnable beforeReplies;
    private final Outbox outbox;
    private final Metrics metrics;
    private final boolean waitForReplies;
    private final Duration replyWait;
    private final Duration warningWait;
    /** How long a batch waits for its warnings to be sent before it is confirmed anyway. */
    static final Duration WARNING_WAIT = Duration.ofSeconds(30);
    /**
     * How long a batch waits for its other replies to be sent before it is confirmed anyway: long enough for
     * Telegram's usual answer, short enough that a chat waiting out a 429 holds up nobody else's updates.
     */
    static final Duration REPLY_WAIT = Duration.ofSeconds(1);

    /**
     * @param beforeReplies  run after an update is handled and before its replies go out: makes its writes
     *                       durable, so that a reply saying "saved" is never sent for a write a crash could lose
     * @param waitForReplies whether each update waits for its replies however long they take (webhook: the next
     *                       update of the parent may go to another instance) or the batch waits for them, for a
     *                       bounded time (long polling)
     */
    UpdateIntake(Clock clock, Router router, ChatLanes lanes, Runnable beforeReplies, Outbox outbox,
                 Metrics metrics, boolean waitForReplies) {
        this(clock, router, lanes, beforeReplies, outbox, metrics, waitForReplies, REPLY_WAIT, WARNING_WAIT);
    }

    UpdateIntake(Clock clock, Router router, ChatLanes lanes, Runnable beforeReplies, Outbox outbox,
                 Metrics metrics, boolean waitForReplies, Duration replyWait, Duration warningWait) {
        this.replyWait = replyWait;
        this.warningWait = warningWait;
        this.translator = new UpdateTranslator(clock);
        this.router = router;
        this.lanes = lanes;
        this.beforeReplies = beforeReplies;
        this.outbox = outbox;
        this.metrics = metrics;
        this.waitForReplies = waitForReplies;
    }

    /**
     * Handles a batch of updates; returns when every one of them is handled and stored and its replies are sent.
     * With long polling, returning confirms the batch to Telegram, so a crash right after loses nothing: neither
     * a log nor the reply saying it was saved. A chat whose replies are held up (Telegram slow, a 429) keeps the
     * batch waiting at most {@link #REPLY_WAIT} ({@link #WARNING_WAIT} for a warning sign's answer); what is still
     * queued then goes out as soon as it can, without stalling the other parents' updates.
     */
    void accept(List<Update> updates) {
        long arrived = System.nanoTime();
        List<Inbound> inbounds = updates.stream().map(translator::translate).flatMap(Optional::stream).toList();
        Queue<CompletableFuture<Outbox.Delivery>> replies = new ConcurrentLinkedQueue<>();
        Queue<CompletableFuture<Outbox.Delivery>> warnings = new ConcurrentLinkedQueue<>();
        lanes.run(inbounds, inbound -> {
            // Made durable inside handle, so a database outage there is retried with the update, not reported late.
            Router.Handled handled = router.handleUpdate(inbound, beforeReplies);
            CompletableFuture<Outbox.Delivery> sent = outbox.submit(handled.all());
            if (waitForReplies) {
                sent.join();
            } else {
                (handled.warnings().isEmpty() ? replies : warnings).add(sent);
            }
            metrics.updateHandled(Duration.ofNanos(System.nanoTime() - arrived));
        });
        long start = System.nanoTime();
        awaitAll(warnings, start + warningWait.toNanos());
        awaitAll(replies, start + replyWait.toNanos());
    }

    private static void awaitAll(Queue<CompletableFuture<Outbox.Delivery>> deliveries, long deadline) {
        for (CompletableFuture<Outbox.Delivery> sent : deliveries) {
            try {
                sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // Still queued (Telegram slow or down): it goes out as soon as it can; polling must not stall.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
