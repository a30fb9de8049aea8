package org.relactation.bot.storage;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                assertThat(entries.find(eq("_id", first)).first()).isNotNull();
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
