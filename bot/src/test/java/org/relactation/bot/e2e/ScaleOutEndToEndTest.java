package org.relactation.bot.e2e;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.reminders.ReminderStore;
import org.relactation.bot.telegram.fake.BotMessage;
import org.relactation.bot.telegram.fake.FakeTelegram;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bot instances in webhook mode on one database, as behind a load balancer: 200 parents send 2,000 updates
 * spread over both instances (each parent alternating between them, some updates posted twice, as Telegram does
 * when an answer is lost), then 1,000 reminders fall due while both instances dispatch at once. Every log is
 * stored once, every reminder sent once, and each parent's replies come in the order of their messages.
 */
class ScaleOutEndToEndTest {
    private static final int PARENTS = 200;
    private static final int MESSAGES = 10;
    private static final int REMINDER_ROUNDS = 5;
    private static final long FIRST_PARENT = 800_000;
    private static final String SECRET = "scale-out-secret";

    @TempDir
    static Path dataDir;
    static MongoServer mongo;
    static FakeTelegram telegram;
    static final List<Application> instances = new ArrayList<>();
    static final List<Integer> ports = new ArrayList<>();
    static WebhookPoster poster;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        mongo = new MongoServer(H2Backend.inMemory());
        InetSocketAddress address = mongo.bind();
        telegram = FakeTelegram.start(BotHarness.TOKEN);
        for (int i = 0; i < 2; i++) {
            int port = WebhookPoster.freePort();
            Map<String, String> environment = new HashMap<>();
            environment.put("BOT_TOKEN", BotHarness.TOKEN);
            environment.put("TELEGRAM_API_URL", telegram.baseUrl());
            environment.put("MONGODB_URI", "mongodb://127.0.0.1:" + address.getPort());
            environment.put("DATA_DIR", dataDir.resolve("instance-" + i).toString());
            environment.put("BOT_WORKER_THREADS", "8");
            environment.put("BOT_MODE", "webhook");
            environment.put("WEBHOOK_URL", "https://bot.example.org/hook");
            environment.put("WEBHOOK_PORT", Integer.toString(port));
            environment.put("WEBHOOK_SECRET", SECRET);
            Application application = Application.start(new SettingsLoader(environment).load(Optional.empty()));
            instances.add(application);
            application.startTelegram(Clock.systemUTC());
            ports.add(port);
        }
        poster = new WebhookPoster(telegram, "/hook");
    }

    @AfterAll
    static void stop() {
        instances.forEach(Application::close);
        if (telegram != null) {
            telegram.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    void everyLogStoredOnceEveryReminderSentOnceAndEachParentsRepliesInOrder() throws Exception {
        List<Long> parents = IntStream.range(0, PARENTS).mapToObj(i -> FIRST_PARENT + i).toList();
        // Parents who pressed Start before (a parent the bot does not know is set up first, whatever they write).
        Instant started = Instant.now();
        parents.forEach(parent -> {
            instances.get(0).users().touch(parent, parent, "en", started);
            instances.get(0).users().markStarted(parent, started);
        });

        runAll(parents.stream().<Callable<Void>>map(parent -> () -> {
            for (int k = 1; k <= MESSAGES; k++) {
                int instance = (int) ((parent + k) % 2);
                int update = telegram.userSends(parent, "pumped " + (10 + k) + " min", "en");
                String body = poster.deliver(update, ports.get(instance));
                if (k % 5 == 0) {
                    // Telegram did not see the 200 and posts the update again; the proxy picks the other instance.
                    assertThat(poster.post(ports.get(1 - instance), body, SECRET)).isEqualTo(200);
                }
            }
            return null;
        }).toList());

        assertThat(instances).allSatisfy(instance -> assertThat(instance.updatesHandled()).isPositive());
        EntryStore entries = new EntryStore(instances.get(0).database());
        for (long parent : parents) {
            assertThat(entries.all(parent)).extracting(Entry::minutes)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(11, 10 + MESSAGES).boxed().toList());
            List<String> texts = telegram.messagesTo(parent).stream().map(BotMessage::text).toList();
            // A log posted again to the other instance is stored once and answered once: its answer went into the
            // outbox with it, so the copy finds it there (sent, or on its way) and adds nothing.
            List<String> confirmations = texts.stream().filter(text -> text.startsWith("✅ Logged")).toList();
            assertThat(confirmations).hasSize(MESSAGES);
            for (int k = 1; k <= MESSAGES; k++) {
                assertThat(confirmations.get(k - 1)).startsWith("✅ Logged: pumped · " + (10 + k) + " min");
            }
            assertThat(texts).noneMatch(text -> text.startsWith("✅ Already logged"));
        }

        ReminderStore reminders = new ReminderStore(instances.get(0).database());
        Instant now = Instant.now();
        for (int round = 1; round <= REMINDER_ROUNDS; round++) {
            // Hours later than the logs, so that no recent session makes a reminder pointless.
            Instant later = now.plus(Duration.ofHours(round));
            parents.forEach(parent -> reminders.schedule(parent, later.minusSeconds(1)));
            List<Callable<Void>> dispatchers = new ArrayList<>();
            for (Application instance : instances) {
                for (int thread = 0; thread < 4; thread++) {
                    dispatchers.add(() -> {
                        while (instance.reminders().dispatchDue(later, 20, instance.outbox()) > 0) {
                            // more may be due
                        }
                        return null;
                    });
                }
            }
            runAll(dispatchers);
            for (long parent : parents) {
                assertThat(reminders.find(parent).orElseThrow().dueAt()).isAfter(later);
            }
        }

        for (long parent : parents) {
            List<BotMessage> messages = telegram.messagesTo(parent);
            assertThat(messages.stream().filter(m -> m.buttonTexts().contains("⏰ 15 min")))
                    .as("reminders to %d", parent).hasSize(REMINDER_ROUNDS);
            assertThat(messages).hasSize(MESSAGES + REMINDER_ROUNDS);
        }
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void anUpdatePostedToBothInstancesAtOnceIsHandledByOneOfThem() throws Exception {
        List<Long> parents = IntStream.range(0, 20).mapToObj(i -> FIRST_PARENT + 10_000 + i).toList();
        Map<Long, List<Integer>> statuses = new ConcurrentHashMap<>();
        Instant started = Instant.now();
        parents.forEach(parent -> {
            instances.get(0).users().touch(parent, parent, "en", started);
            instances.get(0).users().markStarted(parent, started);
        });

        for (long parent : parents) {
            String body = telegram.takeForWebhook(telegram.userSends(parent, "pumped 30 min", "en"));
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Void>> posts = ports.stream().<Callable<Void>>map(port -> () -> {
                start.await();
                statuses.computeIfAbsent(parent, p -> new CopyOnWriteArrayList<>())
                        .add(poster.post(port, body, SECRET));
                return null;
            }).toList();
            ExecutorService threads = Executors.newFixedThreadPool(posts.size());
            try {
                List<Future<Void>> running = posts.stream().map(threads::submit).toList();
                start.countDown();
                for (Future<Void> post : running) {
                    post.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
        }

        EntryStore entries = new EntryStore(instances.get(0).database());
        for (long parent : parents) {
            assertThat(entries.all(parent)).hasSize(1);
            // 503: the other instance held it, and Telegram will post it again; 200: handled, or a copy that found it
            // handled, its answer in the outbox: answered once either way.
            assertThat(statuses.get(parent)).containsAnyOf(200).allMatch(status -> status == 200 || status == 503);
            List<String> texts = telegram.messagesTo(parent).stream().map(BotMessage::text).toList();
            assertThat(texts).singleElement().asString().startsWith("✅ Logged");
        }
        // At the same moment, the copy finds the other instance's claim: never both handle it.
        assertThat(statuses.values().stream().flatMap(List::stream).filter(status -> status == 503)).isNotEmpty();
        assertThat(telegram.errors()).isEmpty();
    }

    private static void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        try {
            List<Future<Void>> futures = threads.invokeAll(tasks, 5, TimeUnit.MINUTES);
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
