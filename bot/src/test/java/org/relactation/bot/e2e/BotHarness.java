package org.relactation.bot.e2e;

import org.relactation.bot.app.Application;
import org.relactation.bot.config.Settings;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.FakeTelegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.quartz.SchedulerException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real bot, started as in production (settings from the environment map, embedded database in a temporary
 * folder, long polling through TelegramBots) against a fake Telegram Bot API on 127.0.0.1.
 * Tests talk through {@link Parent}s and look at what the fake recorded and what the database holds.
 */
public final class BotHarness implements AutoCloseable {
    public static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private final FakeTelegram telegram;
    private final Path dataDir;
    private final Map<String, String> extraEnvironment;
    private final Clock clock;
    private final AtomicLong sent = new AtomicLong();
    private final DatabaseCommands commands = new DatabaseCommands();
    private Application application;
    private long handledBefore;

    private BotHarness(Path dataDir, Map<String, String> extraEnvironment, Clock clock) {
        this.telegram = FakeTelegram.start(TOKEN, clock);
        this.dataDir = dataDir;
        this.extraEnvironment = extraEnvironment;
        this.clock = clock;
    }

    public static BotHarness start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    public static BotHarness start(Path dataDir, Map<String, String> extraEnvironment) {
        return start(dataDir, extraEnvironment, Clock.systemUTC());
    }

    /**
     * A bot and a fake Telegram that both read {@code clock}: message dates, button presses and the reminder job.
     * With a {@link TestClock} a test says what time it is.
     */
    public static BotHarness start(Path dataDir, Map<String, String> extraEnvironment, Clock clock) {
        BotHarness harness = new BotHarness(dataDir, extraEnvironment, clock);
        harness.startBot();
        return harness;
    }

    /**
     * On a clock the test sets, with the scheduler on standby (the test moves the time and runs the jobs itself) and
     * the flood limit out of the way: every message of a test falls in the same minute, and the flood limit has tests
     * of its own.
     */
    public static BotHarness startOnTestClock(Path dataDir, Clock clock) {
        BotHarness harness = start(dataDir, Map.of("BOT_FLOOD_PER_MINUTE", "10000"), clock);
        try {
            harness.application().scheduling().scheduler().standby();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
        return harness;
    }

    /** Every entry of a parent, as stored. */
    public List<Entry> entriesOf(long userId) {
        return new EntryStore(application().database()).all(userId);
    }

    /** Telegram refused nothing but what a test injected or a chat that blocked the bot. */
    public void assertTelegramRefusedNothing() {
        assertThat(telegram().errors()).allMatch(call -> call.injected() || call.httpStatus() == 403);
    }

    public Settings settings() {
        Map<String, String> environment = new HashMap<>();
        environment.put("BOT_TOKEN", TOKEN);
        environment.put("TELEGRAM_API_URL", telegram.baseUrl());
        environment.put("TELEGRAM_POLL_TIMEOUT", "2");
        environment.put("DATA_DIR", dataDir.toString());
        environment.put("BOT_WORKER_THREADS", "4");
        // Conversations in tests go as fast as the fake answers; the limits have tests of their own.
        environment.put("TELEGRAM_SEND_PER_SECOND", "0");
        environment.put("TELEGRAM_CHAT_GAP_MS", "0");
        environment.putAll(extraEnvironment);
        return new SettingsLoader(environment).load(Optional.empty());
    }

    private void startBot() {
        application = Application.start(settings(), builder -> builder.addCommandListener(commands));
        try {
            application.startTelegram(clock);
        } catch (Exception e) {
            application.close();
            throw new IllegalStateException(e);
        }
        handledBefore = sent.get();
    }

    /** Stops the bot as SIGTERM would and starts a new one on the same data and the same fake Telegram. */
    public void restart() {
        application.close();
        startBot();
    }

    public Parent parent(long userId, String languageCode) {
        return new Parent(this, userId, languageCode);
    }

    /**
     * Writes the profile of a parent who started the bot (Telegram's Start button sends /start first) and left the
     * setup questions, unless the bot knows them already: for tests of what a parent writes later, without the setup.
     * A parent the bot does not know is set up first, whatever they write.
     */
    public void started(long userId, String languageCode) {
        if (application.users().find(userId).isPresent()) {
            return;
        }
        Instant now = Instant.now();
        application.users().touch(userId, userId, application.content().languageFor(languageCode,
                settings().bot().defaultLanguage()), now);
        application.users().markStarted(userId, now);
    }

    /** Every command the bot sent its database since the harness started (restarts included). */
    public DatabaseCommands databaseCommands() {
        return commands;
    }

    public FakeTelegram telegram() {
        return telegram;
    }

    public Application application() {
        return application;
    }

    /**
     * A parent's message delivered without waiting for the bot's answer (tests of timing between chats); a parent
     * the bot does not know is {@link #started} first, as {@link Parent#says} does.
     */
    public void userSendsWithoutWaiting(long userId, String text) {
        if (!text.startsWith("/start")) {
            started(userId, null);
        }
        telegram.userSends(userId, text);
        delivered();
    }

    /** Counts an update the harness delivered, so {@link #awaitHandled()} knows what to wait for. */
    void delivered() {
        sent.incrementAndGet();
    }

    /** Waits until the bot has handled every update delivered so far (replies sent or given up). */
    public void awaitHandled() {
        awaitHandled(Duration.ofSeconds(20));
    }

    /** {@link #awaitHandled()} for updates that may take long on purpose (retried through an outage). */
    public void awaitHandled(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(5))
                .until(() -> application.updatesHandled() >= sent.get() - handledBefore
                        && application.outboxDepth() == 0);
    }

    @Override
    public void close() {
        try {
            application.close();
        } finally {
            telegram.close();
        }
    }
}
