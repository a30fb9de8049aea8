package org.relactation.bot.storage;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.assertj.core.api.Assertions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The embedded database's own unique-index key order: the same uniqueness as the library's, a total order, and
 * a file written by the library's backend still answers (and refuses duplicates) after it is opened here.
 */
class EmbeddedBackendTest {
    @TempDir
    Path dataDir;

    @Test
    void keysAreEqualExactlyWhenTheirValuesAndTypesAre() {
        IndexKeyType type = new IndexKeyType();
        assertThat(type.compare(new KeyValue(7L, "a"), new KeyValue(7L, "a"))).isZero();
        assertThat(type.compare(new KeyValue(7L), new KeyValue(7))).isNotZero(); // a long and an int stay apart
        assertThat(type.compare(new KeyValue(7L, "a"), new KeyValue(7L, "b"))).isNegative();
        assertThat(type.compare(new KeyValue(7L), new KeyValue(7L, "a"))).isNegative();
        assertThat(type.compare(new KeyValue((Object) null), new KeyValue(1L))).isNegative();
        de.bwaldvogel.mongo.bson.Document nested = new de.bwaldvogel.mongo.bson.Document("x", 1);
        assertThat(type.compare(new KeyValue(nested), new KeyValue(new de.bwaldvogel.mongo.bson.Document("x", 1))))
                .isZero();
        assertThat(type.compare(new KeyValue(nested), new KeyValue(new de.bwaldvogel.mongo.bson.Document("x", 2))))
                .isNotZero();
    }

    @Test
    void indexKeysAndIdsAreWrittenCompactlyWithTheirTypesAndAnythingElseAsBefore() {
        IndexKeyType type = new IndexKeyType();
        de.bwaldvogel.mongo.bson.ObjectId id = new de.bwaldvogel.mongo.bson.ObjectId();
        List<Object> values = List.of(new KeyValue(7L, 7, 7.5, "ñ/2026-03-10", true,
                        Instant.parse("2026-03-10T08:00:00.123Z"), id), new KeyValue((Object) null), id,
                new KeyValue(new de.bwaldvogel.mongo.bson.Document("x", 1)), 42L, "text");
        WriteBuffer buffer = new WriteBuffer();
        values.forEach(value -> type.write(buffer, value));
        new ObjectDataType().write(buffer, new KeyValue(3L, "as stored before"));
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(written.get(0)).isEqualTo(CompactValues.KEY_VALUE);
        for (Object value : values) {
            Object read = type.read(written);
            assertThat(read).isEqualTo(value);
            if (value instanceof KeyValue key) {
                for (int i = 0; i < key.size(); i++) {
                    Object element = key.get(i);
                    Object back = ((KeyValue) read).get(i);
                    if (element == null) {
                        assertThat(back).isNull();
                    } else {
                        assertThat(back).isEqualTo(element).hasSameClassAs(element);
                    }
                }
            }
        }
        assertThat(type.read(written)).isEqualTo(new KeyValue(3L, "as stored before"));
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void theOrderIsTotalOverMixedKeys() {
        IndexKeyType type = new IndexKeyType();
        Random random = new Random(11);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(new KeyValue(randomValue(random), randomValue(random)));
        }
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = Integer.signum(type.compare(a, b));
                assertThat(ab).isEqualTo(-Integer.signum(type.compare(b, a)));
                assertThat(ab == 0).isEqualTo(a.equals(b));
                for (KeyValue c : keys.subList(0, 20)) {
                    if (ab <= 0 && type.compare(b, c) <= 0) {
                        assertThat(type.compare(a, c)).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
    }

    private static Object randomValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> (long) random.nextInt(5);
            case 1 -> random.nextInt(5);
            case 2 -> "s" + random.nextInt(5);
            case 3 -> null;
            case 4 -> Instant.ofEpochMilli(random.nextInt(5));
            default -> new de.bwaldvogel.mongo.bson.ObjectId();
        };
    }

    @Test
    void aFileWrittenByTheLibrarysBackendKeepsItsUniqueIndexes() {
        Path file = dataDir.resolve(EmbeddedMongo.FILE_NAME);
        ObjectId first = new ObjectId();
        withServer(new H2Backend(file.toString()), entries -> {
            entries.createIndex(Indexes.ascending("userId", "source"), new IndexOptions().unique(true));
            for (int i = 0; i < 200; i++) {
                entries.insertOne(new Document("_id", i == 0 ? first : new ObjectId()).append("userId", (long) i % 7)
                        .append("source", "u:" + i));
            }
        });

        for (int run = 0; run < 2; run++) { // the second run opens the file already moved over
            withServer(EmbeddedBackend.open(file.toString(), 8), entries -> {
                assertThat(entries.find(eq("_id", first)).first()).isNotNull()
                        .satisfies(found -> assertThat(found.get("source")).isEqualTo("u:0"));
                assertThat(entries.find(and(eq("userId", 3L), eq("source", "u:10"))).first()).isNotNull();
                assertThatThrownBy(() -> entries.insertOne(new Document("userId", 3L).append("source", "u:10")))
                        .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getError().getCategory())
                                .isEqualTo(ErrorCategory.DUPLICATE_KEY));
                assertThatThrownBy(() -> entries.insertOne(new Document("_id", first)))
                        .isInstanceOf(MongoWriteException.class);
                assertThat(entries.countDocuments()).isEqualTo(200);
            });
        }
        MVStore store = MVStore.open(file.toString());
        try {
            assertThat(store.getMapNames()).noneMatch(name -> name.contains("._index_"))
                    .anyMatch(name -> name.endsWith("._ukey_userId_1_source_1"));
        } finally {
            store.close();
        }
    }

    @Test
    void documentsOfEveryValueTypeAreStoredAsBsonAndReadBackAfterARestart() {
        Path file = dataDir.resolve(EmbeddedMongo.FILE_NAME);
        ObjectId id = new ObjectId();
        Document stored = new Document("_id", id).append("userId", 42L).append("count", 7).append("ml", 12.5)
                .append("at", Date.from(Instant.parse("2026-03-10T08:00:00.123Z"))).append("note", "¡ñ 😊")
                .append("none", null).append("done", true).append("ids", List.of(new ObjectId(), new ObjectId()))
                .append("rhythm", new Document("perDay", 8).append("wake", "07:00"))
                .append("bytes", new Binary(new byte[] {1, 2, 3}));
        withServer(EmbeddedBackend.open(file.toString(), 8), entries -> entries.insertOne(stored));

        withServer(EmbeddedBackend.open(file.toString(), 8), entries ->
                assertThat(entries.find(eq("_id", id)).first()).isEqualTo(stored));
    }

    @Test
    void aDocumentIsWrittenAsTaggedBsonAndOneJavaSerialisedBeforeStillReads() {
        DocumentValueType type = new DocumentValueType();
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", 5L)
                .append("once", List.of("first_log")).append("at", Instant.parse("2026-03-10T08:00:00Z"));

        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        new ObjectDataType().write(buffer, document); // as the library's backend stored it
        type.write(buffer, "not a document");
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(written.get(0)).isEqualTo(DocumentValueType.BSON_DOCUMENT);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(type.read(written)).isEqualTo("not a document");
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void aDocumentChangedWhileItIsWrittenIsWrittenWholeAndNeverFailsTheWrite() throws Exception {
        DocumentValueType type = new DocumentValueType();
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", 9L);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread changer = Thread.ofPlatform().start(() -> {
            for (int i = 0; running.get(); i++) { // as mongo-java-server updates a stored document: in place
                document.put("f" + (i % 7), i);
                document.remove("f" + ((i + 3) % 7));
            }
        });
        try {
            for (int i = 0; i < 20_000; i++) {
                WriteBuffer buffer = new WriteBuffer();
                type.write(buffer, document);
                assertThat(type.read(buffer.getBuffer().flip())).isInstanceOf(de.bwaldvogel.mongo.bson.Document.class);
            }
        } finally {
            running.set(false);
            changer.join();
        }
    }

    @Test
    void anUpdateNeverChangesTheDocumentObjectThatTheStoreHolds() {
        EmbeddedBackend backend = EmbeddedBackend.open(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString(), 8);
        withServer(backend, entries -> {
            entries.insertOne(new Document("_id", 1L).append("n", 1));
            MVMap<Object, Object> data = backend.getMvStore().openMap("databases.test.entries");
            Object held = data.get(1L);
            String before = held.toString();

            entries.updateOne(eq("_id", 1L), Updates.combine(
                    Updates.set("n", 2), Updates.set("added", 3)));
            entries.updateOne(eq("n", 2), Updates.unset("added")); // by a full read too

            assertThat(held.toString()).isEqualTo(before);
            assertThat(data.get(1L)).isNotSameAs(held);
            assertThat(entries.find(eq("_id", 1L)).first()).isEqualTo(new Document("_id", 1L).append("n", 2));
        });
    }

    @Test
    void aFileStoreClosedByAnIoErrorIsNotWritableThoughTheServerStillAnswersUntilItIsReopened() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir.resolve("closing"))) {
            assertThat(mongo.writable()).isTrue();
            EmbeddedBackend failed = mongo.backend();
            failed.getMvStore().closeImmediately(); // what H2 does on a write error (a full disk)
            assertThat(mongo.writable()).isFalse();
            // nothing wrong with the disk here: the file is reopened at once
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.backend() != failed && mongo.writable());
        }
    }

    /**
     * The library answers a command on a closed store "Unknown error", which the bot would answer "something went
     * wrong" at once; it must be a fault of the moment (retried, then "not saved") and ask for the file to be reopened.
     */
    @Test
    void aCommandOnAFileStoreClosedByAnIoErrorIsAFaultOfTheMomentAndAsksForTheFileToBeReopened() {
        EmbeddedBackend backend = EmbeddedBackend.open(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString(), 8);
        AtomicInteger told = new AtomicInteger();
        backend.onClosed(told::incrementAndGet);
        withServer(backend, entries -> {
            entries.insertOne(new Document("_id", 1L));
            backend.getMvStore().closeImmediately();
            for (Runnable command : List.<Runnable>of(() -> entries.insertOne(new Document("_id", 2L)),
                    () -> entries.updateOne(eq("_id", 1L), Updates.set("n", 1)),
                    () -> entries.deleteMany(eq("_id", 1L)))) {
                Throwable failure = Assertions.catchThrowable(command::run);
                assertThat(DatabaseFault.isFault(failure)).as("a fault of the moment: %s", failure).isTrue();
            }
            assertThat(told).hasPositiveValue();
        });
    }

    @Test
    void theDataFolderAndFileAreTheBotUsersAlone() throws Exception {
        Path folder = dataDir.resolve("data");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(folder)) {
            assertThat(mongo.connectionString()).startsWith("mongodb://127.0.0.1:");
        }
        Assumptions.assumeTrue(Files.getFileStore(folder)
                .supportsFileAttributeView(PosixFileAttributeView.class));
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve(EmbeddedMongo.FILE_NAME))))
                .isEqualTo("rw-------");
        // and it still opens as a database, its data kept
        try (EmbeddedMongo again = EmbeddedMongo.start(folder)) {
            assertThat(again.connectionString()).isNotBlank();
        }
    }

    /**
     * What a crash leaves is the last commit: in every one, each entry has its unique key and each key its entry.
     * An insert puts the document and then its keys; a commit between the two (from another chat's update) put an
     * entry in the file without its key, and after a kill a redelivered log was stored a second time.
     */
    @Test
    void everyCommitHoldsEachDocumentWithItsUniqueKey() throws Exception {
        EmbeddedBackend backend = EmbeddedBackend.open(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString(), 8);
        MongoServer server = new MongoServer(backend);
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> torn = Collections.synchronizedList(new ArrayList<>());
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var entries = client.getDatabase("test").getCollection("entries");
            entries.createIndex(Indexes.ascending("userId", "source"), new IndexOptions().unique(true));
            MVStore store = backend.getMvStore();
            backend.commit();
            long start = store.getCurrentVersion(); // both maps exist from here on (an older version has neither)
            Thread committer = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    backend.commit();
                    long version = store.getCurrentVersion() - 1;
                    if (version < start) {
                        continue;
                    }
                    long documents = store.openMap("databases.test.entries").openVersion(version).sizeAsLong();
                    long keys = store.openMap("test.entries._ukey_userId_1_source_1").openVersion(version).sizeAsLong();
                    if (documents != keys) {
                        torn.add("version " + version + ": " + documents + " entries, " + keys + " keys");
                    }
                }
            });
            try (var threads = Executors.newFixedThreadPool(6)) {
                List<Future<?>> writers = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    long user = t;
                    writers.add(threads.submit(() -> {
                        for (int i = 0; i < 400; i++) {
                            entries.insertOne(new Document("userId", user).append("source", "u:" + i));
                        }
                        return null;
                    }));
                }
                for (var writer : writers) {
                    writer.get();
                }
            } finally {
                running.set(false);
                committer.join();
            }
            assertThat(torn).isEmpty();
            assertThat(entries.countDocuments()).isEqualTo(2_400);
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }

    @Test
    void collectionsWithIdsOfDifferentKindsWorkTogetherFromSeveralThreadsWhileCommitting() throws Exception {
        EmbeddedBackend backend = EmbeddedBackend.open(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString(), 8);
        MongoServer server = new MongoServer(backend);
        AtomicBoolean running = new AtomicBoolean(true);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var database = client.getDatabase("test");
            database.getCollection("entries").createIndex(Indexes.ascending("userId", "source"),
                    new IndexOptions().unique(true));
            Thread committer = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    backend.commit();
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            try (var threads = Executors.newFixedThreadPool(6)) {
                for (int t = 0; t < 6; t++) {
                    int thread = t;
                    writers.add(threads.submit(() -> {
                        for (int i = 0; i < 300; i++) {
                            long user = thread * 1_000L + i;
                            ObjectId entry = new ObjectId();
                            database.getCollection("users").insertOne(new Document("_id", user));
                            database.getCollection("entries").insertOne(new Document("_id", entry)
                                    .append("userId", user).append("source", "u:" + i));
                            database.getCollection("days").insertOne(new Document("_id", user + "/2026-03-10"));
                            assertThat(database.getCollection("entries").find(eq("_id", entry)).first()).isNotNull();
                            assertThat(database.getCollection("users").find(eq("_id", user)).first()).isNotNull();
                        }
                        return null;
                    }));
                }
                for (var writer : writers) {
                    writer.get();
                }
            } finally {
                running.set(false);
                committer.join();
            }
            assertThat(database.getCollection("entries").countDocuments()).isEqualTo(1_800);
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }

    @Test
    void aLookUpOfIdsInAListAnswersAsTheLibrarysBackendDoes() {
        List<Object> ids = new ArrayList<>(List.of(1L, 2, 3.0, "4", new ObjectId(), new ObjectId()));
        List<Document> stored = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            stored.add(new Document("_id", ids.get(i)).append("n", i % 3).append("word", "w" + i));
        }
        List<Bson> queries = List.of(
                Filters.in("_id", ids.get(0), ids.get(4), "absent", ids.get(4)),
                Filters.in("_id", 1, 2L, 3), // numbers match by value, as in MongoDB
                Filters.in("_id", List.of()),
                Filters.in("_id", ids));
        List<List<Document>> expected = new ArrayList<>();
        withServer(new H2Backend(MVStore.open(dataDir.resolve("library.mv.db").toString())), entries -> {
            entries.insertMany(stored);
            queries.forEach(query -> expected.addAll(answers(entries, query)));
        });
        List<List<Document>> actual = new ArrayList<>();
        withServer(EmbeddedBackend.open(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString(), 8), entries -> {
            entries.insertMany(stored);
            queries.forEach(query -> actual.addAll(answers(entries, query)));
        });

        assertThat(actual).isEqualTo(expected);
        assertThat(expected.get(0)).extracting(d -> d.get("_id")).containsExactlyInAnyOrder(ids.get(0), ids.get(4));
        assertThat(expected.get(3)).hasSize(3);
    }

    /** The same look-up as is, sorted, skipped and limited, and projected. */
    private static List<List<Document>> answers(MongoCollection<Document> entries, Bson query) {
        return List.of(
                entries.find(query).into(new ArrayList<>()).stream()
                        .sorted(Comparator.comparing(Document::toJson)).toList(),
                entries.find(query).sort(Sorts.descending("word")).skip(1).limit(2)
                        .into(new ArrayList<>()),
                entries.find(query).projection(Projections.include("n"))
                        .sort(Sorts.ascending("word")).into(new ArrayList<>()));
    }

    private static void withServer(H2Backend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("test").getCollection("entries"));
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }
}
