/**
 * Everything the bot sends goes through one {@link org.relactation.bot.outbound.OutboundQueue}: a global rate
 * limit, a least gap between two messages in one chat and a limit per group, the order of each chat kept, fair
 * turns between chats (replies before reminders), 429 retry_after honoured and transient faults retried with
 * backoff and jitter; its clock and scheduler are arguments, so tests run it in simulated time.
 * Transport-independent: a {@link org.relactation.bot.outbound.Transmitter} carries one action (the Telegram one
 * lives in {@code telegram}). The answers to updates go through a durable outbox first
 * ({@link org.relactation.bot.outbound.DurableOutbox}, its collection in {@link org.relactation.bot.outbound.OutboxStore}):
 * written with the update's data, sent through the queue, removed once Telegram took them; the removals of the
 * messages that went out together share one commit ({@link org.relactation.bot.outbound.RemovalCommits}).
 *
 * <p>Depends on: conversation (Action, Outbox, Router's answer), parent (the updates handled, kept in the
 * parent's record), storage (the database, the outbox's collection).
 */
package org.relactation.bot.outbound;
