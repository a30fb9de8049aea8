package org.relactation.bot.telegram;

import okhttp3.OkHttpClient;
import org.relactation.bot.config.Settings;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.ChatLanes;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.inbox.Inbox;
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
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * Connects the core to Telegram by long polling. The Bot API address comes from settings, so the same code
 * talks to Telegram, to a self-hosted Bot API server, or to the fake server of the tests. Updates are fetched by
 * {@link UpdatePoller}, stored in the {@link Inbox} (durably, before the next poll tells Telegram they arrived: polling
 * reads ahead of handling, up to the inbox's limit) and handled from there by {@link InboxWorkers}, chats taking
 * turns; everything goes out through one {@link OutboundQueue}.
 */
public final class TelegramTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramTransport.class);
    /**
     * How long an update at its commit waits for the other updates in hand to reach theirs, so that they share one
     * commit of the file: a few handling times on a busy machine, little against Telegram's own delays.
     */
    static final Duration COMMIT_LINGER = Duration.ofMillis(20);

    private final Settings.Telegram settings;
    private final ContentCatalog content;
    private final Router router;
    private final Clock clock;
    private final DurableOutbox durable;
    private final Inbox inbox;
    private final InboxWorkers workers;
    private OkHttpClient pollingHttp;
    private UpdatePoller poller;
    private OkHttpTelegramClient client;
    private OutboundQueue queue;

    /**
     * @param beforeReplies run after an update is handled and before its replies go out: makes its writes
     *                      durable, so that a reply saying "saved" is never sent for a write a crash could lose
     * @param durable       the outbox answers are kept in with the update's data, before {@code beforeReplies}
     * @param inbox         where updates are stored as they are read, and handled from
     * @param workers       updates handled at once (the lanes' threads)
     * @param commitsFile   whether {@code beforeReplies} commits a file (embedded): then the updates in hand share
     *                      one commit, an update waiting at most {@link #COMMIT_LINGER} for the others
     */
    public TelegramTransport(Settings.Telegram settings, ContentCatalog content, Router router, ChatLanes lanes,
                             int workers, Clock clock, Runnable beforeReplies, DurableOutbox durable, Inbox inbox,
                             Metrics metrics, boolean commitsFile) {
        this.durable = durable;
        this.inbox = inbox;
        this.workers = new InboxWorkers(inbox, router, lanes, workers, beforeReplies, durable, metrics,
                commitsFile ? COMMIT_LINGER : Duration.ZERO);
        this.settings = settings;
        this.content = content;
        this.router = router;
        this.clock = clock;
    }

    /**
     * Loads ahead, on the calling thread, what the first poll loads (see {@code UpdatePoller.warmUp}): for start-up
     * to run while the rest of the bot is made. Nothing is sent.
     */
    public static void warmUp() {
        UpdatePoller.warmUp();
    }

    /**
     * The Bot API client, and the webhook set at the Bot API if any: the first round trip of a start, the one that
     * tells whether the token is accepted and the Bot API reachable.
     */
    public record Reached(OkHttpClient http, OkHttpTelegramClient client, String webhook) {
    }

    /**
     * Reaches the Bot API on {@code thread} ({@link Reached}), then loads ahead what the first poll loads: start-up
     * runs it while the database opens, for {@link #start(CompletableFuture)}. Only asks (getWebhookInfo). The result
     * is there as soon as the Bot API answered: polling may start while the update's types are still being learnt
     * (the first read then waits for them rather than learning them again: Jackson builds its readers one thread at a
     * time).
     */
    public static CompletableFuture<Reached> reachAhead(Settings.Telegram settings, Executor thread) {
        CompletableFuture<Reached> reached = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                reached.complete(reach(settings));
            } catch (TelegramApiException | RuntimeException | Error e) {
                reached.completeExceptionally(e); // start() throws it, as when it reaches the Bot API itself
            }
            try {
                UpdatePoller.readAhead();
            } catch (RuntimeException e) {
                LOG.warn("Loading the Telegram client ahead failed: {}", e.getClass().getName());
            }
        });
        return reached;
    }

    private static Reached reach(Settings.Telegram settings) throws TelegramApiException {
        OkHttpClient http = BotApi.http(settings);
        OkHttpTelegramClient client = BotApi.client(http, settings);
        return new Reached(http, client, client.execute(new GetWebhookInfo()).getUrl());
    }

    /**
     * Starts polling, then registers the command menu (three calls a first reply need not wait for). Throws if the Bot
     * API cannot be reached at all or refuses the menu; the caller then closes this transport, which stops polling.
     */
    public void start() throws TelegramApiException {
        start(null);
    }

    /**
     * {@link #start()} with the Bot API reached ahead ({@link #reachAhead}), or null to reach it now; a failure to
     * reach it is thrown here, as when reached now.
     */
    public void start(CompletableFuture<Reached> ahead) throws TelegramApiException {
        Reached reached = ahead == null ? reach(settings) : joined(ahead);
        TelegramUrl url = BotApi.telegramUrl(settings.apiUrl());
        client = reached.client();
        queue = BotApi.outbox(client, settings, router.buttonCheck());
        durable.start(queue); // what a previous run left goes out before anything new
        leaveWebhookMode(reached.webhook());

        pollingHttp = UpdatePoller.client(reached.http(), settings.pollTimeoutSeconds());
        inbox.start(); // what a previous run stored and did not handle comes first
        workers.start();
        UpdateTranslator translator = new UpdateTranslator(clock);
        poller = new UpdatePoller(pollingHttp, url, settings.token().reveal(), this::nextPoll,
                batch -> inbox.add(translate(translator, batch)), Thread::sleep, RandomGenerator.getDefault(),
                inbox::awaitRoom);
        poller.start();
        LOG.info("Polling the Bot API at {}", settings.apiUrl().getHost());
        CommandMenu.register(client, content, router.commandNames());
    }

    private static Reached joined(CompletableFuture<Reached> ahead) throws TelegramApiException {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof TelegramApiException refused) {
                throw refused;
            }
            throw e.getCause() instanceof RuntimeException failed ? failed : e;
        }
    }

    /** Telegram refuses getUpdates while a webhook is set: one left from webhook mode is removed (updates kept). */
    private void leaveWebhookMode(String webhook) throws TelegramApiException {
        if (webhook != null && !webhook.isEmpty()) {
            LOG.info("A webhook was set (webhook mode before?); deleting it to poll");
            client.execute(DeleteWebhook.builder().build());
        }
    }

    /** What the bot can use of a batch: updates without a chat or of a kind it ignores are logged and left out. */
    private static List<Inbound> translate(UpdateTranslator translator, List<Update> batch) {
        return batch.stream().map(translator::translate).flatMap(Optional::stream).toList();
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
     * Stops asking for updates, lets the batch being stored finish, then tells the Bot API which updates were stored
     * (the offset of a last, non-waiting getUpdates), so that a restart does not receive them again; the updates in
     * hand are finished, and those still waiting stay in the inbox for the next start.
     */
    @Override
    public void close() {
        if (poller == null) {
            return;
        }
        inbox.close(); // a poll waiting for room ends
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
        workers.stop(Duration.ofSeconds(30));
        // The replies of the last updates are queued: let them go out before the process ends.
        queue.close(Duration.ofSeconds(20));
        pollingHttp.dispatcher().executorService().shutdown();
        pollingHttp.connectionPool().evictAll();
    }
}
