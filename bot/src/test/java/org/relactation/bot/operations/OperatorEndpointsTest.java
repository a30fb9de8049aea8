package org.relactation.bot.operations;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.outbound.OutboundQueue;
import org.relactation.bot.outbound.SendFault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorEndpointsTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(OperatorEndpoints endpoints, String path, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoints.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthSaysWhichPartIsDownWith503() throws Exception {
        AtomicBoolean database = new AtomicBoolean(true);
        AtomicBoolean scheduler = new AtomicBoolean(true);
        try (OperatorEndpoints endpoints = OperatorEndpoints.start(0, Metrics.none(), database::get,
                scheduler::get)) {
            assertThat(get(endpoints, "/healthz", "GET").statusCode()).isEqualTo(200);

            database.set(false);
            HttpResponse<String> down = get(endpoints, "/healthz", "GET");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"down\"", "\"database\":\"down\"", "\"scheduler\":\"up\"");

            database.set(true);
            scheduler.set(false);
            assertThat(get(endpoints, "/healthz", "GET").body()).contains("\"scheduler\":\"down\"");
            assertThat(get(endpoints, "/healthz", "POST").statusCode()).isEqualTo(405);
        }
    }

    @Test
    void metricsCountWhatTheBotReports() throws Exception {
        Metrics metrics = Metrics.prometheus();
        metrics.updateHandled(Duration.ofMillis(40));
        metrics.remindersSent(3);
        metrics.databaseFaults(() -> 1);
        // Seven chats waiting on calls that never return; the first had a 429 before.
        AtomicInteger calls = new AtomicInteger();
        OutboundQueue queue = OutboundQueue.start(
                action -> calls.getAndIncrement() == 0
                        ? CompletableFuture.failedFuture(new SendFault(
                        SendFault.Kind.RATE_LIMITED, Duration.ofMillis(1), "test"))
                        : new CompletableFuture<>(),
                new OutboundQueue.Limits(0, Duration.ZERO, 3, 16));
        for (long chat = 1; chat <= 7; chat++) {
            queue.submit(List.of(new Action.Reply(chat, "x")));
        }
        Awaitility.await().until(() -> calls.get() == 8);
        metrics.outbox(queue);
        try (OperatorEndpoints endpoints = OperatorEndpoints.start(0, metrics, () -> true, () -> true)) {
            String body = get(endpoints, "/metrics", "GET").body();

            assertThat(body).contains("bot_updates_handled_seconds_count 1", "bot_reminders_sent_total 3.0",
                    "bot_database_errors_total 1.0", "bot_telegram_throttled_total 1.0",
                    "bot_outbox_queue_depth 7.0");
        } finally {
            queue.close(Duration.ZERO);
        }
    }

    @Test
    void noMetricsRecordNothingAndAcceptEveryCall() {
        Metrics none = Metrics.none();
        none.updateHandled(Duration.ofMillis(1));
        none.remindersSent(2);

        assertThat(none.scrape()).isEmpty();
        assertThat(none.updatesHandled()).isZero();
    }
}
