package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** getMe, the command menu methods and answerCallbackQuery. */
final class BotMethods {
    static final int MAX_COMMANDS = 100;
    static final int MAX_COMMAND_LENGTH = 32;
    static final int MAX_DESCRIPTION_LENGTH = 256;
    static final int MAX_CALLBACK_ANSWER_LENGTH = 200;
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final Backend backend;

    BotMethods(Backend backend) {
        this.backend = backend;
    }

    void register(MethodTable table) {
        table.add("getMe", this::getMe)
                .add("setMyCommands", this::setMyCommands)
                .add("getMyCommands", this::getMyCommands)
                .add("deleteMyCommands", this::deleteMyCommands)
                .add("answerCallbackQuery", this::answerCallbackQuery);
    }

    private JsonNode getMe(RequestParams params) {
        ObjectNode me = backend.botUser.deepCopy();
        me.put("can_join_groups", true);
        me.put("can_read_all_group_messages", false);
        me.put("supports_inline_queries", false);
        me.put("can_connect_to_business", false);
        me.put("has_main_web_app", false);
        return me;
    }

    /**
     * Checks as Telegram does: first what the Bot API server reads (fields, lengths, emptiness after trimming),
     * then what Telegram's servers refuse (characters outside a-z, 0-9 and _; more than 100 commands).
     */
    private JsonNode setMyCommands(RequestParams params) {
        JsonNode json = params.json("commands", "can't parse commands JSON object").orElse(Json.array());
        if (!json.isArray()) {
            throw BotApiError.badRequest("field \"commands\" must be of type Array");
        }
        String key = listKey(params);
        List<BotCommandEntry> commands = new ArrayList<>();
        for (JsonNode entry : json) {
            commands.add(command(entry));
        }
        for (BotCommandEntry command : commands) {
            if (!COMMAND.matcher(command.command()).matches()) {
                throw BotApiError.badRequest("BOT_COMMAND_INVALID");
            }
        }
        if (commands.size() > MAX_COMMANDS) {
            throw BotApiError.badRequest("BOT_COMMANDS_TOO_MUCH");
        }
        backend.commands.set(key, commands);
        return BooleanNode.TRUE;
    }

    private static BotCommandEntry command(JsonNode entry) {
        if (!entry.isObject()) {
            throw BotApiError.badRequest("can't parse BotCommand: expected an Object");
        }
        for (String field : List.of("command", "description")) {
            if (!entry.has(field) || entry.get(field).isNull()) {
                throw BotApiError.badRequest("can't parse BotCommand: Can't find field \"" + field + "\"");
            }
            if (!entry.get(field).isTextual()) {
                throw BotApiError.badRequest("can't parse BotCommand: Field \"" + field + "\" must be of type String");
            }
        }
        String command = entry.get("command").asText().strip();
        if (command.startsWith("/")) {
            command = command.substring(1);
        }
        if (command.isEmpty()) {
            throw BotApiError.badRequest("command must be non-empty");
        }
        if (command.codePointCount(0, command.length()) > MAX_COMMAND_LENGTH) {
            throw BotApiError.badRequest("command length must not exceed " + MAX_COMMAND_LENGTH);
        }
        String description = entry.get("description").asText().strip();
        if (description.isEmpty()) {
            throw BotApiError.badRequest("command description must be non-empty");
        }
        if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION_LENGTH) {
            throw BotApiError.badRequest("command description length must not exceed " + MAX_DESCRIPTION_LENGTH);
        }
        return new BotCommandEntry(command, description);
    }

    private JsonNode getMyCommands(RequestParams params) {
        ArrayNode result = Json.array();
        for (BotCommandEntry command : backend.commands.get(listKey(params))) {
            ObjectNode json = result.addObject();
            json.put("command", command.command());
            json.put("description", command.description());
        }
        return result;
    }

    private JsonNode deleteMyCommands(RequestParams params) {
        backend.commands.delete(listKey(params));
        return BooleanNode.TRUE;
    }

    /** The key of the command list that {@code scope} and {@code language_code} address. */
    private String listKey(RequestParams params) {
        String language = params.string("language_code").orElse("");
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            throw BotApiError.badRequest("invalid language code specified");
        }
        JsonNode scope = params.json("scope", "can't parse BotCommandScope JSON object").orElse(null);
        if (scope == null) {
            return CommandRegistry.key("default", language);
        }
        String type = scope.path("type").asText("");
        String scopeKey = switch (type) {
            case "default", "all_private_chats", "all_group_chats", "all_chat_administrators" -> type;
            case "chat", "chat_administrators" -> type + ":" + scopeChat(scope);
            case "chat_member" -> {
                OptionalLong user = scope.path("user_id").canConvertToLong()
                        ? OptionalLong.of(scope.get("user_id").asLong()) : OptionalLong.empty();
                if (user.isEmpty()) {
                    throw BotApiError.badRequest("can't parse BotCommandScope: Can't find field \"user_id\"");
                }
                yield type + ":" + scopeChat(scope) + ":" + user.getAsLong();
            }
            default -> throw BotApiError.badRequest("can't parse BotCommandScope: Unsupported type specified");
        };
        return CommandRegistry.key(scopeKey, language);
    }

    private long scopeChat(JsonNode scope) {
        ObjectNode chat = Json.object();
        chat.set("chat_id", scope.get("chat_id"));
        return backend.chats.requireChat(new RequestParams(chat, Map.of()));
    }

    private JsonNode answerCallbackQuery(RequestParams params) {
        String id = params.string("callback_query_id")
                .orElseThrow(() -> BotApiError.badRequest("parameter \"callback_query_id\" is required"));
        String text = params.string("text").orElse(null);
        if (text != null && text.codePointCount(0, text.length()) > MAX_CALLBACK_ANSWER_LENGTH) {
            throw BotApiError.badRequest("MESSAGE_TOO_LONG");
        }
        OptionalLong cacheTime = params.longValue("cache_time");
        backend.callbacks.answer(id, text, params.bool("show_alert"), params.string("url").orElse(null),
                cacheTime.isPresent() ? (int) cacheTime.getAsLong() : null);
        return BooleanNode.TRUE;
    }
}
