package org.relactation.bot.telegram.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bot's command menus, one list per scope and language. Keys: the language code alone for the default scope
 * ("" for all languages, "es" for Spanish); "scope/language" otherwise, where scope is the scope type with its
 * chat_id and user_id appended after colons ("all_private_chats/", "chat:42/es", "chat_member:-5:42/").
 */
final class CommandRegistry {
    private final Map<String, List<BotCommandEntry>> lists = new LinkedHashMap<>();

    static String key(String scope, String languageCode) {
        return scope.equals("default") ? languageCode : scope + "/" + languageCode;
    }

    /** Replaces a list; an empty list deletes it, as Telegram does. */
    synchronized void set(String key, List<BotCommandEntry> commands) {
        if (commands.isEmpty()) {
            lists.remove(key);
        } else {
            lists.put(key, List.copyOf(commands));
        }
    }

    synchronized List<BotCommandEntry> get(String key) {
        return lists.getOrDefault(key, List.of());
    }

    synchronized void delete(String key) {
        lists.remove(key);
    }

    synchronized Map<String, List<BotCommandEntry>> all() {
        return Map.copyOf(lists);
    }
}
