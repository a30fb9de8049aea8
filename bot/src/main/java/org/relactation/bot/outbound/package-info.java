/**
 * Everything the bot sends goes through one {@link org.relactation.bot.outbound.OutboundQueue}: a global rate
 * limit, a least gap between two messages in one chat, the order of each chat kept, 429 retry_after honoured and
 * transient faults retried with backoff. Transport-independent: a {@link org.relactation.bot.outbound.Transmitter}
 * carries one action (the Telegram one lives in {@code telegram}).
 *
 * <p>Depends on: conversation (Action, Outbox).
 */
package org.relactation.bot.outbound;
