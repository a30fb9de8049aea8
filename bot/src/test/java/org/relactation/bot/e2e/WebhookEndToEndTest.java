package org.relactation.bot.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.BotMessage;
import org.relactation.bot.telegram.fake.Webhook;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One bot in webhook mode: sets its webhook with a secret, refuses requests without it, answers those with it. */
class WebhookEndToEndTest {
    private static final String URL = "https://bot.example.org/telegram/hook";
    private static final String SECRET = "s3cret-for_tests";
    @TempDir
    static Path dataDir;
    static BotHarness bot;
    static WebhookPoster poster;
    static int port;
    static int operatorPort;

    @BeforeAll
    static void start() {
        port = WebhookPoster.freePort();
        operatorPort = WebhookPoster.freePort();
        bot = BotHarness.start(dataDir, Map.of("BOT_MODE", "webhook", "WEBHOOK_URL", URL,
                "WEBHOOK_PORT", Integer.toString(port), "WEBHOOK_SECRET", SECRET,
                "OPERATIONS_PORT", Integer.toString(operatorPort)));
        poster = new WebhookPoster(bot.telegram(), "/telegram/hook");
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void setsTheWebhookWithItsSecretAndAnswersAnUpdateBeforeTelegramGetsItsOk() {
        assertThat(bot.telegram().webhook()).contains(new Webhook(URL, SECRET));
        assertThat(bot.telegram().callsOf("getUpdates")).isEmpty();

        bot.started(7001, "en");
        int update = bot.telegram().userSends(7001, "pumped 15 min 20ml", "en");
        poster.deliver(update, port);

        // No waiting: the 200 came after the reply was sent.
        assertThat(bot.telegram().lastMessageTo(7001).orElseThrow().text()).startsWith("✅ Logged: pumped · 15 min");
        assertThat(new EntryStore(bot.application().database()).all(7001)).hasSize(1);
        assertThat(bot.telegram().errors()).isEmpty();
    }

    @Test
    void refusesRequestsWithoutTheRightSecretAndHandlesNothingOfThem() {
        int update = bot.telegram().userSends(7002, "pumped 15 min", "en");
        String body = bot.telegram().takeForWebhook(update);

        assertThat(poster.post(port, body, null)).isEqualTo(401);
        assertThat(poster.post(port, body, "wrong")).isEqualTo(401);
        assertThat(poster.post(port, body, SECRET + "x")).isEqualTo(401);
        assertThat(poster.send(port, "/telegram/other", "POST", body, SECRET)).isEqualTo(404);
        assertThat(poster.send(port, "/telegram/hook", "GET", null, SECRET)).isEqualTo(405);
        assertThat(poster.post(port, "{not json", SECRET)).isEqualTo(400);

        assertThat(bot.telegram().messagesTo(7002)).isEmpty();
        assertThat(bot.application().users().find(7002)).isEmpty();
        // The unknown path never reaches the bot's handler (the HTTP server answers 404 itself): five counted.
        assertThat(bot.application().metrics().scrape()).contains("bot_webhook_rejected_total 5.0");
    }

    @Test
    void anUpdatePostedAgainToTheWebhookIsAnsweredButHandledOnce() {
        bot.started(7003, "en");
        int update = bot.telegram().userSends(7003, "pumped 20 min", "en");
        String body = poster.deliver(update, port);

        assertThat(poster.post(port, body, SECRET)).isEqualTo(200);

        // Answered again (Telegram posts again only when it missed the 200: the first answer may be lost), stored once.
        assertThat(bot.telegram().messagesTo(7003)).extracting(BotMessage::text)
                .satisfiesExactly(first -> assertThat(first).startsWith("✅ Logged"),
                        again -> assertThat(again).startsWith("✅ Already logged"));
        assertThat(new EntryStore(bot.application().database()).all(7003)).hasSize(1);
    }

    @Test
    void aBotBackInPollingModeRemovesTheWebhookAndReceivesUpdates(@TempDir Path pollingData) throws Exception {
        try (BotHarness polling = BotHarness.start(pollingData)) {
            new OkHttpTelegramClient(BotHarness.TOKEN, polling.telegram().telegramUrl())
                    .execute(SetWebhook.builder().url(URL).secretToken(SECRET).build());

            polling.restart();

            assertThat(polling.telegram().webhook()).isEmpty();
            assertThat(polling.parent(7005, "en").says("pumped 10 min")).singleElement()
                    .satisfies(reply -> assertThat(reply.text()).startsWith("✅ Logged: pumped · 10 min"));
        }
    }

    @Test
    void operatorEndpointsSayHealthyAndCountUpdatesInPrometheusFormat() {
        int update = bot.telegram().userSends(7004, "/help", "en");
        poster.deliver(update, port);

        HttpResponse<String> health = poster.get(operatorPort, "/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\":\"up\"", "\"scheduler\":\"up\"");

        HttpResponse<String> metrics = poster.get(operatorPort, "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body()).contains("# TYPE bot_updates_handled_seconds summary",
                "bot_reminders_sent_total", "bot_database_errors_total", "mongodb_driver_pool_size");
        assertThat(bot.application().metrics().updatesHandled()).isPositive();
        // Counts and durations only: no texts, no token.
        assertThat(metrics.body()).doesNotContain("/help", BotHarness.TOKEN, SECRET);
    }
}
