package org.relactation.bot.reminders;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.storage.Schema;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Claiming on the database: two instances send each reminder once; a crash between claim and send loses none. */
class ReminderDispatcherTest {
    @TempDir
    static Path dataDir;
    static Application application;

    @BeforeAll
    static void start() {
        application = Application.start(new SettingsLoader(Map.of("DATA_DIR", dataDir.toString()))
                .load(Optional.empty()));
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static ReminderDispatcher instance(String name) {
        return new ReminderDispatcher(new ReminderStore(application.database()), application.users(),
                new EntryStore(application.database()), new ReminderPlanner(), application.content(),
                ZoneId.of("UTC"), name);
    }

    /** Counts what each chat received; always delivers. */
    static final class CountingOutbox implements Outbox {
        final Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();

        @Override
        public Delivery send(List<Action> actions) {
            actions.forEach(a -> received.computeIfAbsent(a.chatId(), c -> new AtomicInteger()).incrementAndGet());
            return Delivery.DELIVERED;
        }
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachDueReminderExactlyOnce() throws Exception {
        Instant noon = Instant.parse("2026-11-25T12:00:00Z");
        ReminderStore store = new ReminderStore(application.database());
        for (long user = 20_000; user < 21_000; user++) {
            application.users().touch(user, user, "en", noon.minusSeconds(3600));
            store.schedule(user, noon.minusSeconds(60));
        }
        CountingOutbox outbox = new CountingOutbox();
        ReminderDispatcher a = instance("a");
        ReminderDispatcher b = instance("b");

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> a.dispatchDue(noon, 1_000, outbox));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> b.dispatchDue(noon, 1_000, outbox));

        assertThat(first.get() + second.get()).isEqualTo(1_000);
        assertThat(outbox.received).hasSize(1_000).allSatisfy((chat, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(a.dispatchDue(noon, 1_000, outbox) + b.dispatchDue(noon, 1_000, outbox)).isZero();
    }

    @Test
    void aReminderClaimedByAnInstanceThatDiedIsSentOnceByAnotherAfterTheClaimExpires() {
        Instant noon = Instant.parse("2026-11-25T12:00:00Z");
        long user = 21_500;
        application.users().touch(user, user, "en", noon.minusSeconds(3600));
        ReminderStore store = new ReminderStore(application.database());
        store.schedule(user, noon.minusSeconds(60));
        // Instance "dead" claims it and crashes before sending (its hand-over never finishes the reminder).
        store.dispatchDue(noon, "dead", ReminderDispatcher.CLAIM, 1, chunk -> claimed -> false);
        assertThat(store.find(user).orElseThrow().claimedBy()).isEqualTo("dead");
        CountingOutbox outbox = new CountingOutbox();

        assertThat(instance("b").dispatchDue(noon.plusSeconds(60), 10, outbox)).isZero();
        assertThat(instance("b").dispatchDue(noon.plus(ReminderDispatcher.CLAIM).plusSeconds(1), 10, outbox))
                .isEqualTo(1);
        assertThat(store.complete(user, "dead", noon)).as("the dead instance's late completion is refused").isFalse();
    }

    @Test
    void afterDowntimeMissedRemindersCollapseIntoOne() {
        Instant noon = Instant.parse("2026-11-25T12:00:00Z");
        long user = 22_000;
        application.users().touch(user, user, "en", noon.minus(Duration.ofDays(1)));
        new ReminderStore(application.database()).schedule(user, noon.minus(Duration.ofHours(9)));
        CountingOutbox outbox = new CountingOutbox();

        instance("a").dispatchDue(noon, 100, outbox);
        instance("a").dispatchDue(noon.plusSeconds(20), 100, outbox);

        assertThat(outbox.received.get(user).get()).isEqualTo(1);
    }

    @Test
    void aReminderStoredBeforePausesHadAnEndStillReadsAndMoves() {
        Instant due = Instant.parse("2026-11-24T12:00:00Z");
        application.database().collection(Schema.REMINDERS, Document.class)
                .insertOne(new Document("_id", 77_001L).append("dueAt", Date.from(due)));
        ReminderStore store = new ReminderStore(application.database());

        assertThat(store.find(77_001).orElseThrow().pausedUntil()).isNull();
        store.reschedule(77_001, due.plusSeconds(60));
        assertThat(store.find(77_001).orElseThrow().dueAt()).isEqualTo(due.plusSeconds(60));

        store.pause(77_001, due.plus(Duration.ofDays(1)), due.plus(Duration.ofDays(1)));
        store.reschedule(77_001, due.plusSeconds(120));
        assertThat(store.find(77_001).orElseThrow().dueAt()).as("a log during a pause does not end it")
                .isEqualTo(due.plus(Duration.ofDays(1)));
    }
}
