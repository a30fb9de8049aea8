package org.relactation.bot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.relactation.bot.telegram.fake.ApiCall;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the fake Bot API's call log: when each update was served by getUpdates, and when the reply to it arrived
 * (the n-th sendMessage to a chat answers the n-th message of that chat, since one chat is handled in order).
 */
final class ReplyTimes {
    final Latencies latencies = new Latencies();
    final int updates;
    final int replies;
    final double perSecond;
    /** CPU time of the whole process (bot, fake Bot API, load) per message, over the measured rounds. */
    double cpuMillisEach = Double.NaN;

    private ReplyTimes(int updates, int replies, double perSecond) {
        this.updates = updates;
        this.replies = replies;
        this.perSecond = perSecond;
    }

    /** The updates of chats in [{@code firstChat}, {@code lastChat}] served at or after {@code since}. */
    static ReplyTimes of(List<ApiCall> calls, Instant since, long firstChat, long lastChat) {
        Map<Long, TreeMap<Long, Instant>> served = new HashMap<>();
        Map<Long, List<Instant>> replies = new HashMap<>();
        Instant first = null;
        Instant last = null;
        for (ApiCall call : calls) {
            if (call.at().isBefore(since) || !call.ok()) {
                continue;
            }
            if (call.method().equals("getUpdates")) {
                for (JsonNode update : call.result()) {
                    long chat = update.path("message").path("chat").path("id").asLong();
                    if (chat >= firstChat && chat <= lastChat) {
                        served.computeIfAbsent(chat, c -> new TreeMap<>())
                                .putIfAbsent(update.get("update_id").asLong(), call.at());
                        first = first == null ? call.at() : first;
                    }
                }
            } else if (call.method().equals("sendMessage")) {
                long chat = Long.parseLong(call.param("chat_id"));
                if (chat >= firstChat && chat <= lastChat) {
                    replies.computeIfAbsent(chat, c -> new ArrayList<>()).add(call.at());
                    last = call.at();
                }
            }
        }
        int updates = served.values().stream().mapToInt(Map::size).sum();
        int replyCount = replies.values().stream().mapToInt(List::size).sum();
        double seconds = first == null || last == null ? Double.NaN : Duration.between(first, last).toNanos() / 1e9;
        ReplyTimes times = new ReplyTimes(updates, replyCount, replyCount / seconds);
        served.forEach((chat, byUpdate) -> {
            List<Instant> answers = replies.getOrDefault(chat, List.of());
            int i = 0;
            for (Instant servedAt : byUpdate.values()) {
                if (i < answers.size()) {
                    times.latencies.add(Duration.between(servedAt, answers.get(i)).toNanos());
                }
                i++;
            }
        });
        return times;
    }
}
