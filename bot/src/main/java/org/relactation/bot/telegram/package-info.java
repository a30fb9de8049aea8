/**
 * The Telegram adapter: long polling through TelegramBots against a configurable Bot API address, translation of
 * updates into {@link org.relactation.bot.conversation.Inbound}s and of
 * {@link org.relactation.bot.conversation.Action}s into Bot API calls, and the command menu.
 * The only package that imports TelegramBots types. Depends on conversation, content and config.
 */
package org.relactation.bot.telegram;
