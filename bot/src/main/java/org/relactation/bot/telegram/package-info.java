/**
 * The Telegram adapter: long polling (our own poller, reading each update on its own into TelegramBots' types), or
 * a webhook on the JDK's HTTP server, against a configurable Bot API address; translation of updates into {@link org.relactation.bot.conversation.Inbound}s
 * and of {@link org.relactation.bot.conversation.Action}s into Bot API calls (through the outbound queue), and the
 * command menu. The only package that imports TelegramBots types.
 *
 * <p>How updates come in. Long polling: {@code UpdatePoller} fetches a batch, which is stored in the
 * {@link org.relactation.bot.inbox.Inbox} (one bulk insert, one commit) before the next poll confirms it to Telegram,
 * so polling reads ahead of handling (up to TELEGRAM_INBOX_LIMIT updates, then it waits); {@code InboxWorkers} takes
 * updates from the inbox as workers come free, chats taking turns (one update each, one at a time per chat, each
 * chat's order kept), and handles each through the core: its data, its removal from the inbox and its answer in the
 * durable outbox are made durable by one commit, which the updates in hand share (each waits at most 20 ms for the
 * others at its commit, then the database's group commit joins them), before its answer is handed to the sender. Webhook: {@code UpdateIntake} handles each posted update at once
 * (claimed first, so copies are answered once) and answers 200 once its replies are sent, within a bound; it does not
 * use the inbox (see {@code WebhookTransport}).
 *
 * <p>Depends on: config, content, conversation, inbox (updates read ahead by polling), operations (metrics), outbound
 * (the queue, its transmitter and the durable outbox), storage (telling a database fault from a bug).
 */
package org.relactation.bot.telegram;
