/**
 * The database. {@link org.relactation.bot.storage.Database} connects to MONGODB_URI or starts the embedded
 * wire-protocol server; {@link org.relactation.bot.storage.Schema} names every collection and creates its indexes;
 * stores, each kept with the capability whose records it holds (parent, logbook, reminders, encouragement; the
 * buttons shown, here), expose small named methods scoped by Telegram user id, built on single-document atomic
 * operations (no transactions: the embedded server has none). {@link org.relactation.bot.storage.DatabaseFault}
 * tells an unreachable database from a bug, and {@link org.relactation.bot.storage.OutageRetry} waits out a short
 * outage for whoever must not give up at once. The embedded file is checked and copied at start-up, opened again
 * after a write error, and written anew after an erasure ({@code EmbeddedFiles}, {@code EmbeddedMongo}); it is
 * committed by a group commit ({@code GroupCommit}): those who ask while a commit is written share the next one, as
 * the records of the buttons shown share one bulk write ({@code GroupWrite}, which both are).
 *
 * <p>Depends on: config.
 */
package org.relactation.bot.storage;
