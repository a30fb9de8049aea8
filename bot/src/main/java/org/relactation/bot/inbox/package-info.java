/**
 * The inbox: updates read from Telegram are stored here durably before Telegram is told they arrived, so reading
 * runs ahead of handling; handling takes them fairly across chats (chats take turns, one update each, each chat's in
 * order, one at a time), and an update leaves the inbox in the same durable step as its data, or, once its parent's
 * record shows it handled (so that a crash that brought it back would be recognised), with others in one delete.
 * Bounded (the reader waits when it is full); what a killed run left is handled first at the next start.
 * Transport-independent: it holds {@link org.relactation.bot.conversation.Inbound}s.
 *
 * <p>Depends on: conversation (Inbound), storage (the database, the inbox's collection).
 */
package org.relactation.bot.inbox;
