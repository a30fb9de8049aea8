/**
 * The transport-independent core: an {@link org.relactation.bot.conversation.Inbound} goes in, a list of
 * {@link org.relactation.bot.conversation.Action}s comes out. {@link org.relactation.bot.conversation.Router}
 * picks the handler; {@link org.relactation.bot.conversation.ChatLanes} runs different chats in parallel and
 * one chat in order. Never imports Telegram types. Depends on content and storage.
 */
package org.relactation.bot.conversation;
