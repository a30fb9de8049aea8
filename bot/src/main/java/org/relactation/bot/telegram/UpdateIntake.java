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
    /** How long a batch waits for its warnings to be sent before it is confirmed anyway. */
    static final Duration WARNING_WAIT = Duration.ofSeconds(30);

    /**
     * @param beforeReplies run after an update is handled and before its replies go out: makes its writes
     *                      durable, so that a reply saying "saved" is never sent for a write a crash could lose
     */
    /**
     * @param waitForReplies whether a batch ends only when its replies are sent (webhook: the next update of the
     *                       parent may go to another instance) or when they are queued (long polling)
     */
    UpdateIntake(Clock clock, Router router, ChatLanes lanes, Runnable beforeReplies, Outbox outbox,
                 Metrics metrics, boolean waitForReplies) {
        this.translator = new UpdateTranslator(clock);
        this.router = router;
        this.lanes = lanes;
        this.beforeReplies = beforeReplies;
        this.outbox = outbox;
        this.metrics = metrics;
        this.waitForReplies = waitForReplies;
    }

    /**
     * Handles a batch of updates; returns when every one of them is handled and stored, its replies queued in the
     * outbox (which keeps each chat's order). Sending does not hold up the next batch: a slow Bot API or a chat
     * waiting out a 429 delays only its own chat.
     */
    void accept(List<Update> updates) {
        long arrived = System.nanoTime();
        List<Inbound> inbounds = updates.stream().map(translator::translate).flatMap(Optional::stream).toList();
        lanes.run(inbounds, inbound -> {
            // Made durable inside handle, so a database outage there is retried with the update, not reported late.
            Router.Handled handled = router.handleUpdate(inbound, beforeReplies);
            CompletableFuture<Outbox.Delivery> sent = outbox.submit(handled.all());
            if (waitForReplies) {
                sent.join();
            } else if (!handled.warnings().isEmpty()) {
                // A warning sign's answer is sent before the update is confirmed to Telegram: a crash now would
                // otherwise lose it (a redelivered update is warned about again, but a confirmed one is gone).
                awaitWarning(sent);
            }
            metrics.updateHandled(Duration.ofNanos(System.nanoTime() - arrived));
        });
    }

    private static void awaitWarning(CompletableFuture<Outbox.Delivery> sent) {
        try {
            sent.get(WARNING_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Still queued (Telegram slow or down): it goes out as soon as it can; polling must not stall.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}