package org.relactation.bot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the defaults (application.yaml on the classpath, a copy of config/application.yaml), lays an optional
 * operator file over them, then environment variables over both, and validates the result.
 * Every problem becomes a {@link SettingsException} whose message names the setting and its variable.
 */
public final class SettingsLoader {
    /** Environment variable for each setting path; the same names are documented in application.yaml. */
    static final Map<String, String> ENVIRONMENT = new LinkedHashMap<>();

    static {
        ENVIRONMENT.put("telegram.token", "BOT_TOKEN");
        ENVIRONMENT.put("telegram.apiUrl", "TELEGRAM_API_URL");
        ENVIRONMENT.put("telegram.pollTimeoutSeconds", "TELEGRAM_POLL_TIMEOUT");
        ENVIRONMENT.put("telegram.sendRetries", "TELEGRAM_SEND_RETRIES");
        ENVIRONMENT.put("telegram.sendPerSecond", "TELEGRAM_SEND_PER_SECOND");
        ENVIRONMENT.put("telegram.chatGapMillis", "TELEGRAM_CHAT_GAP_MS");
        ENVIRONMENT.put("telegram.sendConcurrency", "TELEGRAM_SEND_CONCURRENCY");
        ENVIRONMENT.put("telegram.inboxLimit", "TELEGRAM_INBOX_LIMIT");
        ENVIRONMENT.put("storage.mongodbUri", "MONGODB_URI");
        ENVIRONMENT.put("storage.database", "MONGODB_DATABASE");
        ENVIRONMENT.put("storage.dataDir", "DATA_DIR");
        ENVIRONMENT.put("storage.serverSelectionTimeoutSeconds", "MONGODB_SERVER_SELECTION_TIMEOUT");
        ENVIRONMENT.put("storage.connectTimeoutSeconds", "MONGODB_CONNECT_TIMEOUT");
        ENVIRONMENT.put("storage.socketTimeoutSeconds", "MONGODB_SOCKET_TIMEOUT");
        ENVIRONMENT.put("storage.outageRetrySeconds", "DB_OUTAGE_RETRY");
        ENVIRONMENT.put("bot.defaultTimezone", "BOT_DEFAULT_TIMEZONE");
        ENVIRONMENT.put("bot.defaultLanguage", "BOT_DEFAULT_LANGUAGE");
        ENVIRONMENT.put("bot.workerThreads", "BOT_WORKER_THREADS");
        ENVIRONMENT.put("bot.floodPerMinute", "BOT_FLOOD_PER_MINUTE");
        ENVIRONMENT.put("webhook.mode", "BOT_MODE");
        ENVIRONMENT.put("webhook.url", "WEBHOOK_URL");
        ENVIRONMENT.put("webhook.port", "WEBHOOK_PORT");
        ENVIRONMENT.put("webhook.secret", "WEBHOOK_SECRET");
        ENVIRONMENT.put("webhook.maxConnections", "WEBHOOK_MAX_CONNECTIONS");
        ENVIRONMENT.put("operations.port", "OPERATIONS_PORT");
    }

    private static final Pattern TOKEN = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{20,}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_-]{1,63}");
    /** What Telegram accepts as secret_token. */
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, String> environment;

    public SettingsLoader(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Loads defaults, then {@code file} if given, then the environment. */
    public Settings load(Optional<Path> file) {
        ObjectNode tree = defaults();
        Optional<Path> chosen = file.or(() -> Optional.ofNullable(environment.get("CONFIG_FILE"))
                .filter(s -> !s.isBlank()).map(Path::of));
        chosen.ifPresent(path -> overlay(tree, read(path), path.toString(), ""));
        ENVIRONMENT.forEach((path, variable) -> {
            String value = environment.get(variable);
            if (value != null) {
                set(tree, path, value);
            }
        });
        return bind(tree);
    }

    private static ObjectNode defaults() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream("/application.yaml")) {
            if (in == null) {
                throw new SettingsException("Configuration error: application.yaml is missing from the build");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new SettingsException("Configuration error: the built-in application.yaml cannot be read");
        }
    }

    private static JsonNode read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new SettingsException("Configuration error: config file " + path + " does not exist");
        }
        try {
            JsonNode node = YAML.readTree(path.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return YAML.createObjectNode();
            }
            if (!node.isObject()) {
                throw new SettingsException("Configuration error: config file " + path + " is not a YAML mapping");
            }
            return node;
        } catch (IOException e) {
            throw new SettingsException("Configuration error: config file " + path + " is not valid YAML (line "
                    + lineOf(e) + ")");
        }
    }

    private static String lineOf(IOException e) {
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            return String.valueOf(p.getLocation().getLineNr());
        }
        return "?";
    }

    /** Copies {@code from} onto {@code into}, refusing keys the defaults do not know (typos would be silent). */
    private static void overlay(ObjectNode into, JsonNode from, String source, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            JsonNode existing = into.get(field.getKey());
            if (existing == null) {
                throw new SettingsException("Configuration error: unknown setting '" + path + "' in " + source);
            }
            if (existing.isObject()) {
                if (!field.getValue().isObject()) {
                    throw new SettingsException("Configuration error: '" + path + "' in " + source
                            + " must be a section, not a value");
                }
                overlay((ObjectNode) existing, field.getValue(), source, path + ".");
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    private static void set(ObjectNode tree, String path, String value) {
        String[] parts = path.split("\\.");
        ((ObjectNode) tree.get(parts[0])).put(parts[1], value);
    }

    private Settings bind(ObjectNode tree) {
        Settings.Telegram telegram = new Settings.Telegram(
                token(text(tree, "telegram.token")),
                apiUrl(text(tree, "telegram.apiUrl")),
                integer(tree, "telegram.pollTimeoutSeconds", 0, 600),
                integer(tree, "telegram.sendRetries", 0, 100),
                integer(tree, "telegram.sendPerSecond", 0, 100_000),
                integer(tree, "telegram.chatGapMillis", 0, 60_000),
                integer(tree, "telegram.sendConcurrency", 1, 1_024),
                integer(tree, "telegram.inboxLimit", 100, 1_000_000));
        Settings.Storage storage = new Settings.Storage(
                mongodbUri(text(tree, "storage.mongodbUri")),
                matching(tree, "storage.database", DATABASE, "letters, digits, '_' or '-'"),
                path(tree, "storage.dataDir"),
                integer(tree, "storage.serverSelectionTimeoutSeconds", 1, 300),
                integer(tree, "storage.connectTimeoutSeconds", 1, 300),
                integer(tree, "storage.socketTimeoutSeconds", 1, 600),
                integer(tree, "storage.outageRetrySeconds", 0, 600));
        Settings.Bot bot = new Settings.Bot(
                zone(tree, "bot.defaultTimezone"),
                matching(tree, "bot.defaultLanguage", LANGUAGE, "a two-letter language code such as en"),
                integer(tree, "bot.workerThreads", 1, 512),
                integer(tree, "bot.floodPerMinute", 1, 10_000));
        return new Settings(telegram, storage, bot, webhook(tree),
                new Settings.Operations(integer(tree, "operations.port", 0, 65_535)));
    }

    private Settings.Webhook webhook(ObjectNode tree) {
        String mode = text(tree, "webhook.mode");
        if (!mode.equals("polling") && !mode.equals("webhook")) {
            throw problem("webhook.mode", "must be polling or webhook, got '" + mode + "'");
        }
        int port = integer(tree, "webhook.port", 1, 65_535);
        String url = text(tree, "webhook.url");
        String secret = text(tree, "webhook.secret");
        // Telegram's own range.
        int maxConnections = integer(tree, "webhook.maxConnections", 1, 100);
        if (mode.equals("polling")) {
            return new Settings.Webhook(false, null, port, new Secret(secret), maxConnections);
        }
        URI address;
        try {
            address = new URI(url);
        } catch (URISyntaxException e) {
            throw problem("webhook.url", "is not a valid address: '" + url + "'");
        }
        if (!"https".equals(address.getScheme()) || address.getHost() == null || address.getRawQuery() != null) {
            throw problem("webhook.url", "must be the public https address Telegram posts to, such as"
                    + " https://bot.example.org/telegram, got '" + url + "'");
        }
        if (!WEBHOOK_SECRET.matcher(secret).matches()) {
            // Like the token, the value is never echoed.
            throw problem("webhook.secret", "must be 1 to 256 letters, digits, '_' or '-' in webhook mode;"
                    + " the value is not shown");
        }
        return new Settings.Webhook(true, address, port, new Secret(secret), maxConnections);
    }

    private static String text(ObjectNode tree, String path) {
        String[] parts = path.split("\\.");
        JsonNode node = tree.path(parts[0]).path(parts[1]);
        if (node.isMissingNode() || node.isNull()) {
            throw problem(path, "is missing");
        }
        if (!node.isValueNode()) {
            throw problem(path, "must be a single value");
        }
        return node.asText().trim();
    }

    private static Secret token(String value) {
        // The value itself is never echoed: a half-pasted token is still a secret.
        if (!value.isEmpty() && !TOKEN.matcher(value).matches()) {
            throw problem("telegram.token", "does not look like a bot token from @BotFather (digits, a colon, then"
                    + " letters); the value is not shown");
        }
        return new Secret(value);
    }

    private static URI apiUrl(String value) {
        try {
            URI uri = new URI(value);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (!web || uri.getHost() == null || !bare || uri.getRawQuery() != null) {
                throw problem("telegram.apiUrl", "must be an http(s) address without a path, such as"
                        + " https://api.telegram.org or http://127.0.0.1:8081, got '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw problem("telegram.apiUrl", "is not a valid address: '" + value + "'");
        }
    }

    private static String mongodbUri(String value) {
        if (!value.isEmpty() && !value.startsWith("mongodb://") && !value.startsWith("mongodb+srv://")) {
            throw problem("storage.mongodbUri", "must start with mongodb:// or mongodb+srv:// (value not shown,"
                    + " it may hold a password)");
        }
        return value;
    }

    private static int integer(ObjectNode tree, String path, int min, int max) {
        String value = text(tree, path);
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw problem(path, "must be between " + min + " and " + max + ", got " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw problem(path, "must be a whole number, got '" + value + "'");
        }
    }

    private static String matching(ObjectNode tree, String path, Pattern pattern, String expected) {
        String value = text(tree, path);
        if (!pattern.matcher(value).matches()) {
            throw problem(path, "must be " + expected + ", got '" + value + "'");
        }
        return value;
    }

    private static Path path(ObjectNode tree, String path) {
        String value = text(tree, path);
        if (value.isEmpty()) {
            throw problem(path, "must name a folder");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw problem(path, "is not a valid folder name: '" + value + "'");
        }
    }

    private static ZoneId zone(ObjectNode tree, String path) {
        String value = text(tree, path);
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw problem(path, "must be a time zone such as Europe/Madrid or UTC, got '" + value + "'");
        }
    }

    private static SettingsException problem(String path, String what) {
        return new SettingsException("Configuration error: " + path + " (" + ENVIRONMENT.get(path) + ") " + what);
    }
}
