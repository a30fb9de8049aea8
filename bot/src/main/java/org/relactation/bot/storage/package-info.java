/**
 * Owns every MongoDB collection and index. {@link org.relactation.bot.storage.Database} connects to MONGODB_URI
 * or starts the embedded wire-protocol server; stores expose small named methods, scoped by Telegram user id,
 * built on single-document atomic operations (no transactions: the embedded server has none).
 * Depends on config only.
 */
package org.relactation.bot.storage;
