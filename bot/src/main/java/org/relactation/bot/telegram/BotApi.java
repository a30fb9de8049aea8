package org.relactation.bot.telegram;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.relactation.bot.config.Settings;
import org.relactation.bot.conversation.ButtonCheck;
import org.relactation.bot.outbound.OutboundQueue;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Bot API client and the outbox on top of it, made the same way whichever way updates arrive (long polling
 * or webhook): the one place to change how the bot sends.
 */
final class BotApi {
    /** The updates the bot asks Telegram for: edits too, since a warning sign may be added by editing. */
    static final List<String> UPDATE_KINDS = List.of("message", "edited_message", "callback_query");

    private BotApi() {
    }

    /** A client for the Bot API address in settings (Telegram, a self-hosted Bot API server, or a test fake). */
    static OkHttpTelegramClient client(Settings.Telegram settings) {
        return client(http(settings), settings);
    }

    /** The Bot API client that sends through {@code http} (made by {@link #http}). */
    static OkHttpTelegramClient client(OkHttpClient http, Settings.Telegram settings) {
        return new OkHttpTelegramClient(http, settings.token().reveal(), telegramUrl(settings.apiUrl()));
    }

    /** The HTTP client the Bot API client sends with. */
    static OkHttpClient http(Settings.Telegram settings) {
        // Calls run asynchronously on OkHttp's dispatcher: as many in flight as the queue allows, all to one host.
        Dispatcher calls = new Dispatcher();
        calls.setMaxRequests(settings.sendConcurrency());
        calls.setMaxRequestsPerHost(settings.sendConcurrency());
        return new OkHttpClient.Builder().dispatcher(calls)
                .connectionPool(new ConnectionPool(Math.min(settings.sendConcurrency(), 32), 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60)).build();
    }

    /**
     * The one queue replies and reminders are sent through, with the limits in settings; the buttons of what it
     * sent are recorded in {@code buttons}.
     */
    static OutboundQueue outbox(TelegramClient client, Settings.Telegram settings, ButtonCheck buttons) {
        return OutboundQueue.start(new TelegramTransmitter(client, buttons), new OutboundQueue.Limits(
                settings.sendPerSecond(), Duration.ofMillis(settings.chatGapMillis()), settings.sendRetries(),
                settings.sendConcurrency()));
    }

    static TelegramUrl telegramUrl(URI apiUrl) {
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "https".equals(apiUrl.getScheme()) ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }
}
