package org.relactation.bot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/** Where the bot's actions go out: the transport's outbound queue (rate-limited, retried, in order per chat). */
public interface Outbox {

    /**
     * How sending ended: delivered, refused for good by the parent (blocked the bot), failed after retries, or
     * skipped because the step before sending said it was no longer wanted.
     */
    enum Delivery { DELIVERED, BLOCKED, FAILED, SKIPPED }

    /** Sends one chat's actions in order and waits; stops at the first that could not be delivered and says why. */
    Delivery send(List<Action> actions);

    /** Queues one chat's actions without waiting; the future says how sending ended. */
    default CompletableFuture<Delivery> submit(List<Action> actions) {
        return CompletableFuture.completedFuture(send(actions));
    }

    /**
     * Queues one chat's actions; {@code beforeSending} runs when they are about to go out (not when queued) and
     * may call them off by returning false. What the bot starts by itself records "sent" there, durably, so
     * that neither a second instance nor a restart sends it again. Such actions go out after replies to parents
     * who just wrote, when both wait.
     */
    default CompletableFuture<Delivery> submit(List<Action> actions, BooleanSupplier beforeSending) {
        return beforeSending.getAsBoolean() ? submit(actions) : CompletableFuture.completedFuture(Delivery.SKIPPED);
    }

    /**
     * At least how long actions submitted now for this chat would wait behind the chat's own messages already
     * queued (one chat gets about one message a second): a caller need not wait that long for them to go out.
     * Zero when nothing waits, or when the outbox cannot tell.
     */
    default Duration queuedAhead(long chatId) {
        return Duration.ZERO;
    }

    /** How many more messages may be queued now: what the bot starts by itself claims no more than this. */
    default int room() {
        return Integer.MAX_VALUE;
    }
}
