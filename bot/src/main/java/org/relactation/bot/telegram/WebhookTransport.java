package org.relactation.bot.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Connects the core to Telegram by webhook: listens on a local port (behind a reverse proxy that terminates
 * HTTPS), tells Telegram the public address with a secret, and handles each posted update through the same
 * {@link UpdateIntake} as long polling. A request without the right {@code X-Telegram-Bot-Api-Secret-Token} is
 * refused before anything is read into the bot: TelegramBots does not check it, so this class does.
 * <p>Telegram gets its 200 once the update is handled and stored and its replies are sent, waiting for them at most
 * {@link UpdateIntake#WEBHOOK_REPLY_WAIT} on the request's own thread (never a worker's): an update whose instance
 * died on the way is posted again (and recognised by its update_id). A copy posted while the update is in hand waits
 * for it and is not answered again; one another instance holds gets 503, so Telegram posts it again later. An
 * update without a chat gets 200 and a log line. Several instances may serve the same address; each sets the same
 * webhook (with {@code max_connections} from settings) on start and none deletes it on stop.
 * <p>No inbox here (long polling's read-ahead, {@link org.relactation.bot.inbox.Inbox}): answering 200 as soon as an
 * update is stored would let Telegram post the parent's next update at once, possibly to another instance, which
 * would handle it before this one handled the first; keeping each chat's order then needs the inbox shared and each
 * chat's next update claimed across instances, which is not built. Nor is it needed for the head-of-line wait the
 * inbox removes: Telegram posts up to {@code max_connections} updates at once, each handled in its own chat's lane as
 * it comes, so a parent waits for a free connection, not for every update queued before theirs to be handled.
 * <p>The JDK's HTTP server, because TelegramBots' webhook module for 10.x is not published on Maven Central.
 */
public final class WebhookTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookTransport.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram's updates are a few kilobytes; anything this large is not one. */
    private static final int MAX_BODY = 1 << 20;
    /** How long stopping waits for updates in hand. */
    private static final int STOP_SECONDS = 30;

    private final Settings.Telegram telegram;
    private final Settings.Webhook webhook;
    private final ContentCatalog content;
    private final Router router;
    private final ChatLanes lanes;
    private final Clock clock;
    private final Runnable beforeReplies;
    private final DurableOutbox durable;
    private final Metrics metrics;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final byte[] secret;
    private HttpServer server;
    private ExecutorService handlers;
    private OutboundQueue sender;
    private UpdateIntake intake;

    /**
     * @param beforeReplies run after an update is handled and before its replies go out: makes its writes
     *                      durable, so that a reply saying "saved" is never sent for a write a crash could lose
     * @param durable       the outbox answers are kept in with the update's data, before {@code beforeReplies}
     */
    public WebhookTransport(Settings.Telegram telegram, Settings.Webhook webhook, ContentCatalog content,
                            Router router, ChatLanes lanes, Clock clock, Runnable beforeReplies,
                            DurableOutbox durable, Metrics metrics) {
        this.durable = durable;
        this.telegram = telegram;
        this.webhook = webhook;
        this.content = content;
        this.router = router;
        this.lanes = lanes;
        this.clock = clock;
        this.beforeReplies = beforeReplies;
        this.metrics = metrics;
        this.secret = webhook.secret().reveal().getBytes(StandardCharsets.UTF_8);
    }

    /** Registers the command menu, listens, then sets the webhook. Throws if the Bot API refuses. */
    public void start() throws TelegramApiException {
        OkHttpTelegramClient client = BotApi.client(telegram);
        sender = BotApi.outbox(client, telegram, router.buttonCheck());
        durable.start(sender); // what a previous run left goes out before anything new
        // Telegram (or a load balancer) may give this parent's next update to another instance once this request
        // is answered: the replies go out first (within a bound), so each parent's replies stay in order across
        // instances.
        intake = new UpdateIntake(clock, router, lanes, beforeReplies, sender, durable, metrics,
                UpdateIntake.WEBHOOK_REPLY_WAIT, UpdateIntake.WARNING_WAIT);
        CommandMenu.register(client, content, router.commandNames());
        try {
            server = HttpServer.create(new InetSocketAddress(webhook.port()), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("The webhook port " + webhook.port() + " (WEBHOOK_PORT) cannot be opened",
                    e);
        }
        // One cheap thread per request in flight: each waits for its update to be handled (ChatLanes bounds the
        // work) and then, itself, for the replies to go out.
        handlers = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(handlers);
        server.createContext(webhook.path(), this::receive);
        server.start();
        // Listening first: Telegram may post the moment the webhook is set.
        client.execute(SetWebhook.builder().url(webhook.url().toString()).secretToken(webhook.secret().reveal())
                .allowedUpdates(BotApi.UPDATE_KINDS).maxConnections(webhook.maxConnections()).build());
        LOG.info("Webhook set; listening on port {} at {}", port(), webhook.path());
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = statusOf(exchange);
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private int statusOf(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getRawPath().equals(webhook.path())) {
            metrics.webhookRejected();
            return 404;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            metrics.webhookRejected();
            return 405;
        }
        String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            metrics.webhookRejected();
            return 401;
        }
        Update update;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                metrics.webhookRejected();
                return 413;
            }
            update = json.readValue(body, Update.class);
        } catch (JacksonException e) {
            // The class only: the body is a parent's message.
            LOG.warn("A webhook request was not an update: {}", e.getClass().getSimpleName());
            metrics.webhookRejected();
            return 400;
        }
        if (update == null || update.getUpdateId() == null) {
            metrics.webhookRejected();
            return 400;
        }
        try {
            return intake.accept(List.of(update)) ? 200 : 503;
        } catch (RuntimeException e) {
            // A bug: posting the update again would only fail again. The class and update id only.
            LOG.error("Update {} could not be taken: {}", update.getUpdateId(), e.getClass().getName(), e);
            return 200;
        }
    }

    /** Sending for what the bot starts by itself (reminders); available once started. */
    public OutboundQueue outbox() {
        return sender;
    }

    /** The local port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops taking requests and waits (bounded) for the updates in hand. The webhook stays set: other instances
     * may still serve it, and Telegram keeps what it could not deliver for when one is back.
     */
    @Override
    public void close() {
        if (server == null) {
            return;
        }
        server.stop(STOP_SECONDS);
        handlers.shutdown();
        try {
            if (!handlers.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Webhook requests were still being handled after {} s", STOP_SECONDS);
                handlers.shutdownNow();
            }
        } catch (InterruptedException e) {
            handlers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        // Replies still queued (reminders) go out before the process ends.
        sender.close(Duration.ofSeconds(20));
    }
}
