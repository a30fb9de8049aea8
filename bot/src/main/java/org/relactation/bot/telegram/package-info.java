/**
 * The Telegram adapter: long polling (our own poller, reading each update on its own into TelegramBots' types), or
 * a webhook on the JDK's HTTP server, against a configurable Bot API address; translation of updates into {@link org.relactation.bot.conversation.Inbound}s
 * and of {@link org.relactation.bot.conversation.Action}s into Bot API calls (through the outbound queue), and the
 * command menu. The only package that imports TelegramBots types.
 *
 * <p>Depends on: config, content, conversation, operations (metrics), outbound (the queue and its transmitter).
 */
package org.relactation.bot.telegram;
