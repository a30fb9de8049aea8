/**
 * The transport-independent core: an {@link org.relactation.bot.conversation.Inbound} goes in, a list of
 * {@link org.relactation.bot.conversation.Action}s comes out. {@link org.relactation.bot.conversation.Router}
 * runs the safeguard, flood control, the parent's lookup and the duplicate check, then picks the handler;
 * {@link org.relactation.bot.conversation.ChatLanes} runs different chats in parallel and one chat in order. The
 * handler types every capability implements (Command, ButtonHandler, TextHandler, Flow) and /help and /about live
 * here. Never imports Telegram types.
 *
 * <p>Depends on: content, storage (the parent's record, the kept update ids).
 */
package org.relactation.bot.conversation;
