package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A {@code reply_markup} parameter checked as Telegram checks it. {@link #parse} finds what the Bot API server
 * itself refuses (malformed JSON, buttons it cannot read); {@link #checkLimits} finds what Telegram's servers
 * refuse later (callback data over 64 bytes, empty button texts, more than 100 buttons).
 *
 * @param json   the markup as Telegram echoes it in a Message: no null members
 * @param inline whether it is an inline keyboard (the only markup a Message carries back)
 */
record ReplyMarkup(JsonNode json, boolean inline) {
    static final int MAX_CALLBACK_DATA_BYTES = 64;
    static final int MAX_BUTTONS = 100;
    private static final List<String> INLINE_ACTIONS = List.of("url", "callback_data", "web_app", "login_url",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
            "copy_text", "callback_game", "pay");

    /** The markup parameter of a request, if any. */
    static Optional<ReplyMarkup> parse(RequestParams params) {
        return params.json("reply_markup", "can't parse reply keyboard markup JSON object")
                .map(ReplyMarkup::parse);
    }

    static ReplyMarkup parse(JsonNode raw) {
        JsonNode json = Json.withoutNulls(raw);
        if (json == null || !json.isObject()) {
            throw BotApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        if (json.has("inline_keyboard")) {
            checkInlineKeyboard(json.get("inline_keyboard"));
            return new ReplyMarkup(json, true);
        }
        if (json.has("keyboard")) {
            checkRows(json.get("keyboard"), "keyboard");
            return new ReplyMarkup(json, false);
        }
        if (json.has("remove_keyboard") || json.has("force_reply")) {
            return new ReplyMarkup(json, false);
        }
        throw BotApiError.badRequest("can't parse reply keyboard markup JSON object");
    }

    private static void checkInlineKeyboard(JsonNode rows) {
        checkRows(rows, "inline_keyboard");
        for (JsonNode row : rows) {
            for (JsonNode button : row) {
                checkInlineButton(button);
            }
        }
    }

    private static void checkRows(JsonNode rows, String field) {
        if (!rows.isArray()) {
            throw BotApiError.badRequest("field \"" + field + "\" must be of type Array");
        }
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw BotApiError.badRequest("field \"" + field + "\" must be an Array of Arrays");
            }
        }
    }

    private static void checkInlineButton(JsonNode button) {
        if (!button.isObject()) {
            throw cantParseButton("InlineKeyboardButton must be an Object");
        }
        if (!button.has("text")) {
            throw cantParseButton("Can't find field \"text\"");
        }
        if (!button.get("text").isTextual()) {
            throw cantParseButton("Field \"text\" must be of type String");
        }
        List<String> actions = INLINE_ACTIONS.stream().filter(button::has).toList();
        if (actions.isEmpty()) {
            throw cantParseButton("Text buttons are unallowed in the inline keyboard");
        }
        if (button.has("callback_data")) {
            JsonNode data = button.get("callback_data");
            if (!data.isValueNode()) {
                throw cantParseButton("Field \"callback_data\" must be of type String");
            }
            if (data.asText().isEmpty() && actions.size() == 1) {
                throw cantParseButton("Text buttons are unallowed in the inline keyboard");
            }
        }
        if (button.has("url")) {
            String url = button.get("url").asText();
            String problem = Links.problem(url);
            if (problem != null) {
                throw BotApiError.badRequest("inline keyboard button URL '" + url + "' is invalid: " + problem);
            }
        }
    }

    private static BotApiError cantParseButton(String detail) {
        return BotApiError.badRequest("can't parse inline keyboard button: " + detail);
    }

    /** Telegram's server-side limits, checked once the chat is known. */
    void checkLimits() {
        if (!inline) {
            return;
        }
        int buttons = 0;
        for (JsonNode row : json.get("inline_keyboard")) {
            for (JsonNode button : row) {
                buttons++;
                if (button.get("text").asText().isBlank()) {
                    throw BotApiError.badRequest("BUTTON_TEXT_INVALID");
                }
                JsonNode data = button.get("callback_data");
                if (data != null && data.asText().getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA_BYTES) {
                    throw BotApiError.badRequest("BUTTON_DATA_INVALID");
                }
            }
        }
        if (buttons > MAX_BUTTONS) {
            throw BotApiError.badRequest("reply markup is too long");
        }
    }
}
