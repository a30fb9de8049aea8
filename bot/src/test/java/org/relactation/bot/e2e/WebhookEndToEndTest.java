package org.relactation.bot.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.ApiCall;
import org.relactation.bot.telegram.fake.BotMessage;
import org.relactation.bot.telegram.fake.Webhook;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
                "WEBHOOK_PORT", Integer.toString(port), "WEBHOOK_SECRET", SECRET, "WEBHOOK_MAX_CONNECTIONS", "12",
                "OPERATIONS_PORT", Integer.toString(operatorPort)));
        poster = new WebhookPoster(bot.telegram(), "/telegram/hook");
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @AfterEach
    void telegramRefusedNothing() {
        bot.telegram().clearFaults();
        assertThat(bot.telegram().errors()).allMatch(ApiCall::injected);
    }

    /** Posts each body at the same moment, each from its own thread; returns the statuses once all are answered. */
    private static List<Integer> postAtOnce(List<String> bodies) {
        ExecutorService threads = Executors.newFixedThreadPool(bodies.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> posts = bodies.stream().map(body -> threads.submit(() -> {
                start.await();
                return poster.post(port, body, SECRET);
            })).toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> post : posts) {
                statuses.add(post.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void setsTheWebhookWithItsSecretAndAnswersAnUpdateBeforeTelegramGetsItsOk() {
        assertThat(bot.telegram().webhook()).contains(new Webhook(URL, SECRET));
        assertThat(bot.telegram().callsOf("setWebhook")).last()
                .satisfies(call -> assertThat(call.param("max_connections")).isEqualTo("12"));
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
    void anUpdatePostedAgainToTheWebhookIsHandledAndAnsweredOnce() {
        bot.started(7003, "en");
        int update = bot.telegram().userSends(7003, "pumped 20 min", "en");
        String body = poster.deliver(update, port);

        assertThat(poster.post(port, body, SECRET)).isEqualTo(200);

        // Telegram posts again when it missed the 200; the first answer went into the outbox with the log, so it is
        // sent (or was), and the copy gets its 200 and no second answer. Stored once.
        assertThat(bot.telegram().messagesTo(7003)).extracting(BotMessage::text)
                .singleElement().asString().startsWith("✅ Logged");
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

    @Test
    void copiesOfAnUpdatePostedAtOnceAreAnsweredOnce() {
        bot.started(7006, "en");
        int update = bot.telegram().userSends(7006, "pumped 25 min", "en");
        String body = bot.telegram().takeForWebhook(update);
        // Telegram slow to take the reply: the first post is still in hand when its copies arrive.
        bot.telegram().slowDown("sendMessage", Duration.ofSeconds(1));

        assertThat(postAtOnce(Collections.nCopies(5, body))).containsOnly(200);

        assertThat(bot.telegram().messagesTo(7006)).extracting(BotMessage::text)
                .singleElement().satisfies(text -> assertThat(text).startsWith("✅ Logged: pumped · 25 min"));
        assertThat(new EntryStore(bot.application().database()).all(7006)).hasSize(1);
    }

    @Test
    void anUpdateWithoutAChatGetsItsOkAndALogLineWithoutItsText() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        String from = "\"from\":{\"id\":7007,\"is_bot\":false,\"first_name\":\"P\"}";
        try {
            assertThat(poster.post(port, "{\"update_id\":990001,\"message\":{\"message_id\":3,\"date\":1770000000,"
                    + from + ",\"text\":\"pumped 5 min secret-note\"}}", SECRET)).isEqualTo(200);
            assertThat(poster.post(port, "{\"update_id\":990002,\"callback_query\":{\"id\":\"5\",\"chat_instance\":\"1\","
                    + from + ",\"data\":\"q:p\",\"message\":{\"message_id\":4,\"date\":1770000000}}}", SECRET))
                    .isEqualTo(200);
        } finally {
            root.detachAppender(captured);
        }

        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("Update 990001 has no chat; skipped", "Update 990002 has no chat; skipped")
                .noneMatch(line -> line.contains("secret-note"));
        assertThat(bot.application().users().find(7007)).isEmpty();
    }

    @Test
    void chatsWaitingOutA429HoldUpNoWorkerAndNoOtherChat() {
        // As many chats as the bot has workers (BOT_WORKER_THREADS=4), each reply met with a 429.
        List<Long> waiting = List.of(7011L, 7012L, 7013L, 7014L);
        bot.telegram().failNext("sendMessage", waiting.size(), 429, "Too Many Requests: retry after 4", 4);
        List<String> bodies = waiting.stream()
                .map(chat -> bot.telegram().takeForWebhook(bot.telegram().userSends(chat, "/help", "en"))).toList();
        CompletableFuture<List<Integer>> held = CompletableFuture.supplyAsync(() -> postAtOnce(bodies));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> bot.telegram().callsOf("sendMessage").stream()
                .filter(call -> call.httpStatus() == 429).count() == waiting.size());

        int other = bot.telegram().userSends(7015, "/about", "en");
        poster.deliver(other, port);

        // Answered while the four chats are still waiting out their 429: no worker was waiting with them.
        assertThat(bot.telegram().messagesTo(7015)).singleElement()
                .satisfies(message -> assertThat(message.text()).contains("does not diagnose"));
        assertThat(waiting).allSatisfy(chat -> assertThat(bot.telegram().messagesTo(chat)).isEmpty());
        assertThat(held.join()).containsOnly(200);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> waiting.stream().noneMatch(chat -> bot.telegram().messagesTo(chat).isEmpty()));
    }
}
