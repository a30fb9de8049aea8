package org.relactation.bot.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * Long polling: asks the Bot API for updates (getUpdates), hands each batch over, and confirms it with the offset of
 * the next poll once the handler returns (the bot's handler stores the batch in the inbox, so polling reads ahead of
 * handling); it asks for no more updates than the handler has room for, and waits while it has none
 * (back-pressure). Done here rather than by TelegramBots' own session, for two reasons:
 * <ul>
 *   <li>Each update is read on its own. The library reads a batch as a whole, so one update it cannot read (a field
 *       of a type it does not expect) failed every poll, and every chat waited. Here an update that cannot be read
 *       is tried again with the next poll, {@link #MAX_TRIES} times in all (the updates before it are handled at
 *       once), then logged by its update_id only, never its text, and skipped: the next poll's offset confirms
 *       it, so Telegram stops sending it.</li>
 *   <li>A failed poll (the Bot API unreachable, a 5xx, a 409 from a second poller) is tried again after a pause
 *       that starts at {@link #FIRST_PAUSE}, doubles, and never exceeds {@link #MAX_PAUSE}, with jitter: a random
 *       half or more of it. The library's pauses reached 29 s, so the first reply after an outage came that late.</li>
 * </ul>
 */
final class UpdatePoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UpdatePoller.class);
    /** How many polls an update that cannot be read is given before it is skipped. */
    static final int MAX_TRIES = 3;
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    private static final MediaType JSON = MediaType.get("application/json");

    /**
     * How many more updates may be fetched: waits while none may (the inbox is full, back-pressure); 0 when no more
     * will ever be taken (stopping).
     */
    @FunctionalInterface
    interface Room {
        int await() throws InterruptedException;
    }

    /** Waits between failed polls; a test passes one that only moves its simulated clock. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final OkHttpClient http;
    private final HttpUrl url;
    private final IntFunction<GetUpdates> nextPoll;
    private final Consumer<List<Update>> handler;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Room room;
    /**
     * One reader for every poller: what it learns of TelegramBots' types at the first update is kept, so that
     * {@link #warmUp} can learn it ahead.
     */
    private static final ObjectMapper READER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ObjectMapper json = READER;
    /** Until {@link #stop}: polls may be made (one by one with {@link #pollOnce}, or by {@link #start}). */
    private volatile boolean running = true;
    private volatile Call inFlight;
    private volatile int offset;
    private Thread thread;
    private int failures;
    /** The update that could not be read at the head of the last poll, and how often it was tried. */
    private int unreadableId = -1;
    private int unreadableTries;

    /**
     * @param nextPoll the getUpdates request for an offset (limit, timeout, allowed updates)
     * @param handler  handles a batch; when it returns, the batch may be confirmed to Telegram
     */
    UpdatePoller(OkHttpClient http, TelegramUrl telegramUrl, String token, IntFunction<GetUpdates> nextPoll,
                 Consumer<List<Update>> handler, Sleeper sleeper, RandomGenerator random) {
        this(http, telegramUrl, token, nextPoll, handler, sleeper, random, () -> Integer.MAX_VALUE);
    }

    /** @param room how many more updates may be fetched now, waiting for room when there is none */
    UpdatePoller(OkHttpClient http, TelegramUrl telegramUrl, String token, IntFunction<GetUpdates> nextPoll,
                 Consumer<List<Update>> handler, Sleeper sleeper, RandomGenerator random, Room room) {
        this.room = room;
        this.http = http;
        this.url = new HttpUrl.Builder().scheme(telegramUrl.getSchema()).host(telegramUrl.getHost())
                .port(telegramUrl.getPort()).addPathSegment("bot" + token).addPathSegment("getUpdates").build();
        this.nextPoll = nextPoll;
        this.handler = handler;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** Starts polling on a thread of its own. */
    void start() {
        thread = new Thread(this::run, "telegram-poller");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The offset that confirms every update handled (or skipped) so far: 0 before the first, else the last one's
     * update_id + 1.
     */
    int offset() {
        return offset;
    }

    private void run() {
        while (running) {
            try {
                pollOnce();
            } catch (RuntimeException bug) {
                // Not confirmed: the batch comes again with the next poll (a redelivered update changes nothing).
                LOG.error("Handling a batch of updates failed: {}", bug.getClass().getName());
                if (running) {
                    pauseAfter(bug);
                }
            }
        }
    }

    /** One getUpdates call and the batch it brings; a failed call pauses before returning. */
    void pollOnce() {
        int free;
        try {
            free = room.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return;
        }
        if (free <= 0) {
            running = false;
            return;
        }
        JsonNode result;
        try {
            result = fetch(free);
        } catch (IOException | PollRefused e) {
            if (running) {
                pauseAfter(e);
            }
            return;
        }
        if (failures > 0) {
            LOG.info("The Bot API answers again, after {} failed poll(s)", failures);
            failures = 0;
        }
        Batch batch = read(result);
        if (!batch.updates().isEmpty()) {
            handler.accept(batch.updates());
        }
        offset = batch.next();
    }

    private JsonNode fetch(int free) throws IOException, PollRefused {
        GetUpdates poll = nextPoll.apply(offset);
        poll.setLimit(Math.min(poll.getLimit() == null ? 100 : poll.getLimit(), free));
        Request request = new Request.Builder().url(url)
                .post(RequestBody.create(json.writeValueAsString(poll), JSON)).build();
        Call call = http.newCall(request);
        inFlight = call;
        if (!running) {
            call.cancel();
        }
        try (Response response = call.execute(); ResponseBody body = response.body()) {
            JsonNode answer = readAnswer(body);
            if (!response.isSuccessful() || answer == null || !answer.path("ok").asBoolean(false)
                    || !answer.path("result").isArray()) {
                throw new PollRefused(response.code(), answer == null ? "" : answer.path("description").asText(""));
            }
            return answer.get("result");
        } finally {
            inFlight = null;
        }
    }

    private JsonNode readAnswer(ResponseBody body) {
        try {
            return body == null ? null : json.readTree(body.string());
        } catch (IOException e) {
            return null;
        }
    }

    /** The Bot API answered, but not with updates. Holds Telegram's status and description, which carry no text. */
    private static final class PollRefused extends Exception {
        PollRefused(int status, String description) {
            super(status + (description.isEmpty() ? "" : " " + description), null, false, false);
        }
    }

    /** The updates to hand over, and the offset that confirms them (and any skipped before them). */
    record Batch(List<Update> updates, int next) {
    }

    /**
     * Reads each update on its own. One that cannot be read ends the batch there (its predecessors are handed
     * over, it is fetched again with the next poll) until its last try, when it is skipped.
     */
    Batch read(JsonNode result) {
        List<Update> updates = new ArrayList<>(result.size());
        int next = offset;
        for (JsonNode node : result) {
            JsonNode idNode = node.path("update_id");
            if (!idNode.canConvertToInt()) {
                LOG.warn("An update without a readable update_id was skipped");
                continue;
            }
            int id = idNode.asInt();
            if (id < next) {
                continue;
            }
            try {
                updates.add(json.treeToValue(node, Update.class));
                next = id + 1;
            } catch (JacksonException | IllegalArgumentException e) {
                // The exception's message may quote the update's content: its type only, and the id.
                int tries = id == unreadableId ? ++unreadableTries : (unreadableTries = 1);
                unreadableId = id;
                if (tries < MAX_TRIES) {
                    LOG.warn("Update {} could not be read ({}); try {} of {}", id, e.getClass().getSimpleName(),
                            tries, MAX_TRIES);
                    break;
                }
                LOG.warn("Update {} could not be read ({}) after {} tries; skipped", id,
                        e.getClass().getSimpleName(), tries);
                next = id + 1;
            }
        }
        return new Batch(updates, next);
    }

    private void pauseAfter(Exception failure) {
        failures++;
        Duration pause = pause(failures);
        String why = failure instanceof PollRefused ? "answered " + failure.getMessage()
                : failure.getClass().getSimpleName();
        if (failures == 1) {
            LOG.warn("Polling the Bot API failed ({}); trying again, every {} s at most", why,
                    MAX_PAUSE.toSeconds());
        } else {
            LOG.debug("Polling the Bot API failed again ({}); next try in {} ms", why, pause.toMillis());
        }
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * The pause after the {@code failure}-th failed poll in a row: 0.5 s doubling up to 5 s, of which a random half
     * or more, so that instances cut off together do not all come back at the same moment.
     */
    Duration pause(int failure) {
        long full = Math.min(MAX_PAUSE.toNanos(), FIRST_PAUSE.toNanos() << Math.min(failure - 1, 10));
        long half = full / 2;
        return Duration.ofNanos(half + (long) (random.nextDouble() * (full - half)));
    }

    /**
     * Stops polling: the poll waiting is cut short, a pause is ended, and the batch in hand is let finish (for at
     * most {@code wait}). {@link #offset()} then confirms every update handled.
     */
    void stop(Duration wait) {
        running = false;
        Call call = inFlight;
        if (call != null) {
            call.cancel();
        }
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(wait.toMillis());
            if (thread.isAlive()) {
                LOG.warn("The update batch in hand did not finish within {} s", wait.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(60));
    }

    /**
     * Loads ahead what the first poll loads: the TLS of an HTTP client and the reading of an update into TelegramBots'
     * types (about 600 classes, a second or so of a cold start); start-up runs it while the database opens.
     */
    static void warmUp() {
        client(1);
        readAhead();
    }

    /** Reads a made-up update into TelegramBots' types, as the first poll will: what {@link #READER} learns stays. */
    static void readAhead() {
        try {
            READER.treeToValue(READER.readTree("""
                    {"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": {"id": 1, "type": "private"},
                     "from": {"id": 1, "is_bot": false, "first_name": "-"}, "text": "/start",
                     "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}"""), Update.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("The update read ahead at start-up no longer reads", e);
        }
    }

    /** For a read timeout that outlasts the long poll itself, or every quiet minute would be an error. */
    static OkHttpClient client(int pollTimeoutSeconds) {
        return client(new OkHttpClient(), pollTimeoutSeconds);
    }

    /**
     * {@link #client(int)} made from {@code base}: it shares base's TLS set-up (the trust store is read once), with
     * connections and threads of its own (closed with the poller).
     */
    static OkHttpClient client(OkHttpClient base, int pollTimeoutSeconds) {
        return base.newBuilder().dispatcher(new Dispatcher()).connectionPool(new ConnectionPool())
                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(pollTimeoutSeconds + 20L, TimeUnit.SECONDS).build();
    }
}
