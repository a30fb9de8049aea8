package org.relactation.bot.logbook;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.storage.Schema;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A parent's entries by time span, read through the per-day id lists, stay right through edits and deletes. */
class EntryStoreTest {
    @TempDir
    static Path dataDir;
    static Application application;
    static EntryStore store;

    private static final Instant MORNING = Instant.parse("2026-03-10T08:00:00Z");

    @BeforeAll
    static void start() {
        application = Application.start(new SettingsLoader(Map.of("DATA_DIR", dataDir.toString()))
                .load(Optional.empty()));
        store = new EntryStore(application.database());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static Entry session(long userId, String source, Instant at) {
        return new Entry(null, userId, source, EntryKind.SESSION, Method.PUMP, null, 15, 20, at, null, null, null,
                null, at);
    }

    @Test
    void aSpanHoldsOnlyThatParentsEntriesInIt() {
        store.add(session(501, "u1", MORNING));
        store.add(session(501, "u2", MORNING.plusSeconds(3600)));
        store.add(session(501, "u3", MORNING.plusSeconds(86_400)));
        store.add(session(502, "u1", MORNING.plusSeconds(60)));

        assertThat(store.between(501, MORNING, MORNING.plusSeconds(86_400)))
                .extracting(Entry::source).containsExactly("u1", "u2");
        assertThat(store.between(501, MORNING.minusSeconds(86_400 * 3), MORNING.plusSeconds(86_400 * 3)))
                .extracting(Entry::source).containsExactly("u1", "u2", "u3");
    }

    @Test
    void theLatestSessionAndTheLastLoggedEntryComeFromTheRecentDaysOrFromFurtherBack() {
        Instant now = MORNING.plusSeconds(86_400 * 30);
        store.add(session(506, "u1", MORNING));
        // Long ago: nothing in the recent days, so both come from the query over all the parent's entries.
        assertThat(store.latestSession(506, now)).get().extracting(Entry::source).isEqualTo("u1");
        assertThat(store.lastLogged(506, now)).get().extracting(Entry::source).isEqualTo("u1");

        store.add(session(506, "u2", now.minusSeconds(7200)));
        // Logged just now, dated six days back: logged last, though not the latest session.
        store.add(new Entry(null, 506, "u3", EntryKind.SESSION, Method.PUMP, null, 10, null,
                now.minusSeconds(86_400 * 6), null, null, null, null, now.minusSeconds(60)));
        store.add(new Entry(null, 506, "u4", EntryKind.NAPPIES, null, null, null, null, now.minusSeconds(600),
                null, 2, 0, null, now.minusSeconds(600)));

        assertThat(store.latestSession(506, now)).get().extracting(Entry::source).isEqualTo("u2");
        assertThat(store.lastLogged(506, now)).get().extracting(Entry::source).isEqualTo("u3");
        assertThat(store.latestSession(599, now)).isEmpty();
        assertThat(store.lastLogged(599, now)).isEmpty();
    }

    @Test
    void aRedeliveredEntryIsListedOnce() {
        store.add(session(503, "u1", MORNING));
        EntryStore.Saved again = store.add(session(503, "u1", MORNING));

        assertThat(again.duplicate()).isTrue();
        assertThat(store.between(503, MORNING.minusSeconds(60), MORNING.plusSeconds(60))).hasSize(1);
    }

    @Test
    void anEntryMovedToAnotherDayIsFoundThereAndNoLongerOnItsOldDay() {
        ObjectId id = store.add(session(504, "u1", MORNING)).entry().id();
        Instant yesterday = MORNING.minusSeconds(86_400);

        assertThat(store.setTime(504, id, yesterday)).isPresent();

        assertThat(store.between(504, MORNING.minusSeconds(3600), MORNING.plusSeconds(3600))).isEmpty();
        assertThat(store.between(504, yesterday.minusSeconds(3600), yesterday.plusSeconds(3600)))
                .extracting(Entry::id).containsExactly(id);
    }

    @Test
    void aDeletedEntryIsGoneFromItsDayAndAnotherParentCannotDeleteIt() {
        ObjectId id = store.add(session(505, "u1", MORNING)).entry().id();

        assertThat(store.delete(506, id)).isFalse();
        assertThat(store.delete(505, id)).isTrue();

        assertThat(store.between(505, MORNING.minusSeconds(60), MORNING.plusSeconds(60))).isEmpty();
    }

    /** The parent's entries in the span as {@code entries} holds them, read by time: what the day lists must give. */
    private static List<Entry> stored(long userId, Instant from, Instant to) {
        return store.all(userId).stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
    }

    /** The database commands {@code read} costs (the least of three: the bot's own jobs run beside it). */
    private static long commands(Runnable read) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = application.database().commandsServed();
            read.run();
            least = Math.min(least, application.database().commandsServed() - before);
        }
        return least;
    }

    private static MongoCollection<Document> dayLists() {
        return application.database().collection(Schema.ENTRY_DAYS, Document.class);
    }

    @Test
    void recentDaysAreReadFromTheCopiesInTheirListsWhichStayTheEntriesThroughEveryFix() {
        long userId = 508;
        Instant from = MORNING.minus(Duration.ofDays(2));
        Instant to = MORNING.plus(Duration.ofDays(2));
        List<ObjectId> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(store.add(session(userId, "u" + i, MORNING.plus(Duration.ofHours(i * 5L)))).entry().id());
        }
        store.add(new Entry(null, userId, "n", EntryKind.NAPPIES, null, null, null, null, MORNING, null, 2, 1,
                null, MORNING));
        List<Runnable> fixes = List.of(
                () -> store.setMl(userId, ids.get(0), 35),
                () -> store.setMinutes(userId, ids.get(0), 22),
                () -> store.setMlBySide(userId, ids.get(1), 10, 15),
                () -> store.setMinutesBySide(userId, ids.get(1), 8, 9),
                () -> store.setSide(userId, ids.get(1), Side.LEFT),
                () -> store.setMethod(userId, ids.get(2), Method.HAND),
                () -> store.setTime(userId, ids.get(3), MORNING.plus(Duration.ofMinutes(30))), // the same day
                () -> store.setTime(userId, ids.get(4), MORNING.minus(Duration.ofDays(1))),    // the day before
                () -> store.delete(userId, ids.get(5)));
        for (Runnable fix : fixes) {
            fix.run();
            assertThat(store.between(userId, from, to)).isEqualTo(stored(userId, from, to));
            // Every day read has copies of all it lists: the day lists alone, no look-up of the entries.
            assertThat(commands(() -> store.between(userId, from, to))).isEqualTo(1);
        }
        assertThat(store.between(userId, from, to)).extracting(Entry::ml).containsExactly(20, 35, null, 20, 25,
                20);
    }

    @Test
    void anEntryWithoutACopyIsReadFromTheEntries() {
        long userId = 509;
        Entry first = store.add(session(userId, "u1", MORNING)).entry();
        store.add(session(userId, "u2", MORNING.plusSeconds(60)));
        // As a crash between a fix and its copy leaves it: the copy gone, the entry changed.
        dayLists().updateOne(Filters.eq("_id", EntryDays.key(userId, MORNING)),
                Updates.unset(EntryDays.COPIES + "." + first.id().toHexString()));
        application.database().collection(Schema.ENTRIES, Entry.class)
                .updateOne(Filters.eq("_id", first.id()), Updates.set("ml", 44));

        assertThat(store.between(userId, MORNING, MORNING.plusSeconds(120))).extracting(Entry::ml)
                .containsExactly(44, 20);
        assertThat(commands(() -> store.between(userId, MORNING, MORNING.plusSeconds(120)))).isEqualTo(2);
    }

    @Test
    void anEntryStoredButNotListedWhenTheProcessDiedIsListedByItsUpdateDeliveredAgain() {
        long userId = 510;
        // As a crash between the two writes of an add leaves it: stored, in no day list.
        application.database().collection(Schema.ENTRIES, Entry.class).insertOne(new Entry(new ObjectId(), userId,
                "u1", EntryKind.SESSION, Method.PUMP, null, 15, 20, MORNING, null, null, null, null, MORNING));
        assertThat(store.between(userId, MORNING.minusSeconds(60), MORNING.plusSeconds(60))).isEmpty();

        EntryStore.Saved again = store.add(session(userId, "u1", MORNING));

        assertThat(again.duplicate()).isTrue();
        assertThat(store.between(userId, MORNING.minusSeconds(60), MORNING.plusSeconds(60)))
                .containsExactly(again.entry());
        assertThat(commands(() -> store.between(userId, MORNING.minusSeconds(60), MORNING.plusSeconds(60))))
                .isEqualTo(1);
    }

    @Test
    void entriesStoredBeforeDayListsExistedAreFoundAfterARestart() {
        var raw = application.database().collection(Schema.ENTRIES, Entry.class);
        raw.insertOne(new Entry(new ObjectId(), 507, "old", EntryKind.SESSION, Method.PUMP, null, 10, 5, MORNING,
                null, null, null, null, MORNING));
        application.database().collection(Schema.ENTRY_DAYS, Document.class)
                .deleteOne(Filters.eq("_id", "migrated"));

        EntryStore restarted = new EntryStore(application.database());

        assertThat(restarted.between(507, MORNING.minusSeconds(60), MORNING.plusSeconds(60)))
                .extracting(Entry::source).containsExactly("old");
    }
}
