package org.relactation.bot.storage;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.config.Settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's page cache as benchmarks see it: what it holds, its bound, and emptying it, which loses
 * nothing (the pages are read from the file again).
 */
class PageCacheTest {
    @TempDir
    Path data;

    @Test
    void theEmbeddedPageCacheFillsAsDocumentsAreReadAndEmptiesWithoutLosingAnything() {
        try (Database database = Database.open(new Settings.Storage("", "relactation", data, 2, 2, 5, 20))) {
            MongoCollection<Document> things = database.collection("things", Document.class);
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                batch.add(new Document("_id", (long) i).append("note", "x".repeat(1_000)));
            }
            things.insertMany(batch);
            database.makeDurable();
            for (long i = 0; i < 4_000; i += 7) {
                assertThat(things.find(eq("_id", i)).first()).isNotNull();
            }
            Database.PageCache filled = database.pageCache().orElseThrow();
            assertThat(filled.usedMegabytes()).isPositive();
            assertThat(filled.boundMegabytes()).isGreaterThanOrEqualTo(filled.usedMegabytes());

            database.emptyPageCache();

            assertThat(database.pageCache().orElseThrow().usedMegabytes()).isZero();
            assertThat(database.pageCache().orElseThrow().boundMegabytes()).isEqualTo(filled.boundMegabytes());
            assertThat(things.countDocuments()).isEqualTo(4_000);
            assertThat(things.find(eq("_id", 3_999L)).first().getString("note")).hasSize(1_000);
            assertThat(database.pageCache().orElseThrow().usedMegabytes()).isPositive();
        }
    }
}
