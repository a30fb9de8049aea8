package org.relactation.bot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The yardstick: a TelegramBots long-polling bot that only echoes each message back (no database, no parsing),
 * with the same concurrency as the real bot (as many worker threads, chats in parallel, one chat in order, a
 * batch finished before the next poll). What it reaches is what the library and the Bot API server allow.
 */
final class BareEchoBot implements AutoCloseable {
    private final TelegramBotsLongPollingApplication polling;
    private final ExecutorService workers;

    private BareEchoBot(TelegramBotsLongPollingApplication polling, ExecutorService workers) {
        this.polling = polling;
        this.workers = workers;
    }

    static BareEchoBot start(String token, TelegramUrl url, int threads) throws TelegramApiException {
        return start(token, url, threads, update -> { });
    }

    /** The same, running {@code beforeReply} for each message before its echo is sent (see {@link FloorWork}). */
    static BareEchoBot start(String token, TelegramUrl url, int threads,
                             Consumer<Update> beforeReply) throws TelegramApiException {
        OkHttpTelegramClient client = new OkHttpTelegramClient(new OkHttpClient(), token, url);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        LongPollingUpdateConsumer consumer = updates -> {
            Map<Long, List<Update>> byChat = new LinkedHashMap<>();
            for (Update update : updates) {
                if (update.hasMessage() && update.getMessage().hasText()) {
                    byChat.computeIfAbsent(update.getMessage().getChatId(), chat -> new ArrayList<>()).add(update);
                }
            }
            List<Future<?>> lanes = new ArrayList<>();
            for (List<Update> lane : byChat.values()) {
                lanes.add(workers.submit(() -> {
                    for (Update update : lane) {
                        beforeReply.accept(update);
                        try {
                            client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                                    .text(update.getMessage().getText()).build());
                        } catch (TelegramApiException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }));
            }
            for (Future<?> lane : lanes) {
                try {
                    lane.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                OkHttpClient::new);
        polling.registerBot(token, () -> url, last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(2)
                .build(), consumer);
        return new BareEchoBot(polling, workers);
    }

    @Override
    public void close() throws Exception {
        polling.close();
        workers.shutdownNow();
    }
}
