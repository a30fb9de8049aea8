package org.relactation.bot.storage;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.config.Settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * A full disk under the embedded database ({@link DiskQuota}: a file system of H2's that refuses to grow a file past
 * a limit, as a full disk does): H2 closes its file store on the failed write. The database must say it is down
 * (/healthz), fail writes as faults of the moment (which the bot retries, then answers "not saved", see
 * {@code DatabaseOutageEndToEndTest}), and come back by itself once there is space again, without a restart and
 * with everything committed before.
 */
class DiskFullTest {
    @TempDir
    Path dataDir;

    @AfterEach
    void freeTheDisk() {
        DiskQuota.free();
    }

    @Test
    void aFullDiskIsAnOutageThatEndsByItselfOnceThereIsSpaceAgain() throws Exception {
        Settings.Storage settings = new Settings.Storage("", "relactation", dataDir, 2, 2, 5, 20);
        try (Database database = Database.open(settings, builder -> {
        }, DiskQuota.fileSystem())) {
            MongoCollection<Document> entries = database.collection(Schema.ENTRIES, Document.class);
            entries.insertOne(entry("before the disk filled", 1));
            database.makeDurable();
            assertThat(database.reachable()).isTrue();

            // The disk fills: the file may use what it has, but not grow.
            DiskQuota.limit(Files.size(dataDir.resolve(EmbeddedMongo.FILE_NAME)));
            Throwable failure = null;
            for (int i = 0; i < 10_000 && failure == null; i++) {
                int n = i;
                failure = catchThrowable(() -> {
                    entries.insertOne(entry("x".repeat(2_000), 100 + n));
                    database.makeDurable();
                });
            }
            assertThat(failure).as("a write failed on the full disk").isNotNull();
            assertThat(DatabaseFault.isFault(failure)).as("a fault of the moment: %s", failure).isTrue();
            assertThat(database.reachable()).as("/healthz: database down").isFalse();

            // Still full: the file is tried again and refused again; writes keep failing as faults, /healthz down.
            long refused = DiskQuota.refused();
            await().atMost(Duration.ofSeconds(30)).until(() -> DiskQuota.refused() >= refused + 2);
            Throwable whileFull = catchThrowable(() -> {
                entries.insertOne(entry("while the disk is full", 2));
                database.makeDurable();
            });
            assertThat(whileFull).isNotNull();
            assertThat(DatabaseFault.isFault(whileFull)).as("a fault of the moment: %s", whileFull).isTrue();
            assertThat(database.reachable()).isFalse();

            // Space again: the database comes back by itself, with what was committed before.
            DiskQuota.free();
            await().atMost(Duration.ofSeconds(60)).until(database::reachable);
            entries.insertOne(entry("after the disk was freed", 3));
            database.makeDurable();
            assertThat(entries.find(eq("note", "before the disk filled")).first()).isNotNull();
            assertThat(entries.find(eq("note", "after the disk was freed")).first()).isNotNull();
        }
        // and the file opens (and reads whole) after a restart, with both
        Settings.Storage again = new Settings.Storage("", "relactation", dataDir, 2, 2, 5, 20);
        try (Database database = Database.open(again)) {
            MongoCollection<Document> entries = database.collection(Schema.ENTRIES, Document.class);
            assertThat(entries.countDocuments(eq("note", "before the disk filled"))).isEqualTo(1);
            assertThat(entries.countDocuments(eq("note", "after the disk was freed"))).isEqualTo(1);
        }
    }

    private static Document entry(String note, int source) {
        return new Document("userId", 7L).append("source", "u:" + source).append("note", note);
    }
}
