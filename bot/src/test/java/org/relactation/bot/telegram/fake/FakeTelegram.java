package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the real bot.
 *
 * <p>It behaves like Telegram where a bot can get it wrong: getUpdates with offsets, long polling and the 409
 * conflict of two pollers; message ids per chat; HTML and MarkdownV2 checked with Telegram's error texts;
 * inline keyboard limits; "message is not modified"; one answer per callback query; command menu rules; images
 * that must decode. Users are simulated with {@link #userSends}, {@link #userPresses} and friends; what the bot
 * did is read back with {@link #messagesTo}, {@link #calls} and the other getters; {@link #failNext} and the
 * other fault methods script Telegram's bad days. All methods are thread-safe.
 *
 * <pre>{@code
 * try (FakeTelegram telegram = FakeTelegram.start("123:abc")) {
 *     TelegramClient client = new OkHttpTelegramClient("123:abc", telegram.telegramUrl());
 *     telegram.userSends(42, "/start", "es");
 *     ...
 * }
 * }</pre>
 */
public final class FakeTelegram implements AutoCloseable {
    /** Telegram's bot command: "/" and up to 64 word characters, maybe "@botname", then no word character. */
    private static final Pattern BOT_COMMAND =
            Pattern.compile("/[A-Za-z0-9_]{1,64}(@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_/<>])");
    private final Backend backend;
    private final ApiServer server;

    private FakeTelegram(Backend backend, ApiServer server) {
        this.backend = backend;
        this.server = server;
    }

    /** Starts a fake for a bot with this token on a free port of 127.0.0.1. */
    public static FakeTelegram start(String token) {
        return start(token, Clock.systemUTC());
    }

    /** {@link #start(String)} with messages dated by {@code clock} (a test's own time). */
    public static FakeTelegram start(String token, Clock clock) {
        Backend backend = new Backend(token, clock);
        MethodTable methods = new MethodTable();
        new MessageMethods(backend).register(methods);
        new MediaMethods(backend).register(methods);
        new UpdateMethods(backend).register(methods);
        new BotMethods(backend).register(methods);
        try {
            return new FakeTelegram(backend, ApiServer.start(backend, methods));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake Telegram server", e);
        }
    }

    /** "http://127.0.0.1:PORT", the base the bot's client puts "/bot&lt;token&gt;/&lt;method&gt;" after. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The same address as TelegramBots wants it for its clients and long polling. */
    public TelegramUrl telegramUrl() {
        return new TelegramUrl("http", "127.0.0.1", server.port(), false);
    }

    public String token() {
        return backend.token;
    }

    /** The bot's user id (the number before the token's colon), as getMe answers and messages show. */
    public long botId() {
        return backend.botUser.get("id").asLong();
    }

    // ---- simulated users ----

    /**
     * A user writes to the bot in their private chat (chat id = user id). A text starting with "/" carries a
     * bot_command entity for its first word, as Telegram adds.
     *
     * @param languageCode the user's app language ("es"), or null to keep the one given before (none at first)
     * @return the update_id
     */
    public int userSends(long userId, String text, String languageCode) {
        ObjectNode from = backend.chats.user(userId, languageCode);
        backend.chats.privateChat(userId);
        return enqueueMessage(userId, from, text);
    }

    /**
     * A user sends a photo with a caption in their private chat.
     *
     * @return the update_id
     */
    public int userSendsPhoto(long userId, String caption, String languageCode) {
        ObjectNode from = backend.chats.user(userId, languageCode);
        backend.chats.privateChat(userId);
        ObjectNode message = backend.chats.addIncoming(userId, from, backend.now(), json -> {
            json.putArray("photo").addObject().put("file_id", "AgACAgIAAxkBAAI" + userId)
                    .put("file_unique_id", "AQAD" + userId).put("width", 320).put("height", 240)
                    .put("file_size", 12_345);
            json.put("caption", caption);
        });
        ObjectNode update = Json.object();
        update.set("message", message);
        return backend.updates.enqueue(update);
    }

    /**
     * A user's text message that a bot's library cannot read: its {@code date} is an object instead of a number, as
     * when Telegram sends a field in a shape the library does not expect. The rest is an ordinary message, so its
     * chat and text are there for whoever reads the raw JSON.
     *
     * @return the update_id
     */
    public int userSendsUnreadable(long userId, String text) {
        ObjectNode from = backend.chats.user(userId, null);
        backend.chats.privateChat(userId);
        ObjectNode message = backend.chats.addIncoming(userId, from, backend.now(), json -> json.put("text", text));
        message.putObject("date").put("unix_time", backend.now());
        ObjectNode update = Json.object();
        update.set("message", message);
        return backend.updates.enqueue(update);
    }

    /**
     * A user edits a text message they sent in their private chat; Telegram sends an edited_message update (only to
     * a bot whose allowed_updates has it).
     *
     * @return the update_id
     */
    public int userEdits(long userId, int messageId, String newText) {
        ObjectNode message = backend.chats.editIncoming(userId, messageId, newText, backend.now());
        ObjectNode update = Json.object();
        update.set("edited_message", message);
        return backend.updates.enqueue(update);
    }

    /** The id of the latest message in a private chat (after {@link #userSends}, the user's message). */
    public int lastMessageId(long userId) {
        return backend.chats.lastMessageId(userId);
    }

    /** A user who wrote to the bot before this server started (a restart): their private chat is known. */
    public void knowsChat(long userId, String languageCode) {
        backend.chats.user(userId, languageCode);
        backend.chats.privateChat(userId);
    }

    /** {@link #userSends(long, String, String)} keeping the language the user had. */
    public int userSends(long userId, String text) {
        return userSends(userId, text, null);
    }

    /**
     * A user presses an inline button of a bot message in their private chat.
     *
     * @param messageId    a bot message that is in that chat now and has a button with this callback data
     * @param callbackData the button's data
     * @return the update_id
     * @throws IllegalArgumentException if there is no such message or button: a real user could not press it
     */
    public int userPresses(long userId, int messageId, String callbackData) {
        ObjectNode message = backend.chats.botMessageForPress(userId, messageId, callbackData);
        String queryId = backend.callbacks.register(userId, userId, messageId, callbackData);
        ObjectNode query = Json.object();
        ObjectNode update = Json.object();
        query.put("id", queryId);
        query.set("from", backend.chats.user(userId, null));
        query.set("message", message);
        query.put("chat_instance", Long.toString(Math.abs(userId * 7919L + botId())));
        query.put("data", callbackData);
        update.set("callback_query", query);
        return backend.updates.enqueue(update);
    }

    /**
     * A callback query that no real button made, as a modified client (Telegram does not check callback data
     * against the message's buttons) or someone posting to a webhook could send: any user, any data, naming any
     * message id of any chat. The bot may answer it like a real one.
     *
     * @return the update_id
     */
    public int anyPress(long fromUserId, long chatId, int messageId, String callbackData) {
        ObjectNode message = backend.chats.messageForAnyPress(chatId, messageId, backend.now());
        String queryId = backend.callbacks.register(fromUserId, chatId, messageId, callbackData);
        ObjectNode query = Json.object();
        ObjectNode update = Json.object();
        query.put("id", queryId);
        query.set("from", backend.chats.user(fromUserId, null));
        query.set("message", message);
        query.put("chat_instance", Long.toString(Math.abs(chatId * 7919L + botId())));
        query.put("data", callbackData);
        update.set("callback_query", query);
        return backend.updates.enqueue(update);
    }

    /**
     * A user writes in a group (type "group", title "Group&lt;chatId&gt;"); the bot may then write there too.
     *
     * @return the update_id
     */
    public int groupMessage(long chatId, long userId, String text) {
        ObjectNode from = backend.chats.user(userId, null);
        backend.chats.groupChat(chatId);
        return enqueueMessage(chatId, from, text);
    }

    /**
     * Any other update, e.g. {@code {"my_chat_member": {...}}}. The fake learns the chat of a message in it.
     * Telegram's allowed_updates rules apply: by default chat_member, message_reaction and
     * message_reaction_count updates are not delivered.
     *
     * @return the update_id given to it
     */
    public int enqueueRaw(ObjectNode updateWithoutId) {
        ObjectNode copy = updateWithoutId.deepCopy();
        copy.remove("update_id");
        String type = UpdateQueue.typeOf(copy);
        if (copy.path(type).has("chat") && copy.path(type).has("message_id")) {
            backend.chats.noteIncoming(copy.get(type));
        }
        return backend.updates.enqueue(copy);
    }

    /**
     * getUpdates calls waiting inside the fake right now: 1 while a bot long-polls, so a test can wait until
     * the bot is listening.
     */
    public int waitingPolls() {
        return backend.updates.waitingPolls();
    }

    /**
     * Hands a pending update over for webhook delivery, as Telegram does once a webhook is set: the update leaves
     * the queue and the test posts it (as JSON) to the bot's webhook, playing Telegram and the reverse proxy.
     *
     * @throws IllegalStateException if no webhook is set or the update is not pending
     */
    public String takeForWebhook(int updateId) {
        if (backend.webhook() == null) {
            throw new IllegalStateException("No webhook is set");
        }
        return backend.updates.take(updateId).map(Object::toString)
                .orElseThrow(() -> new IllegalStateException("Update " + updateId + " is not pending"));
    }

    /** Updates the bot has not yet confirmed with a getUpdates offset. */
    public int pendingUpdates() {
        return backend.updates.pendingCount();
    }

    // ---- what the bot did ----

    /** The bot's messages in a chat, oldest first, as they stand now (edits applied, deleted ones gone). */
    public List<BotMessage> messagesTo(long chatId) {
        return backend.chats.botMessages(chatId);
    }

    /** The bot's newest message in a chat that is still there. */
    public Optional<BotMessage> lastMessageTo(long chatId) {
        List<BotMessage> messages = messagesTo(chatId);
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    /** Every call answered (or dropped), in order, getUpdates included. */
    public List<ApiCall> calls() {
        return backend.log.all();
    }

    /** The calls of one method, matched case-insensitively. */
    public List<ApiCall> callsOf(String method) {
        return backend.log.of(method);
    }

    /** The calls answered with ok:false, the injected faults included (see {@link ApiCall#injected()}). */
    public List<ApiCall> errors() {
        return backend.log.errors();
    }

    /**
     * The command menus set, keyed by language code for the default scope ("" = all languages, "es") and by
     * "scope/language" for others ("all_private_chats/", "chat:42/es", "chat_member:-5:42/").
     */
    public Map<String, List<BotCommandEntry>> commands() {
        return backend.commands.all();
    }

    /** The callback queries the bot answered, in order. */
    public List<AnsweredCallback> answeredCallbacks() {
        return backend.callbacks.answered();
    }

    /** The webhook the bot set, if it set one and did not delete it. */
    public Optional<Webhook> webhook() {
        return Optional.ofNullable(backend.webhook());
    }

    // ---- faults ----

    /**
     * The next {@code times} calls of {@code method} fail with this error instead of running, so they change
     * nothing. E.g. {@code failNext("sendMessage", 1, 429, "Too Many Requests: retry after 3", 3)}.
     *
     * @param method            a method name (any case), or null for every method except getUpdates
     * @param retryAfterSeconds becomes {@code parameters.retry_after}; null for none
     */
    public void failNext(String method, int times, int errorCode, String description, Integer retryAfterSeconds) {
        backend.faults.failNext(method, times,
                new FaultInjector.Failure(errorCode, description, retryAfterSeconds));
    }

    /**
     * Every call of {@code method} answers this much later. The call takes effect at once (a message is sent
     * even if the bot stops waiting), which is what makes timeouts and retries interesting.
     *
     * @param method  a method name, or null for every method except getUpdates
     * @param perCall the delay; zero removes it
     */
    public void slowDown(String method, Duration perCall) {
        backend.faults.slowDown(method, perCall);
    }

    /**
     * Calls of {@code method} take effect at once but get no answer until {@link #releaseAnswers()} (or
     * {@link #clearFaults()}): what a test needs to see what the bot does while calls are in flight, without timing.
     *
     * @param method a method name, or null for every method except getUpdates
     */
    public void holdAnswers(String method) {
        backend.faults.hold(method);
    }

    /** Answers every held call, and holds no more. */
    public void releaseAnswers() {
        backend.faults.release();
    }

    /**
     * The user blocks the bot: sends and edits to their chat fail with 403 "Forbidden: bot was blocked by the
     * user", and the bot gets a my_chat_member update (status "kicked") as from Telegram.
     */
    public void block(long userId) {
        backend.faults.block(userId);
        enqueueMemberChange(userId, "member", "kicked");
    }

    /** The user unblocks the bot; the bot gets a my_chat_member update back to "member". */
    public void unblock(long userId) {
        backend.faults.unblock(userId);
        enqueueMemberChange(userId, "kicked", "member");
    }

    /**
     * The next {@code times} calls of {@code method} get their connection closed without an answer, after the
     * request was read and without any effect. OkHttp retries a request once by itself when a reused
     * connection dies, so use 2 or more to make the bot see the failure for sure.
     *
     * @param method a method name, or null for every method except getUpdates
     */
    public void dropConnectionNext(String method, int times) {
        backend.faults.dropNext(method, times);
    }

    /**
     * While on, the Bot API cannot be reached: every call, getUpdates included, has its connection closed without an
     * answer (logged with status 0, injected). A long poll already waiting still ends as usual.
     */
    public void unreachable(boolean unreachable) {
        backend.faults.unreachable(unreachable);
    }

    /** Forgets every scripted failure, delay, drop and block, and makes the Bot API reachable again. */
    public void clearFaults() {
        backend.faults.clear();
    }

    /**
     * Refuses a bare "&amp;" in HTML texts. Telegram shows it as it is, so this is off by default; turn it on to
     * catch user text that reaches HTML unescaped.
     */
    public void strictHtmlAmpersands(boolean strict) {
        backend.strictHtmlAmpersands(strict);
    }

    /** Stops the server; waiting long polls end with an empty answer. */
    @Override
    public void close() {
        backend.updates.close();
        server.stop();
    }

    private int enqueueMessage(long chatId, ObjectNode from, String text) {
        ObjectNode message = backend.chats.addIncoming(chatId, from, backend.now(), json -> {
            json.put("text", text);
            Matcher command = BOT_COMMAND.matcher(text);
            if (command.lookingAt()) {
                ObjectNode entity = json.putArray("entities").addObject();
                entity.put("offset", 0);
                entity.put("length", command.end());
                entity.put("type", "bot_command");
            }
        });
        ObjectNode update = Json.object();
        update.set("message", message);
        return backend.updates.enqueue(update);
    }

    private void enqueueMemberChange(long userId, String oldStatus, String newStatus) {
        ObjectNode change = Json.object();
        change.set("chat", backend.chats.privateChat(userId));
        change.set("from", backend.chats.user(userId, null));
        change.put("date", backend.now());
        change.putObject("old_chat_member").put("status", oldStatus).set("user", backend.botUser.deepCopy());
        change.putObject("new_chat_member").put("status", newStatus).set("user", backend.botUser.deepCopy());
        if (newStatus.equals("kicked")) {
            ((ObjectNode) change.get("new_chat_member")).put("until_date", 0);
        }
        ObjectNode update = Json.object();
        update.set("my_chat_member", change);
        backend.updates.enqueue(update);
    }
}
