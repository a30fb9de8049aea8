package org.relactation.bot.telegram;

import okhttp3.OkHttpClient;
import org.relactation.bot.config.Settings;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.ChatLanes;
import org.relactation.bot.outbound.DurableOutbox;
import org.relactation.bot.outbound.OutboundQueue;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.operations.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Connects the core to Telegram by long polling. The Bot API address comes from settings, so the same code
 * talks to Telegram, to a self-hosted Bot API server, or to the fake server of the tests. Updates are fetched by
 * {@link UpdatePoller} and handled by {@link UpdateIntake}; everything goes out through one {@link OutboundQueue}.
 */
public final class TelegramTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramTransport.class);

    private final Settings.Telegram settings;
    private final ContentCatalog content;
    private final Router router;
    private final ChatLanes lanes;
    private final Clock clock;
    private final Runnable beforeReplies;
    private final DurableOutbox durable;
    private final Metrics metrics;
    private OkHttpClient pollingHttp;
    private UpdatePoller poller;
    private OkHttpTelegramClient client;
    private OutboundQueue queue;

    /**
     * @param beforeReplies run after an update is handled and before its replies go out: makes its writes
     *                      durable, so that a reply saying "saved" is never sent for a write a crash could lose
     * @param durable       the outbox answers are kept in with the update's data, before {@code beforeReplies}
     */
    public TelegramTransport(Settings.Telegram settings, ContentCatalog content, Router router, ChatLanes lanes,
                             Clock clock, Runnable beforeReplies, DurableOutbox durable, Metrics metrics) {
        this.durable = durable;
        this.settings = settings;
        this.content = content;
        this.router = router;
        this.lanes = lanes;
        this.clock = clock;
        this.beforeReplies = beforeReplies;
        this.metrics = metrics;
    }

    /** Registers the command menu, then starts polling. Throws if the Bot API cannot be reached at all. */
    public void start() throws TelegramApiException {
        TelegramUrl url = BotApi.telegramUrl(settings.apiUrl());
        client = BotApi.client(settings);
        queue = BotApi.outbox(client, settings, router.buttonCheck());
        durable.start(queue); // what a previous run left goes out before anything new
        CommandMenu.register(client, content, router.commandNames());
        leaveWebhookMode();

        pollingHttp = UpdatePoller.client(settings.pollTimeoutSeconds());
        UpdateIntake intake = new UpdateIntake(clock, router, lanes, beforeReplies, queue, durable, metrics,
                UpdateIntake.REPLY_WAIT, UpdateIntake.WARNING_WAIT);
        poller = new UpdatePoller(pollingHttp, url, settings.token().reveal(), this::nextPoll, intake::accept,
                Thread::sleep, RandomGenerator.getDefault());
        poller.start();
        LOG.info("Polling the Bot API at {}", settings.apiUrl().getHost());
    }

    /** Telegram refuses getUpdates while a webhook is set: one left from webhook mode is removed (updates kept). */
    private void leaveWebhookMode() throws TelegramApiException {
        String webhook = client.execute(new GetWebhookInfo()).getUrl();
        if (webhook != null && !webhook.isEmpty()) {
            LOG.info("A webhook was set (webhook mode before?); deleting it to poll");
            client.execute(DeleteWebhook.builder().build());
        }
    }

    private GetUpdates nextPoll(int offset) {
        return GetUpdates.builder().offset(offset).limit(100).timeout(settings.pollTimeoutSeconds())
                .allowedUpdates(BotApi.UPDATE_KINDS).build();
    }

    /** The one outbound queue: replies and what the bot starts by itself (reminders); available once started. */
    public OutboundQueue outbox() {
        return queue;
    }


    /**
     * Stops asking for updates, lets the batch in hand finish, then tells the Bot API which updates were handled
     * (the offset of a last, non-waiting getUpdates), so that a restart does not receive them again.
     */
    @Override
    public void close() {
        if (poller == null) {
            return;
        }
        poller.stop(Duration.ofSeconds(60));
        int offset = poller.offset();
        if (offset > 0) {
            try {
                client.execute(GetUpdates.builder().offset(offset).limit(1).timeout(0).build());
            } catch (TelegramApiException e) {
                LOG.info("Could not confirm handled updates on shutdown ({}); they may be delivered again",
                        e.getClass().getSimpleName());
            }
        }
        // The replies of the last batch are queued: let them go out before the process ends.
        queue.close(Duration.ofSeconds(20));
        pollingHttp.dispatcher().executorService().shutdown();
        pollingHttp.connectionPool().evictAll();
    }
}
