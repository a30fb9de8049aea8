package org.relactation.bot.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is what one would design for MongoDB itself; the indexes only the embedded server's planner needs
 * (unique ones that start with _id) are made on the embedded database alone, and dropped from a MongoDB an earlier
 * version made them on. Run against the embedded server (the wire protocol and index commands are the same).
 */
class SchemaTest {
    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDatabaseGetsThePlannersIndexesAndMongoDbOnlyTheOnesItUses() {
        withDatabase(database -> {
            Schema.ensure(database, true);
            assertThat(indexes(database, Schema.ENTRIES)).contains("user_source", "user_time", "id_user");
            assertThat(indexes(database, Schema.REMINDERS)).contains("due", "claim", "claimant", "pause");
            assertThat(indexes(database, Schema.MORNING_NOTES)).contains("due", "claim", "claimant");
            assertThat(indexes(database, Schema.MILESTONES)).contains("version");

            // The same database treated as a MongoDB an earlier version made the planner's indexes on.
            Schema.ensure(database, false);
            assertThat(indexes(database, Schema.ENTRIES)).containsExactlyInAnyOrder("_id_", "user_source",
                    "user_time");
            assertThat(indexes(database, Schema.REMINDERS)).containsExactlyInAnyOrder("_id_", "due");
            assertThat(indexes(database, Schema.MORNING_NOTES)).containsExactlyInAnyOrder("_id_", "due");
            assertThat(indexes(database, Schema.MILESTONES)).containsExactly("_id_");

            Schema.ensure(database, false); // again, as at every start: nothing left to drop is no error
            assertThat(indexes(database, Schema.REMINDERS)).containsExactlyInAnyOrder("_id_", "due");
        });
    }

    @Test
    void everyPlannersIndexStartsWithIdAndIsUniqueSoItChangesNoAnswerAnywhere() {
        for (Schema.Collection collection : Schema.COLLECTIONS) {
            for (var index : collection.embeddedIndexes()) {
                assertThat(index.getKeys().toBsonDocument().getFirstKey()).as(index.getOptions().getName()).isEqualTo("_id");
                assertThat(index.getOptions().isUnique()).as(index.getOptions().getName()).isTrue();
            }
        }
    }

    private void withDatabase(Consumer<MongoDatabase> use) {
        EmbeddedBackend backend = EmbeddedBackend.open(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString(), 8);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("test"));
        } finally {
            server.shutdownNow();
        }
    }

    private static List<String> indexes(MongoDatabase database, String collection) {
        List<String> names = new ArrayList<>();
        for (Document index : database.getCollection(collection).listIndexes()) {
            names.add(index.getString("name"));
        }
        return names;
    }
}
