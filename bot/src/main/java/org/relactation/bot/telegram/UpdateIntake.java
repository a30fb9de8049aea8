package org.relactation.bot.telegram;

import org.relactation.bot.conversation.ChatLanes;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.operations.Metrics;
import org.relactation.bot.outbound.DurableOutbox;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What happens to updates posted to the webhook (long polling stores them in the inbox instead, see
 * {@link InboxWorkers}; this class still takes a batch, as the tests give it): translated, handled by
 * the core (different chats in parallel, one chat in order), made durable, then answered through the outbox. The
 * worker threads only handle: waiting for the replies to be sent happens on the caller's thread (the poller, or the
 * webhook request), for a bounded time, so chats whose replies are held up (a 429) never take the workers away
 * from other chats. An update is claimed before it is handled: a copy that arrives while it is in hand (a webhook
 * post repeated at once) waits for it and is not handled again.
 */
final class UpdateIntake {
    private final UpdateTranslator translator;
    private final Router router;
    private final ChatLanes lanes;
    private final Runnable beforeReplies;
    private final Outbox outbox;
    private final DurableOutbox durable;
    private final Metrics metrics;
    private final Duration replyWait;
    private final Duration warningWait;
    /** The updates in hand in this process, by update id, each with what its copies wait for. */
    private final ConcurrentMap<Integer, CompletableFuture<Void>> inHand = new ConcurrentHashMap<>();
    /** How long a batch waits for its warnings to be sent before it is confirmed anyway. */
    static final Duration WARNING_WAIT = Duration.ofSeconds(30);
    /**
     * How long a webhook request waits for its replies to be sent before it is answered anyway: long, because once it
     * is answered the parent's next update may go to another instance, whose reply must not overtake this one. It
     * holds a request, never a worker.
     */
    static final Duration WEBHOOK_REPLY_WAIT = Duration.ofSeconds(10);

    /**
     * @param beforeReplies run after an update is handled and before its replies go out: makes its writes
     *                      durable, so that a reply saying "saved" is never sent for a write a crash could lose
     * @param replyWait     how long {@link #accept} waits for replies to be sent (see {@link #WEBHOOK_REPLY_WAIT})
     * @param warningWait   the same for a warning sign's answer
     */
    UpdateIntake(Clock clock, Router router, ChatLanes lanes, Runnable beforeReplies, Outbox outbox,
                 Metrics metrics, Duration replyWait, Duration warningWait) {
        this(clock, router, lanes, beforeReplies, outbox, null, metrics, replyWait, warningWait);
    }

    /**
     * @param durable the outbox answers are kept in with the update's data (sent through {@code outbox}); null to
     *                send straight through {@code outbox}
     */
    UpdateIntake(Clock clock, Router router, ChatLanes lanes, Runnable beforeReplies, Outbox outbox,
                 DurableOutbox durable, Metrics metrics, Duration replyWait, Duration warningWait) {
        this.durable = durable;
        this.replyWait = replyWait;
        this.warningWait = warningWait;
        this.translator = new UpdateTranslator(clock);
        this.router = router;
        this.lanes = lanes;
        this.beforeReplies = beforeReplies;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /**
     * Handles a batch of updates; returns when every one of them is handled and stored and its replies are sent.
     * Returning answers the webhook request, so a crash right after loses nothing: neither a log nor the reply saying
     * it was saved. A chat whose replies are held up (Telegram slow, a 429) keeps the
     * batch waiting at most the reply wait (the warning wait for a warning sign's answer); what is still queued
     * then goes out as soon as it can, without stalling the other parents' updates. A reply queued behind more of
     * its own chat's messages than can go out within that wait (a chat that keeps writing) is not waited for at
     * all: it could not be sent in time, and the wait would hold up every other chat.
     *
     * @return false when another instance holds one of the updates (it answers it): Telegram should post it again
     *         later, in case that instance does not live to finish
     */
    boolean accept(List<Update> updates) {
        long arrived = System.nanoTime();
        CompletableFuture<Void> done = new CompletableFuture<>();
        List<Update> mine = new ArrayList<>(updates.size());
        List<CompletableFuture<Void>> copies = new ArrayList<>();
        for (Update update : updates) {
            CompletableFuture<Void> held = inHand.putIfAbsent(update.getUpdateId(), done);
            if (held == null) {
                mine.add(update);
            } else {
                copies.add(held);
            }
        }
        boolean handledHere;
        try {
            handledHere = handle(mine, arrived);
        } finally {
            mine.forEach(update -> inHand.remove(update.getUpdateId(), done));
            done.complete(null);
        }
        // A copy is answered (200) only once the update it copies is done: were this process to die first,
        // Telegram would post it again.
        copies.forEach(CompletableFuture::join);
        return handledHere;
    }

    private boolean handle(List<Update> updates, long arrived) {
        List<Inbound> inbounds = updates.stream().map(translator::translate).flatMap(Optional::stream).toList();
        Queue<CompletableFuture<Outbox.Delivery>> replies = new ConcurrentLinkedQueue<>();
        Queue<CompletableFuture<Outbox.Delivery>> warnings = new ConcurrentLinkedQueue<>();
        AtomicBoolean handledHere = new AtomicBoolean(true);
        lanes.run(inbounds, inbound -> {
            // Made durable inside handle, so a database outage there is retried with the update, not reported late.
            DurableOutbox.Reply reply = durable == null ? null : durable.reply(inbound.userId(), inbound.chatId(),
                    inbound.updateId());
            Router.Handled handled = reply == null ? router.handleUpdate(inbound, beforeReplies)
                    : router.handleUpdate(inbound, reply::keep, beforeReplies);
            if (handled.elsewhere()) {
                handledHere.set(false);
                return;
            }
            Duration ahead = outbox.queuedAhead(inbound.chatId());
            CompletableFuture<Outbox.Delivery> sent = reply == null ? outbox.submit(handled.all())
                    : reply.send(handled.all());
            boolean warning = !handled.warnings().isEmpty();
            // Behind its own chat's queue for longer than the batch would wait, a reply cannot go out in time:
            // waiting for it would only hold up every other chat's next updates.
            if (ahead.compareTo(warning ? warningWait : replyWait) < 0) {
                (warning ? warnings : replies).add(sent);
            }
            metrics.updateHandled(Duration.ofNanos(System.nanoTime() - arrived));
        });
        // Off the worker threads: they are free for other chats while these replies go out.
        long start = System.nanoTime();
        awaitAll(warnings, start + warningWait.toNanos());
        awaitAll(replies, start + replyWait.toNanos());
        return handledHere.get();
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
