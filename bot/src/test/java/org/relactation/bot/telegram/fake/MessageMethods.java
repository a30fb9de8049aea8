package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * sendMessage, the edits, deleteMessage and sendChatAction. Each first reads its parameters as the Bot API
 * server does (markup and keyboards), then finds the chat, then applies Telegram's own limits, so that errors
 * come in the order Telegram reports them.
 */
final class MessageMethods {
    private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video",
            "upload_video", "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location",
            "record_video_note", "upload_video_note");

    private final Backend backend;

    MessageMethods(Backend backend) {
        this.backend = backend;
    }

    void register(MethodTable table) {
        table.add("sendMessage", this::sendMessage)
                .add("editMessageText", this::editMessageText)
                .add("editMessageCaption", this::editMessageCaption)
                .add("editMessageReplyMarkup", this::editMessageReplyMarkup)
                .add("deleteMessage", this::deleteMessage)
                .add("sendChatAction", this::sendChatAction);
    }

    private JsonNode sendMessage(RequestParams params) {
        String raw = requiredText(params);
        Optional<String> parseMode = params.string("parse_mode");
        FormattedText parsed = TextFormatter.parse(raw, parseMode,
                params.json("entities", "can't parse entities JSON object"), backend.strictHtmlAmpersands());
        Optional<ReplyMarkup> markup = ReplyMarkup.parse(params);
        ReplyTarget reply = ReplyTarget.of(params);
        long chatId = backend.chats.requireChat(params);
        backend.requireNotBlocked(chatId);
        FormattedText text = TextFormatter.finishText(parsed);
        markup.ifPresent(ReplyMarkup::checkLimits);
        var content = new ChatStore.Content(BotMessage.Kind.TEXT, text, null, raw, parseMode.orElse(null),
                markup.orElse(null), null);
        return backend.chats.addBotMessage(chatId, content, reply.messageId(), reply.allowWithoutReply(),
                backend.now());
    }

    /** An edit without reply_markup removes the inline keyboard, as in Telegram. */
    private JsonNode editMessageText(RequestParams params) {
        String raw = requiredText(params);
        Optional<String> parseMode = params.string("parse_mode");
        FormattedText parsed = TextFormatter.parse(raw, parseMode,
                params.json("entities", "can't parse entities JSON object"), backend.strictHtmlAmpersands());
        ReplyMarkup markup = ReplyMarkup.parse(params).orElse(null);
        long chatId = editedChat(params);
        int messageId = requiredMessageId(params);
        backend.requireNotBlocked(chatId);
        FormattedText text = TextFormatter.finishText(parsed);
        if (markup != null) {
            markup.checkLimits();
        }
        return backend.chats.editText(chatId, messageId, text, raw, parseMode.orElse(null), markup,
                backend.now());
    }

    private JsonNode editMessageCaption(RequestParams params) {
        String raw = params.string("caption").orElse("");
        Optional<String> parseMode = params.string("parse_mode");
        FormattedText parsed = TextFormatter.parse(raw, parseMode,
                params.json("caption_entities", "can't parse entities JSON object"), backend.strictHtmlAmpersands());
        ReplyMarkup markup = ReplyMarkup.parse(params).orElse(null);
        long chatId = editedChat(params);
        int messageId = requiredMessageId(params);
        backend.requireNotBlocked(chatId);
        FormattedText caption = TextFormatter.finishCaption(parsed);
        if (markup != null) {
            markup.checkLimits();
        }
        return backend.chats.editCaption(chatId, messageId, caption, raw, parseMode.orElse(null), markup,
                backend.now());
    }

    private JsonNode editMessageReplyMarkup(RequestParams params) {
        ReplyMarkup markup = ReplyMarkup.parse(params).orElse(null);
        long chatId = editedChat(params);
        int messageId = requiredMessageId(params);
        backend.requireNotBlocked(chatId);
        if (markup != null) {
            markup.checkLimits();
        }
        return backend.chats.editMarkup(chatId, messageId, markup, backend.now());
    }

    private JsonNode deleteMessage(RequestParams params) {
        long chatId = backend.chats.requireChat(params);
        int messageId = requiredMessageId(params);
        backend.chats.delete(chatId, messageId);
        return BooleanNode.TRUE;
    }

    private JsonNode sendChatAction(RequestParams params) {
        String action = params.string("action")
                .orElseThrow(() -> BotApiError.badRequest("parameter \"action\" is required"));
        if (!CHAT_ACTIONS.contains(action)) {
            throw BotApiError.badRequest("wrong parameter action in request");
        }
        long chatId = backend.chats.requireChat(params);
        backend.requireNotBlocked(chatId);
        return BooleanNode.TRUE;
    }

    private static String requiredText(RequestParams params) {
        String raw = params.string("text").orElse("");
        if (raw.isEmpty()) {
            throw BotApiError.badRequest("message text is empty");
        }
        return raw;
    }

    /** The fake keeps no inline-mode messages, so an edit must name a chat and a message. */
    private long editedChat(RequestParams params) {
        if (params.has("inline_message_id") && !params.has("chat_id")) {
            throw BotApiError.badRequest("MESSAGE_ID_INVALID");
        }
        return backend.chats.requireChat(params);
    }

    static int requiredMessageId(RequestParams params) {
        OptionalLong id = params.longValue("message_id");
        if (id.isEmpty()) {
            throw BotApiError.badRequest("message identifier is not specified");
        }
        return (int) id.getAsLong();
    }
}
