package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The chats the fake knows and every message in them. Message ids count per chat, shared by the user's and the
 * bot's messages, as in Telegram. All methods are synchronized; each checks everything before it changes
 * anything, so a refused call leaves no trace.
 */
final class ChatStore {
    /** What a bot send puts in a new message. */
    record Content(BotMessage.Kind kind, FormattedText text, FormattedText caption, String sentText,
                   String parseMode, ReplyMarkup markup, StoredFile file) {
    }

    /** One message; mutable, guarded by the store's lock. */
    static final class Message {
        final int id;
        final boolean fromBot;
        final ObjectNode incoming;
        final long date;
        final Integer replyTo;
        Long editDate;
        BotMessage.Kind kind;
        FormattedText text;
        FormattedText caption;
        String sentText;
        String parseMode;
        ReplyMarkup markup;
        StoredFile file;
        boolean deleted;

        private Message(int id, boolean fromBot, ObjectNode incoming, long date, Integer replyTo) {
            this.id = id;
            this.fromBot = fromBot;
            this.incoming = incoming;
            this.date = date;
            this.replyTo = replyTo;
        }
    }

    private static final class ChatState {
        final ObjectNode chat;
        int lastMessageId;
        final TreeMap<Integer, Message> messages = new TreeMap<>();

        ChatState(ObjectNode chat) {
            this.chat = chat;
        }
    }

    private final ObjectNode botUser;
    private final Map<Long, ChatState> chats = new HashMap<>();
    private final Map<Long, ObjectNode> users = new HashMap<>();

    ChatStore(ObjectNode botUser) {
        this.botUser = botUser;
    }

    /** The user as the bot sees them; a language code, when given, replaces the one known before. */
    synchronized ObjectNode user(long userId, String languageCode) {
        ObjectNode user = users.computeIfAbsent(userId,
                id -> MessageJson.user(id, "Parent" + id, null));
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user.deepCopy();
    }

    synchronized ObjectNode privateChat(long userId) {
        return chats.computeIfAbsent(userId, id -> new ChatState(MessageJson.privateChat(id, "Parent" + id)))
                .chat.deepCopy();
    }

    synchronized ObjectNode groupChat(long chatId) {
        return chats.computeIfAbsent(chatId, id -> new ChatState(MessageJson.groupChat(id, "Group" + id)))
                .chat.deepCopy();
    }

    /** Adds a message from a user to a known chat; {@code content} fills in text, entities and the like. */
    synchronized ObjectNode addIncoming(long chatId, ObjectNode from, long date, Consumer<ObjectNode> content) {
        ChatState state = Objects.requireNonNull(chats.get(chatId), "unknown chat " + chatId);
        int id = ++state.lastMessageId;
        ObjectNode json = Json.object();
        json.put("message_id", id);
        json.set("from", from.deepCopy());
        json.set("chat", state.chat.deepCopy());
        json.put("date", date);
        content.accept(json);
        state.messages.put(id, new Message(id, false, json, date, null));
        return json.deepCopy();
    }

    /**
     * A user's edit of a message they sent: the stored message takes the new text and an edit_date, and a copy is
     * returned for the edited_message update, as Telegram sends it.
     */
    synchronized ObjectNode editIncoming(long chatId, int messageId, String text, long editDate) {
        ChatState state = Objects.requireNonNull(chats.get(chatId), "unknown chat " + chatId);
        Message message = state.messages.get(messageId);
        if (message == null || message.fromBot || message.incoming == null || !message.incoming.has("text")) {
            throw new IllegalArgumentException("no text message " + messageId + " of the user in chat " + chatId);
        }
        ObjectNode json = message.incoming;
        json.put("text", text);
        message.editDate = editDate;
        json.put("edit_date", editDate);
        return json.deepCopy();
    }

    /** The id of the latest message in a chat, the user's or the bot's. */
    synchronized int lastMessageId(long chatId) {
        return Objects.requireNonNull(chats.get(chatId), "unknown chat " + chatId).lastMessageId;
    }

    /** Learns the chat and message id of a message a test enqueued as raw JSON. */
    synchronized void noteIncoming(JsonNode message) {
        JsonNode chat = message.path("chat");
        if (!chat.path("id").canConvertToLong() || !chat.path("type").isTextual()) {
            return;
        }
        ChatState state = chats.computeIfAbsent(chat.get("id").asLong(),
                id -> new ChatState((ObjectNode) chat.deepCopy()));
        int id = message.path("message_id").asInt(0);
        if (id > 0 && message.isObject()) {
            state.lastMessageId = Math.max(state.lastMessageId, id);
            // An id the chat already used keeps its message: the test's raw JSON must not overwrite it.
            state.messages.putIfAbsent(id, new Message(id, false, (ObjectNode) message.deepCopy(),
                    message.path("date").asLong(), null));
        }
    }

    /** The chat of a request's chat_id: Telegram knows a chat only once its user wrote to the bot. */
    synchronized long requireChat(RequestParams params) {
        String raw = params.string("chat_id").orElse("").trim();
        if (raw.isEmpty()) {
            throw BotApiError.badRequest("chat_id is empty");
        }
        try {
            long id = Long.parseLong(raw);
            if (chats.containsKey(id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // "@username" or garbage: no such chat here.
        }
        throw BotApiError.badRequest("chat not found");
    }

    synchronized boolean isPrivate(long chatId) {
        ChatState state = chats.get(chatId);
        return state != null && state.chat.path("type").asText().equals("private");
    }

    /**
     * Stores a new bot message and returns it as the Bot API does.
     *
     * @param replyTo the message to reply to, or null
     */
    synchronized ObjectNode addBotMessage(long chatId, Content content, Integer replyTo, boolean allowWithoutReply,
                                          long now) {
        ChatState state = chats.get(chatId);
        Message target = replyTo == null ? null : state.messages.get(replyTo);
        if (target != null && target.deleted) {
            target = null;
        }
        if (replyTo != null && target == null && !allowWithoutReply) {
            throw BotApiError.badRequest("message to be replied not found");
        }
        int id = ++state.lastMessageId;
        Message message = new Message(id, true, null, now, target == null ? null : target.id);
        message.kind = content.kind();
        message.text = content.text();
        message.caption = content.caption();
        message.sentText = content.sentText();
        message.parseMode = content.parseMode();
        message.markup = content.markup();
        message.file = content.file();
        state.messages.put(id, message);
        return json(state, message);
    }

    synchronized ObjectNode editText(long chatId, int messageId, FormattedText text, String sentText,
                                     String parseMode, ReplyMarkup markup, long now) {
        ChatState state = chats.get(chatId);
        Message message = editable(state, messageId);
        if (message.kind != BotMessage.Kind.TEXT) {
            throw BotApiError.badRequest("there is no text in the message to edit");
        }
        requireModified(message.text.equals(text) && sameMarkup(message.markup, markup));
        message.text = text;
        message.sentText = sentText;
        message.parseMode = parseMode;
        message.markup = markup;
        message.editDate = now;
        return json(state, message);
    }

    synchronized ObjectNode editCaption(long chatId, int messageId, FormattedText caption, String sentText,
                                        String parseMode, ReplyMarkup markup, long now) {
        ChatState state = chats.get(chatId);
        Message message = editable(state, messageId);
        if (message.kind == BotMessage.Kind.TEXT) {
            throw BotApiError.badRequest("there is no caption in the message to edit");
        }
        requireModified(message.caption.equals(caption) && sameMarkup(message.markup, markup));
        message.caption = caption;
        message.sentText = sentText;
        message.parseMode = parseMode;
        message.markup = markup;
        message.editDate = now;
        return json(state, message);
    }

    synchronized ObjectNode editMarkup(long chatId, int messageId, ReplyMarkup markup, long now) {
        ChatState state = chats.get(chatId);
        Message message = editable(state, messageId);
        requireModified(sameMarkup(message.markup, markup));
        message.markup = markup;
        message.editDate = now;
        return json(state, message);
    }

    synchronized void delete(long chatId, int messageId) {
        Message message = chats.get(chatId).messages.get(messageId);
        if (message == null || message.deleted) {
            throw BotApiError.badRequest("message to delete not found");
        }
        message.deleted = true;
    }

    /** A bot message as it stands now, for a callback query on it; IllegalArgumentException otherwise. */
    synchronized ObjectNode botMessageForPress(long chatId, int messageId, String callbackData) {
        ChatState state = chats.get(chatId);
        Message message = state == null ? null : state.messages.get(messageId);
        if (message == null || message.deleted || !message.fromBot) {
            throw new IllegalArgumentException(
                    "there is no bot message " + messageId + " in chat " + chatId + " to press a button on");
        }
        BotMessage snapshot = snapshot(chatId, message);
        if (!snapshot.hasCallbackData(callbackData)) {
            throw new IllegalArgumentException("message " + messageId + " in chat " + chatId
                    + " has no button with callback_data '" + callbackData + "'; its buttons: "
                    + (snapshot.replyMarkup() == null ? "none" : snapshot.replyMarkup()));
        }
        return json(state, message);
    }

    /**
     * The message a made-up press names, as its callback query would carry it: the message if the chat has it
     * (the bot's, or the user's own), else a bare text message with that id in that chat (a private chat if the
     * fake does not know it).
     */
    synchronized ObjectNode messageForAnyPress(long chatId, int messageId, long date) {
        ChatState state = chats.get(chatId);
        Message message = state == null ? null : state.messages.get(messageId);
        if (message != null && !message.deleted) {
            return message.fromBot ? json(state, message) : message.incoming.deepCopy();
        }
        ObjectNode json = Json.object();
        json.put("message_id", messageId);
        json.set("from", botUser.deepCopy());
        json.set("chat", state != null ? state.chat.deepCopy() : MessageJson.privateChat(chatId, "Parent" + chatId));
        json.put("date", date);
        json.put("text", "…");
        return json;
    }

    /** The bot's messages in a chat, oldest first, as they stand now; deleted ones are gone. */
    synchronized List<BotMessage> botMessages(long chatId) {
        ChatState state = chats.get(chatId);
        List<BotMessage> result = new ArrayList<>();
        if (state != null) {
            for (Message message : state.messages.values()) {
                if (message.fromBot && !message.deleted) {
                    result.add(snapshot(chatId, message));
                }
            }
        }
        return result;
    }

    private static Message editable(ChatState state, int messageId) {
        Message message = state.messages.get(messageId);
        if (message == null || message.deleted) {
            throw BotApiError.badRequest("message to edit not found");
        }
        if (!message.fromBot) {
            throw BotApiError.badRequest("message can't be edited");
        }
        return message;
    }

    private static void requireModified(boolean same) {
        if (same) {
            throw BotApiError.badRequest("message is not modified: specified new message content and reply markup"
                    + " are exactly the same as a current content and reply markup of the message");
        }
    }

    /** Only inline keyboards stay on a message, so only they take part in "not modified". */
    private static boolean sameMarkup(ReplyMarkup current, ReplyMarkup next) {
        JsonNode a = current != null && current.inline() ? current.json() : null;
        JsonNode b = next != null && next.inline() ? next.json() : null;
        return Objects.equals(a, b);
    }

    private ObjectNode json(ChatState state, Message message) {
        Message replyTo = message.replyTo == null ? null : state.messages.get(message.replyTo);
        return MessageJson.botMessage(state.chat, message, botUser, replyTo);
    }

    private static BotMessage snapshot(long chatId, Message message) {
        FormattedText shown = message.kind == BotMessage.Kind.TEXT ? message.text : message.caption;
        return new BotMessage(chatId, message.id, message.kind,
                message.kind == BotMessage.Kind.TEXT ? message.text.text() : null,
                message.sentText, message.parseMode, TextEntity.toJson(shown.entities()),
                message.markup == null ? null : message.markup.json().deepCopy(),
                message.kind == BotMessage.Kind.TEXT ? null : message.caption.text(),
                message.file == null ? null : message.file.attachment(), message.date, message.editDate);
    }
}
