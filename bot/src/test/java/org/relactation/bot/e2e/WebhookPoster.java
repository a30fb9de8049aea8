package org.relactation.bot.e2e;

import org.relactation.bot.telegram.fake.FakeTelegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plays Telegram and the reverse proxy in front of bots in webhook mode: takes an update the fake holds and posts
 * it to the instance a test chooses, with the secret the bot set (or another, to see it refused).
 */
final class WebhookPoster {
    static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final FakeTelegram telegram;
    private final String path;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookPoster(FakeTelegram telegram, String path) {
        this.telegram = telegram;
        this.path = path;
    }

    /** Takes the update from the fake and posts it with the webhook's secret; returns the update as posted. */
    String deliver(int updateId, int port) {
        String update = telegram.takeForWebhook(updateId);
        int status = post(port, update, telegram.webhook().orElseThrow().secretToken());
        if (status != 200) {
            throw new AssertionError("Update " + updateId + " answered " + status);
        }
        return update;
    }

    /** Posts a body to the webhook path of the instance on {@code port}; {@code secret} null sends no header. */
    int post(int port, String body, String secret) {
        return send(port, path, "POST", body, secret);
    }

    int send(int port, String at, String method, String body, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + at))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(HEADER, secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a page (operator endpoints); returns status and body. */
    HttpResponse<String> get(int port, String at) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + at)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port free right now, for an instance's webhook or operator endpoints. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
