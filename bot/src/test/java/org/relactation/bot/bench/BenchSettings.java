package org.relactation.bot.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The one place where benchmarks choose the bot's settings, as environment variables (what an operator sets).
 * Throughput runs lift the send limits; the "default limit" run keeps them.
 */
final class BenchSettings {
    private BenchSettings() {
    }

    /** The bot as shipped, apart from what a benchmark must control (address, data folder, poll timeout). */
    static Map<String, String> defaults() {
        Map<String, String> environment = new HashMap<>();
        environment.put("TELEGRAM_POLL_TIMEOUT", "5");
        return environment;
    }

    /** For throughput runs: the global and per-chat send limits lifted. */
    static Map<String, String> lifted() {
        Map<String, String> environment = defaults();
        environment.put("TELEGRAM_SEND_PER_SECOND", "0");
        environment.put("TELEGRAM_CHAT_GAP_MS", "0");
        return environment;
    }
}
