package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A MessageEntity as the Bot API returns it, with offsets and lengths in UTF-16 code units.
 *
 * @param type     Bot API type name: bold, italic, text_link, pre, ...
 * @param argument the url of a text_link, the language of a pre, the custom_emoji_id, the user id of a
 *                 text_mention; empty when the type has none
 */
record TextEntity(String type, int offset, int length, String argument) {
    // TDLib orders entities by offset, then longer first, then by a fixed type priority; keeping the same order
    // makes entities of two texts comparable, which "message is not modified" needs.
    private static final Map<String, Integer> PRIORITY = Map.ofEntries(
            Map.entry("blockquote", 0), Map.entry("expandable_blockquote", 0), Map.entry("pre", 10),
            Map.entry("code", 20), Map.entry("text_link", 49), Map.entry("text_mention", 49),
            Map.entry("bot_command", 50), Map.entry("bold", 90), Map.entry("italic", 91),
            Map.entry("underline", 92), Map.entry("strikethrough", 93), Map.entry("spoiler", 94),
            Map.entry("custom_emoji", 99));

    static final Comparator<TextEntity> ORDER = Comparator.comparingInt(TextEntity::offset)
            .thenComparing(Comparator.comparingInt(TextEntity::length).reversed())
            .thenComparingInt(entity -> PRIORITY.getOrDefault(entity.type(), 50));

    TextEntity(String type, int offset, int length) {
        this(type, offset, length, "");
    }

    TextEntity shifted(int newOffset, int newLength) {
        return new TextEntity(type, newOffset, newLength, argument);
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("type", type);
        json.put("offset", offset);
        json.put("length", length);
        switch (type) {
            case "text_link" -> json.put("url", argument);
            case "pre" -> {
                if (!argument.isEmpty()) {
                    json.put("language", argument);
                }
            }
            case "custom_emoji" -> json.put("custom_emoji_id", argument);
            case "text_mention" -> {
                ObjectNode user = json.putObject("user");
                user.put("id", Long.parseLong(argument));
                user.put("is_bot", false);
                user.put("first_name", "User" + argument);
            }
            default -> {
            }
        }
        return json;
    }

    static ArrayNode toJson(List<TextEntity> entities) {
        ArrayNode array = Json.array();
        entities.forEach(entity -> array.add(entity.toJson()));
        return array;
    }

    /** Reads entities a client passed explicitly ({@code entities} / {@code caption_entities}). */
    static List<TextEntity> fromJson(JsonNode array, int textLength) {
        if (!array.isArray()) {
            throw BotApiError.badRequest("can't parse entities JSON object");
        }
        List<TextEntity> entities = new ArrayList<>();
        for (JsonNode node : array) {
            if (!node.isObject() || !node.path("type").isTextual()) {
                throw BotApiError.badRequest("can't parse MessageEntity: Can't find field \"type\"");
            }
            int offset = node.path("offset").asInt();
            int length = node.path("length").asInt();
            if (offset < 0) {
                throw BotApiError.badRequest("receive an entity with incorrect offset " + offset);
            }
            if (offset > textLength) {
                throw BotApiError.badRequest("entity begins after the end of the text at UTF-16 offset " + offset);
            }
            if (offset + length > textLength) {
                throw BotApiError.badRequest("entity beginning at UTF-16 offset " + offset
                        + " ends after the end of the text at UTF-16 offset " + (offset + length));
            }
            String type = node.get("type").asText();
            String argument = switch (type) {
                case "text_link" -> node.path("url").asText("");
                case "pre" -> node.path("language").asText("");
                case "custom_emoji" -> node.path("custom_emoji_id").asText("");
                case "text_mention" -> node.path("user").path("id").asText("0");
                default -> "";
            };
            if (length > 0) {
                entities.add(new TextEntity(type, offset, length, argument));
            }
        }
        entities.sort(ORDER);
        return entities;
    }
}
