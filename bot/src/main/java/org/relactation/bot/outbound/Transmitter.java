package org.relactation.bot.outbound;

import org.relactation.bot.conversation.Action;

import java.util.concurrent.CompletableFuture;

/** Carries out one action; the future fails with a {@link SendFault} that says whether and when to retry. */
@FunctionalInterface
public interface Transmitter {
    CompletableFuture<Void> transmit(Action action);
}
