package org.relactation.bot.reminders;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reminders recorded as sent together: one bulk write and one commit for those about to go out at once. */
class ReminderStoreTest {
    @TempDir
    Path dir;
    Database database;
    final List<String> commands = new CopyOnWriteArrayList<>();
    /** Released once every other caller waits: until then the first write of reminders is held. */
    final CountDownLatch othersWaiting = new CountDownLatch(1);
    volatile boolean holdFirstWrite;

    @BeforeEach
    void open() {
        database = Database.open(new SettingsLoader(Map.of("DATA_DIR", dir.toString())).load(Optional.empty())
                .storage(), builder -> builder.addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        String name = event.getCommandName();
                        if (!event.getCommand().containsKey(name) || !event.getCommand().get(name).isString()
                                || !event.getCommand().getString(name).getValue().equals("reminders")) {
                            return;
                        }
                        commands.add(name);
                        if (name.equals("update") && holdFirstWrite) {
                            holdFirstWrite = false;
                            try {
                                othersWaiting.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }
                }));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void remindersRecordedAsSentAtOnceAreWrittenTogetherAndOnlyThoseStillClaimedCount() throws Exception {
        ReminderStore store = new ReminderStore(database);
        Instant noon = Instant.parse("2026-12-05T12:00:00Z");
        int count = 200;
        for (long user = 1; user <= count; user++) {
            store.schedule(user, noon.minusSeconds(60));
        }
        store.dispatchDue(noon, "a", ReminderDispatcher.CLAIM, count, chunk -> claimed -> false);
        // Ten claims lost before the send: the parent logged (rescheduled), or another instance took the claim.
        for (long user = 1; user <= 10; user++) {
            store.reschedule(user, noon.plus(Duration.ofHours(2)));
        }
        database.collection(Schema.REMINDERS, Document.class).updateMany(
                Filters.and(Filters.gte("_id", 11L), Filters.lte("_id", 20L)), Updates.set("claimedBy", "b"));
        Instant next = noon.plus(Duration.ofHours(3));
        commands.clear();
        holdFirstWrite = true;

        Map<Long, Boolean> recorded = new ConcurrentHashMap<>();
        Thread first = Thread.ofPlatform().start(() -> recorded.put((long) count, store.recordSent(count, "a", next)));
        await().until(() -> commands.contains("update"));
        List<Thread> others = new ArrayList<>();
        for (long user = 1; user < count; user++) {
            long id = user;
            others.add(Thread.ofPlatform().start(() -> recorded.put(id, store.recordSent(id, "a", next))));
        }
        // Two dispatching threads of one instance may both hold a claim (same instance, same time): one sends.
        AtomicReference<Boolean> again = new AtomicReference<>();
        others.add(Thread.ofPlatform().start(() -> again.set(store.recordSent(150, "a", next))));
        await().until(() -> others.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING));
        othersWaiting.countDown();
        first.join();
        for (Thread thread : others) {
            thread.join();
        }

        assertThat(commands).as("one write for the first, one for the %d who came meanwhile; then which held",
                count).containsExactly("update", "update", "find");
        for (long user = 1; user <= count; user++) {
            Reminder stored = store.find(user).orElseThrow();
            if (user <= 20) {
                assertThat(recorded.get(user)).as("user %d's claim was lost", user).isFalse();
                assertThat(stored.dueAt()).isNotEqualTo(next);
            } else {
                assertThat(recorded.get(user) || user == 150).as("user %d", user).isTrue();
                assertThat(stored.dueAt()).isEqualTo(next);
                assertThat(stored.claimedBy()).isNull();
            }
        }
        assertThat(store.find(15).orElseThrow().claimedBy()).isEqualTo("b");
        assertThat(List.of(recorded.get(150L), again.get())).as("the same reminder recorded twice at once")
                .containsExactlyInAnyOrder(true, false);
    }
}
