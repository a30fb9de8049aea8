/**
 * The transport-independent core: an {@link org.relactation.bot.conversation.Inbound} goes in, a list of
 * {@link org.relactation.bot.conversation.Action}s comes out. {@link org.relactation.bot.conversation.Router} is the
 * entry: the capabilities register their handlers there, and every update goes through the stages that
 * {@code Pipeline} declares in order (safety, flood, edits; then, retried through a database outage, genuine buttons,
 * groups, parent, duplicate, interpret, handle; then the reply), each a small class with one job.
 * {@link org.relactation.bot.conversation.ChatLanes} runs different chats in parallel and one chat in order (a batch,
 * or one event at a time when the caller keeps the order, as the inbox's turns do). The
 * handler types every capability implements (Command, ButtonHandler, TextHandler, Flow, SetUp, Safeguard) and /help
 * and /about live here. Never imports Telegram types.
 *
 * <p>Depends on: content, parent (the parent's record, the kept update ids), storage (the outage retry, the buttons
 * shown).
 */
package org.relactation.bot.conversation;
