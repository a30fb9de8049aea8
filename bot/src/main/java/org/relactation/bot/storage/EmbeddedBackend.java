package org.relactation.bot.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * mongo-java-server's H2 file backend with three changes: unique-index keys compared value by value
 * ({@link IndexKeyType}) instead of by Java serialisation; documents stored as BSON ({@link DocumentValueType}) and
 * index keys and ids in a compact typed form ({@link CompactValues}) instead of Java serialised; and a collection
 * that hands out copies of what H2 holds ({@link EmbeddedCollection}), because the library updates documents in
 * place while H2 may be writing them. Queries, updates and the rest of the file are the library's own.
 *
 * <p>Every map gets its own type instances, for its keys and for its values, as H2 does by default: H2's object
 * type remembers the kind of the last value it saw, and one instance shared by maps (or by keys and values) of
 * different kinds, used from several threads, mixes them up ("Can not compare", seen in the logging benchmark).
 *
 * <p>Such an index lives in a map of its own name ({@code ...._ukey_<index>}), because the order of its keys
 * differs from the library's. A file written before has its indexes under the library's names
 * ({@code ...._index_<index>}): on opening, their entries are copied into the new maps and the old maps are
 * removed only after that, so a process killed halfway copies again on the next start (H2 persists whole
 * versions, never half of one).
 *
 * <p>H2 closes its store for good on a write error (a full disk): a command then gets the answer of a MongoDB
 * shutting down, a fault the bot retries, and {@link EmbeddedMongo} is told, to open the file again.
 */
final class EmbeddedBackend extends H2Backend {
    /** How often what was written is put in the file when nobody asked for it sooner (H2's own default). */
    static final long COMMIT_EVERY_MS = 1_000;
    /** A map of the bot's own for {@link #probe()}, outside the library's names ("databases.", "meta."). */
    static final String PROBE_MAP = "relactation.probe";

    /** Writes share it, a commit takes it alone: a commit never sees a write halfway ({@link EmbeddedCollection}). */
    private final ReentrantReadWriteLock gate =
            new ReentrantReadWriteLock();
    private final ScheduledExecutorService committer;
    /** Told when a command finds the file store closed (H2 closes it for good on a write error: a full disk). */
    private volatile Runnable onClosed = () -> {
    };

    EmbeddedBackend(MVStore store) {
        super(store);
        // H2's own background commit would not wait for a write in progress: this one goes through the gate.
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-db-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitIfChanged, COMMIT_EVERY_MS, COMMIT_EVERY_MS,
                TimeUnit.MILLISECONDS);
    }

    /** Opens (or creates) the file with a page cache of {@code cacheMegabytes}. */
    static EmbeddedBackend open(String fileName, int cacheMegabytes) {
        return new EmbeddedBackend(new MVStore.Builder().fileName(fileName).cacheSize(cacheMegabytes)
                .autoCommitDisabled().open());
    }

    /**
     * How the map of that name is opened: documents as BSON with typed ids, unique index keys typed, anything else
     * (collection metadata, H2's own) as H2's default. New type instances each time (see the class comment).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static MVMap.Builder<Object, Object> mapBuilder(String name) {
        if (name.startsWith("databases.")) {
            return new MVMap.Builder<Object, Object>().keyType(new IndexKeyType())
                    .valueType((DataType) new DocumentValueType());
        }
        if (name.contains("._ukey_")) {
            return new MVMap.Builder<Object, Object>().keyType(new IndexKeyType()).valueType(new IndexKeyType());
        }
        return new MVMap.Builder<>();
    }

    /** @param onClosed run (on the calling thread, so it must be quick) when a command finds the file store closed */
    EmbeddedBackend onClosed(Runnable onClosed) {
        this.onClosed = onClosed;
        return this;
    }

    /**
     * Writes a few bytes and commits them: whether the file takes writes now. A failure closes the store, as any
     * failed write does.
     */
    void probe() {
        MVMap<String, Long> map = getMvStore().openMap(PROBE_MAP);
        map.put("written", System.currentTimeMillis());
        commit();
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } catch (RuntimeException e) {
            return answerWhenClosed(e);
        }
    }

    /** Every command the driver sends (OP_MSG). */
    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } catch (RuntimeException e) {
            return answerWhenClosed(e);
        }
    }

    /** Legacy queries (the driver's first handshake): nothing the file store answers. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        try {
            return super.handleQuery(query);
        } catch (RuntimeException e) {
            if (getMvStore().isClosed()) {
                onClosed.run();
            }
            throw e;
        }
    }

    /**
     * A command that failed because the file store is closed is answered as by a server shutting down (11600
     * InterruptedAtShutdown): the driver reports that as a fault of the moment, which the bot retries, where the
     * library would answer "Unknown error", which the bot answers "something went wrong" at once; and the file is
     * opened again ({@link #onClosed}). The answer is returned, not thrown: the library logs a thrown error with the
     * whole command, documents and all, and those hold health data. Any other failure is the library's to answer.
     */
    private Document answerWhenClosed(RuntimeException error) {
        if (!getMvStore().isClosed()) {
            throw error;
        }
        onClosed.run();
        String message = "The embedded database file is closed after a write error; it is opened again once it "
                + "takes writes";
        return new Document("ok", 0.0).append("errmsg", message).append("code", 11600)
                .append("codeName", "InterruptedAtShutdown");
    }

    /** Puts everything written so far in the file, with no write halfway done. */
    @Override
    public void commit() {
        gate.writeLock().lock();
        try {
            super.commit();
        } finally {
            gate.writeLock().unlock();
        }
    }

    private void commitIfChanged() {
        try {
            MVStore store = getMvStore();
            if (!store.isClosed() && store.hasUnsavedChanges()) {
                commit();
            }
        } catch (RuntimeException e) {
            // The file is closing, or failed: the next explicit commit reports it.
        }
    }

    @Override
    public void close() {
        committer.shutdownNow();
        gate.writeLock().lock();
        try {
            super.close();
        } finally {
            gate.writeLock().unlock();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedDatabase(databaseName);
    }

    /** Called from the library's constructor, so it reads the store through the backend, set first. */
    private final class IndexedDatabase extends H2Database {
        IndexedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                         boolean sparse) {
            MVStore store = getMvStore();
            String prefix = getFullCollectionNamespace(collectionName);
            @SuppressWarnings({"unchecked", "rawtypes"})
            MVMap<KeyValue, Object> map = (MVMap) store.openMap(prefix + "._ukey_" + indexName,
                    mapBuilder(prefix + "._ukey_" + indexName));
            String libraryName = prefix + "._index_" + indexName;
            if (store.hasMap(libraryName)) {
                MVMap<Object, Object> old = store.openMap(libraryName);
                for (Map.Entry<Object, Object> entry : old.entrySet()) {
                    map.put((KeyValue) entry.getKey(), entry.getValue());
                }
                store.removeMap(old);
            }
            return new EmbeddedUniqueIndex(map, indexName, keys, sparse);
        }

        /** The library's collection handing out copies ({@link EmbeddedCollection}), its documents stored as BSON. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            @SuppressWarnings({"unchecked", "rawtypes"})
            MVMap<Object, Document> data = (MVMap) store.openMap("databases." + fullName,
                    mapBuilder("databases." + fullName));
            MVMap<String, Object> meta = store.openMap("meta." + fullName);
            return new EmbeddedCollection(this, collectionName, options, data, meta, getCursorRegistry(),
                    () -> gate);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String name = getFullCollectionNamespace(collection.getCollectionName()) + "._ukey_" + indexName;
            MVStore store = getMvStore();
            if (store.hasMap(name)) {
                store.removeMap(name);
            }
        }
    }
}
