package org.relactation.bot.telegram.fake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Callback queries users made, and the bot's answers: each query can be answered once. */
final class CallbackRegistry {
    private record Open(long userId, long chatId, int messageId, String data) {
    }

    private final Map<String, Open> open = new HashMap<>();
    private final List<AnsweredCallback> answered = new ArrayList<>();

    /** A new query id, numeric like Telegram's. */
    synchronized String register(long userId, long chatId, int messageId, String data) {
        String id;
        do {
            id = Long.toUnsignedString(ThreadLocalRandom.current().nextLong() >>> 1);
        } while (open.containsKey(id));
        open.put(id, new Open(userId, chatId, messageId, data));
        return id;
    }

    /** Answers a query; an unknown or already answered one is "too old", as Telegram words it. */
    synchronized void answer(String id, String text, boolean showAlert, String url, Integer cacheTime) {
        Open query = open.remove(id);
        if (query == null) {
            throw BotApiError.badRequest(
                    "query is too old and response timeout expired or query ID is invalid");
        }
        answered.add(new AnsweredCallback(id, query.userId(), query.chatId(), query.messageId(), query.data(),
                text, showAlert, url, cacheTime));
    }

    synchronized List<AnsweredCallback> answered() {
        return List.copyOf(answered);
    }
}
