package org.relactation.bot.storage;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.config.Settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An erasure writes the embedded database file anew from its live data (H2 writes changes to new places and leaves
 * the old bytes where they were): nothing of the deleted parent is left in the file or its backups, the others'
 * writes meanwhile wait instead of failing, and an erasure a killed process left halfway is finished at the next
 * start. The whole parent, through /delete, is {@code ErasureEndToEndTest}.
 */
class ErasureTest {
    private static final String SECRET = "a note only parent 1 wrote";

    @TempDir
    Path dataDir;

    @Test
    void theDeletedParentIsGoneFromTheFileWhileAnotherParentsWritesGoOnWithoutAFault() throws Exception {
        try (Database database = open()) {
            MongoCollection<Document> entries = database.collection(Schema.ENTRIES, Document.class);
            for (int i = 0; i < 200; i++) {
                entries.insertOne(entry(1, i, SECRET + " #" + i));
                entries.insertOne(entry(2, i, "kept " + i));
            }
            database.makeDurable();
            assertThat(filesHolding(SECRET)).isNotEmpty();

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger(200);
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            Thread writer = Thread.ofPlatform().start(() -> {
                while (writing.get()) {
                    try {
                        entries.insertOne(entry(2, written.get(), "kept " + written.get()));
                        database.makeDurable();
                        written.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e);
                        return;
                    }
                }
            });
            try {
                for (int round = 0; round < 3; round++) {
                    database.deleteEverythingOf(1);
                }
            } finally {
                writing.set(false);
                writer.join();
            }

            assertThat(failures).as("the other parent's writes wait for the rewrite, never fail").isEmpty();
            assertThat(filesHolding(SECRET)).as("files holding the deleted parent's note").isEmpty();
            assertThat(entries.countDocuments(eq("userId", 1L))).isZero();
            assertThat(entries.countDocuments(eq("userId", 2L))).isEqualTo(written.get());
            assertThat(database.reachable()).isTrue();
            assertThat(dataDir.resolve(EmbeddedMongo.ERASING)).doesNotExist();
        }
        try (Database reopened = open()) {
            assertThat(reopened.collection(Schema.ENTRIES, Document.class).countDocuments(eq("userId", 2L)))
                    .isGreaterThanOrEqualTo(200);
        }
    }

    /** Killed after the deletions were committed and before the file was written anew: the marker says so. */
    @Test
    void anErasureAKilledProcessLeftHalfwayIsFinishedAtTheNextStart() throws Exception {
        try (Database database = open()) {
            MongoCollection<Document> entries = database.collection(Schema.ENTRIES, Document.class);
            for (int i = 0; i < 50; i++) {
                entries.insertOne(entry(1, i, SECRET + " #" + i));
                entries.insertOne(entry(2, i, "kept " + i));
            }
        }
        try (Database database = open()) { // a backup with parent 1 in it
            Files.createFile(dataDir.resolve(EmbeddedMongo.ERASING));
            database.collection(Schema.ENTRIES, Document.class).deleteMany(eq("userId", 1L)); // and no rewrite
        }
        // and what a kill leaves of copies being made: a file being written anew, a backup being taken
        Files.writeString(dataDir.resolve(EmbeddedMongo.FILE_NAME + ".rewrite"), SECRET);
        Files.writeString(dataDir.resolve(EmbeddedFiles.BACKUPS).resolve("relactation-x.mv.db.partial"), SECRET);
        assertThat(filesHolding(SECRET)).hasSizeGreaterThanOrEqualTo(4); // the file, a backup and the two copies

        try (Database database = open()) {
            assertThat(filesHolding(SECRET)).isEmpty();
            assertThat(dataDir.resolve(EmbeddedMongo.ERASING)).doesNotExist();
            assertThat(database.collection(Schema.ENTRIES, Document.class).countDocuments(eq("userId", 2L)))
                    .isEqualTo(50);
        }
    }

    private Database open() {
        return Database.open(new Settings.Storage("", "relactation", dataDir, 2, 2, 5, 20));
    }

    private static Document entry(long user, int i, String note) {
        return new Document("userId", user).append("source", "u:" + i).append("note", note);
    }

    /** The files under the data folder that hold {@code text} (UTF-8, as BSON stores it). */
    private List<Path> filesHolding(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (indexOf(bytes, needle) >= 0) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
