package org.relactation.bot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsLoaderTest {
    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    @Test
    void defaultsNeedNoEnvironment() {
        Settings settings = new SettingsLoader(Map.of()).load(Optional.empty());

        assertThat(settings.telegram().hasToken()).isFalse();
        assertThat(settings.telegram().apiUrl().toString()).isEqualTo("https://api.telegram.org");
        assertThat(settings.storage().embedded()).isTrue();
        assertThat(settings.storage().dataDir()).isEqualTo(Path.of("./data"));
        assertThat(settings.bot().defaultTimezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.bot().defaultLanguage()).isEqualTo("en");
    }

    @Test
    void environmentOverridesEverySetting() {
        Settings settings = new SettingsLoader(Map.of(
                "BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "MONGODB_URI", "mongodb://db:27017",
                "MONGODB_DATABASE", "bot_test",
                "DATA_DIR", "/var/lib/bot",
                "BOT_DEFAULT_TIMEZONE", "America/New_York",
                "BOT_DEFAULT_LANGUAGE", "es",
                "BOT_WORKER_THREADS", "3",
                "TELEGRAM_POLL_TIMEOUT", "5",
                "TELEGRAM_SEND_RETRIES", "2")).load(Optional.empty());

        assertThat(settings.telegram().token().reveal()).isEqualTo(TOKEN);
        assertThat(settings.telegram().apiUrl().getPort()).isEqualTo(8081);
        assertThat(settings.telegram().pollTimeoutSeconds()).isEqualTo(5);
        assertThat(settings.telegram().sendRetries()).isEqualTo(2);
        assertThat(settings.storage().embedded()).isFalse();
        assertThat(settings.storage().database()).isEqualTo("bot_test");
        assertThat(settings.storage().dataDir()).isEqualTo(Path.of("/var/lib/bot"));
        assertThat(settings.bot().defaultTimezone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(settings.bot().defaultLanguage()).isEqualTo("es");
        assertThat(settings.bot().workerThreads()).isEqualTo(3);
    }

    @Test
    void aDeadDatabaseIsNoticedInSecondsAndAnOutageRiddenOutForTwentyByDefault() {
        Settings.Storage defaults = new SettingsLoader(Map.of()).load(Optional.empty()).storage();
        Settings.Storage set = new SettingsLoader(Map.of("MONGODB_SERVER_SELECTION_TIMEOUT", "2",
                "MONGODB_CONNECT_TIMEOUT", "3", "MONGODB_SOCKET_TIMEOUT", "4", "DB_OUTAGE_RETRY", "0"))
                .load(Optional.empty()).storage();

        assertThat(defaults.serverSelectionTimeoutSeconds()).isEqualTo(5);
        assertThat(defaults.connectTimeoutSeconds()).isEqualTo(5);
        assertThat(defaults.socketTimeoutSeconds()).isEqualTo(15);
        assertThat(defaults.outageRetrySeconds()).isEqualTo(20);
        assertThat(set).extracting(Settings.Storage::serverSelectionTimeoutSeconds,
                Settings.Storage::connectTimeoutSeconds, Settings.Storage::socketTimeoutSeconds,
                Settings.Storage::outageRetrySeconds).containsExactly(2, 3, 4, 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DB_OUTAGE_RETRY      | -1                     | storage.outageRetrySeconds (DB_OUTAGE_RETRY)",
            "MONGODB_SOCKET_TIMEOUT | 0                    | storage.socketTimeoutSeconds (MONGODB_SOCKET_TIMEOUT)",
            "TELEGRAM_API_URL     | ftp://example.org      | telegram.apiUrl (TELEGRAM_API_URL)",
            "TELEGRAM_API_URL     | http://host/some/path  | telegram.apiUrl (TELEGRAM_API_URL)",
            "BOT_DEFAULT_TIMEZONE | Mars/Olympus           | bot.defaultTimezone (BOT_DEFAULT_TIMEZONE)",
            "BOT_WORKER_THREADS   | many                   | bot.workerThreads (BOT_WORKER_THREADS)",
            "BOT_WORKER_THREADS   | 0                      | bot.workerThreads (BOT_WORKER_THREADS)",
            "TELEGRAM_POLL_TIMEOUT| -1                     | telegram.pollTimeoutSeconds (TELEGRAM_POLL_TIMEOUT)",
            "MONGODB_URI          | postgres://x           | storage.mongodbUri (MONGODB_URI)",
            "MONGODB_DATABASE     | a b                    | storage.database (MONGODB_DATABASE)",
            "BOT_DEFAULT_LANGUAGE | english                | bot.defaultLanguage (BOT_DEFAULT_LANGUAGE)",
    })
    void aMalformedSettingStopsWithOneLineNamingIt(String variable, String value, String named) {
        assertThatThrownBy(() -> new SettingsLoader(Map.of(variable, value)).load(Optional.empty()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(named)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMalformedTokenIsNamedButNeverShown() {
        String halfPasted = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw extra";

        assertThatThrownBy(() -> new SettingsLoader(Map.of("BOT_TOKEN", halfPasted)).load(Optional.empty()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("telegram.token (BOT_TOKEN)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("AAHdqTcv"));
    }

    @Test
    void theTokenNeverAppearsInToString() {
        Settings settings = new SettingsLoader(Map.of("BOT_TOKEN", TOKEN,
                "MONGODB_URI", "mongodb://admin:s3cret@db:27017")).load(Optional.empty());

        assertThat(settings.toString()).doesNotContain("AAHdqTcv").doesNotContain("s3cret");
    }

    @Test
    void aConfigFileIsLaidOverTheDefaultsAndTheEnvironmentWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bot.yaml");
        Files.writeString(file, "bot:\n  defaultTimezone: Asia/Kolkata\n  workerThreads: 2\n");

        Settings settings = new SettingsLoader(Map.of("BOT_WORKER_THREADS", "4")).load(Optional.of(file));

        assertThat(settings.bot().defaultTimezone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(settings.bot().workerThreads()).isEqualTo(4);
        assertThat(settings.bot().defaultLanguage()).isEqualTo("en");
    }

    @Test
    void aTypoInTheConfigFileIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bot.yaml");
        Files.writeString(file, "bot:\n  defaultTimezon: Asia/Kolkata\n");

        assertThatThrownBy(() -> new SettingsLoader(Map.of()).load(Optional.of(file)))
                .hasMessageContaining("unknown setting 'bot.defaultTimezon'");
    }

    @Test
    void brokenYamlIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bot.yaml");
        Files.writeString(file, "bot:\n  workerThreads: [1,\n");

        assertThatThrownBy(() -> new SettingsLoader(Map.of("CONFIG_FILE", file.toString())).load(Optional.empty()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("is not valid YAML");
    }

    @Test
    void pollingIsTheDefaultAndOperatorEndpointsAreOff() {
        Settings settings = new SettingsLoader(Map.of()).load(Optional.empty());

        assertThat(settings.webhook().enabled()).isFalse();
        assertThat(settings.operations().enabled()).isFalse();
    }

    @Test
    void webhookModeTakesAddressPortSecretAndTheOperatorPort() {
        Settings settings = new SettingsLoader(Map.of("BOT_MODE", "webhook",
                "WEBHOOK_URL", "https://bot.example.org/telegram/hook", "WEBHOOK_PORT", "8443",
                "WEBHOOK_SECRET", "a-Secret_1", "OPERATIONS_PORT", "9090")).load(Optional.empty());

        assertThat(settings.webhook().enabled()).isTrue();
        assertThat(settings.webhook().path()).isEqualTo("/telegram/hook");
        assertThat(settings.webhook().port()).isEqualTo(8443);
        assertThat(settings.webhook().secret().reveal()).isEqualTo("a-Secret_1");
        assertThat(settings.webhook().maxConnections()).isEqualTo(40);
        assertThat(settings.webhook().toString()).doesNotContain("a-Secret_1");
        assertThat(settings.operations().port()).isEqualTo(9090);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BOT_MODE       | push                        | webhook.mode (BOT_MODE)",
            "WEBHOOK_URL    | http://bot.example.org/hook | webhook.url (WEBHOOK_URL)",
            "WEBHOOK_URL    | ''                          | webhook.url (WEBHOOK_URL)",
            "WEBHOOK_SECRET | ''                          | webhook.secret (WEBHOOK_SECRET)",
            "WEBHOOK_SECRET | has spaces in it            | webhook.secret (WEBHOOK_SECRET)",
            "WEBHOOK_PORT   | 0                           | webhook.port (WEBHOOK_PORT)",
            "WEBHOOK_MAX_CONNECTIONS | 101                | webhook.maxConnections (WEBHOOK_MAX_CONNECTIONS)",
            "OPERATIONS_PORT| 70000                       | operations.port (OPERATIONS_PORT)"})
    void webhookSettingsAreCheckedAndTheSecretIsNeverEchoed(String variable, String value, String named) {
        Map<String, String> environment = new HashMap<>(Map.of("BOT_MODE", "webhook",
                "WEBHOOK_URL", "https://bot.example.org/hook", "WEBHOOK_SECRET", "good-secret"));
        environment.put(variable, value);

        assertThatThrownBy(() -> new SettingsLoader(environment).load(Optional.empty()))
                .isInstanceOf(SettingsException.class).hasMessageContaining(named)
                .satisfies(e -> {
                    if (variable.equals("WEBHOOK_SECRET") && !value.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(value);
                    }
                });
    }
}
