package org.relactation.bot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;

/** Every setting of the bot, validated. Built by {@link SettingsLoader}. */
public record Settings(Telegram telegram, Storage storage, Bot bot, Webhook webhook, Operations operations) {

    /**
     * @param sendPerSecond    messages a second the bot sends at most, all chats together (0: no limit)
     * @param chatGapMillis    the least time between two messages in one chat (0: none)
     * @param sendConcurrency  Bot API calls in flight at once
     */
    /**
     * @param inboxLimit how many updates read by long polling may wait to be handled before reading waits
     */
    public record Telegram(Secret token, URI apiUrl, int pollTimeoutSeconds, int sendRetries, int sendPerSecond,
                           int chatGapMillis, int sendConcurrency, int inboxLimit) {
        public boolean hasToken() {
            return !token.isEmpty();
        }

        /** For runs that must talk to Telegram (a container): no token is a configuration error. */
        public void requireToken() {
            if (!hasToken()) {
                throw new SettingsException("Configuration error: telegram.token (BOT_TOKEN) is missing;"
                        + " --telegram needs it");
            }
        }
    }

    /**
     * @param serverSelectionTimeoutSeconds how long one database call waits for a reachable server
     * @param connectTimeoutSeconds         how long opening a connection may take
     * @param socketTimeoutSeconds          how long a sent request may wait for its answer
     * @param outageRetrySeconds            how long an update is retried through a database outage before the
     *                                      parent is told it was not saved
     */
    public record Storage(String mongodbUri, String database, Path dataDir, int serverSelectionTimeoutSeconds,
                          int connectTimeoutSeconds, int socketTimeoutSeconds, int outageRetrySeconds) {
        public boolean embedded() {
            return mongodbUri.isBlank();
        }

        @Override
        public String toString() {
            // A connection string may carry a password.
            return "Storage[mongodbUri=" + (embedded() ? "(embedded)" : "(set)") + ", database=" + database
                    + ", dataDir=" + dataDir + ", serverSelectionTimeoutSeconds=" + serverSelectionTimeoutSeconds
                    + ", connectTimeoutSeconds=" + connectTimeoutSeconds + ", socketTimeoutSeconds="
                    + socketTimeoutSeconds + ", outageRetrySeconds=" + outageRetrySeconds + "]";
        }
    }

    public record Bot(ZoneId defaultTimezone, String defaultLanguage, int workerThreads, int floodPerMinute) {
    }

    /**
     * How updates arrive: long polling (enabled false, the default) or a webhook Telegram posts to.
     *
     * @param url    the public HTTPS address given to Telegram; its path is where the bot listens
     * @param port   the local port the webhook listens on (a reverse proxy forwards the public address to it)
     * @param secret sent by Telegram in X-Telegram-Bot-Api-Secret-Token with every update; others are refused
     * @param maxConnections how many requests Telegram may have open at once to this address (1 to 100), given to
     *                       Telegram with the webhook
     */
    public record Webhook(boolean enabled, URI url, int port, Secret secret, int maxConnections) {
        /** The path requests must be posted to: the public address's path, "/" when it has none. */
        public String path() {
            String path = url == null ? null : url.getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        }
    }

    /** The operator endpoints (/healthz, /metrics) on their own port; port 0 means off. */
    public record Operations(int port) {
        public boolean enabled() {
            return port > 0;
        }
    }
}
