package org.relactation.bot.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.relactation.bot.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The bot's MongoDB database: a real server when MONGODB_URI is set, otherwise the embedded one in DATA_DIR.
 * Writes default to majority write concern, so "saved" means saved on a replica set too.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final MongoClient client;
    private final MongoDatabase database;
    private final EmbeddedMongo embedded;
    private final OutageRetry outageRetry;
    /** The embedded file's commits, shared by the callers that come while one is written; null on MongoDB. */
    private final GroupCommit group;

    private Database(MongoClient client, MongoDatabase database, EmbeddedMongo embedded, OutageRetry outageRetry) {
        this.client = client;
        this.database = database;
        this.embedded = embedded;
        this.outageRetry = outageRetry;
        this.group = embedded == null ? null : new GroupCommit(embedded::commit);
    }

    public static Database open(Settings.Storage settings) {
        return open(settings, builder -> {
        });
    }

    /** @param instrument adds listeners (metrics) to the client settings before the client is made */
    public static Database open(Settings.Storage settings,
                                Consumer<MongoClientSettings.Builder> instrument) {
        return open(settings, instrument, "");
    }

    /** @param fileSystem for tests: put before the embedded file's path for H2 (see {@link EmbeddedMongo#start}) */
    static Database open(Settings.Storage settings, Consumer<MongoClientSettings.Builder> instrument,
                         String fileSystem) {
        EmbeddedMongo embedded = settings.embedded() ? EmbeddedMongo.start(settings.dataDir(), fileSystem) : null;
        try {
            ConnectionString uri = new ConnectionString(
                    embedded != null ? embedded.connectionString() : settings.mongodbUri());
            MongoClientSettings.Builder builder = MongoClientSettings.builder()
                    .applyConnectionString(uri)
                    .applicationName("relactation-bot")
                    // A dead server is noticed in seconds; the driver keeps probing it and reconnects when it is back.
                    .applyToClusterSettings(c -> c.serverSelectionTimeout(
                            settings.serverSelectionTimeoutSeconds(), TimeUnit.SECONDS))
                    .applyToSocketSettings(s -> s.connectTimeout(settings.connectTimeoutSeconds(), TimeUnit.SECONDS)
                            .readTimeout(settings.socketTimeoutSeconds(), TimeUnit.SECONDS));
            if (uri.getWriteConcern() == null) {
                builder.writeConcern(WriteConcern.MAJORITY);
            }
            instrument.accept(builder);
            MongoClient client = MongoClients.create(builder.build());
            MongoDatabase database = client.getDatabase(settings.database());
            Database opened = new Database(client, database, embedded,
                    new OutageRetry(Duration.ofSeconds(settings.outageRetrySeconds())));
            Schema.ensure(database, embedded != null);
            LOG.info("Database ready ({})", embedded != null
                    ? "embedded, file in " + settings.dataDir().toAbsolutePath() : "MONGODB_URI");
            return opened;
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            if (e instanceof StorageException) {
                throw e;
            }
            throw new StorageException("Cannot use the database (MONGODB_URI or DATA_DIR): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Whether this process runs the database itself: then nobody else can be using it (H2 locks the file), and
     * whatever a previous run held (reminder claims) belongs to a process that is gone.
     */
    public boolean embedded() {
        return embedded != null;
    }

    /**
     * Makes acknowledged writes survive a killed process before the parent is told "saved". A real MongoDB
     * already did so when it acknowledged them (journal, majority write concern); the embedded file store is
     * committed here, by a group commit ({@link GroupCommit}): callers that come while a commit is written share
     * the next one, so under load the file is committed once per group of updates, and each caller still returns
     * only after a commit that holds its writes. A {@link DatabaseFault} when that fails.
     */
    public void makeDurable() {
        if (group != null) {
            group.commit();
        }
    }

    /**
     * How often the embedded file was committed for {@link #makeDurable}, and how many calls those commits served
     * (both 0 on MongoDB): for tests and benchmarks.
     */
    public CommitCount commitCount() {
        return group == null ? new CommitCount(0, 0) : new CommitCount(group.commits(), group.callers());
    }

    /**
     * The commands the embedded server served since it started, but for the driver's handshakes and heartbeats (0 on
     * MongoDB): for benchmarks, which must not add a command listener (it costs every command an event).
     */
    public long commandsServed() {
        return embedded == null ? 0 : embedded.commandsServed();
    }

    /** {@link #commandsServed} by command and collection ("find users": 1000, ...); empty on MongoDB. */
    public Map<String, Long> commandsServedByName() {
        return embedded == null ? Map.of() : embedded.commandsServedByName();
    }

    /**
     * The embedded database's page cache (H2 keeps the pages it read or wrote lately, with their documents decoded,
     * up to a bound), or empty on MongoDB: for benchmarks, which tell the heap the bot keeps from the heap this cache
     * holds, the part a deployment on MongoDB keeps in mongod instead.
     */
    public Optional<PageCache> pageCache() {
        return embedded == null ? Optional.empty() : Optional.of(embedded.pageCache());
    }

    /**
     * Empties the embedded database's page cache (nothing on MongoDB). Nothing is lost: pages are read from the
     * file again when needed. For benchmarks, to measure the heap without it.
     */
    public void emptyPageCache() {
        if (embedded != null) {
            embedded.emptyPageCache();
        }
    }

    /** What the embedded page cache holds and its bound, in megabytes as H2 estimates them. */
    public record PageCache(int usedMegabytes, int boundMegabytes) {
    }

    /** Commits of the embedded file, and the {@link #makeDurable} calls they served. */
    public record CommitCount(long commits, long calls) {
    }

    /** How long work is retried through an outage of this database (storage.outageRetrySeconds). */
    public OutageRetry outageRetry() {
        return outageRetry;
    }

    /**
     * For tests of an outage: the embedded server goes away (connections dropped, file closed) until
     * {@link #startEmbeddedServer()}. Does nothing on a real MongoDB.
     */
    public void stopEmbeddedServer() {
        if (embedded != null) {
            embedded.stop();
        }
    }

    /** For tests of an outage: the embedded server is back on the same port and file. */
    public void startEmbeddedServer() {
        if (embedded != null) {
            embedded.restart();
        }
    }

    /**
     * True when the database answers a ping now and, embedded, its file takes writes (for /healthz); false when it
     * cannot be reached or its file was closed by an I/O error.
     */
    public boolean reachable() {
        if (embedded != null && !embedded.writable()) {
            return false;
        }
        try {
            database.runCommand(new Document("ping", 1));
            return true;
        } catch (MongoException e) {
            return false;
        }
    }

    public <T> MongoCollection<T> collection(String name, Class<T> type) {
        return database.getCollection(name, type);
    }

    /**
     * Removes every document of a parent from every collection, one collection after the other (there are no
     * multi-document transactions to lean on; each delete is idempotent, so a retry after a failure finishes
     * the job). Returns how many documents each collection held.
     *
     * <p>Embedded, the file is then written anew from what it still holds, and its backups replaced by a copy of it:
     * a deleted document would otherwise stay readable in the file (H2 writes changes to new places) and in the
     * backups. A failure there is a {@link DatabaseFault}: a retry deletes nothing more and rewrites again.
     */
    public Map<String, Long> deleteEverythingOf(long userId) {
        if (embedded != null) {
            embedded.markErasure();
        }
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (Schema.Collection collection : Schema.COLLECTIONS) {
            deleted.put(collection.name(), database.getCollection(collection.name())
                    .deleteMany(Filters.eq(collection.userField(), userId))
                    .getDeletedCount());
        }
        if (embedded != null) {
            embedded.rewrite();
        }
        return deleted;
    }

    /** How many documents of a parent each collection holds: for tests and the operator. */
    public Map<String, Long> countEverythingOf(long userId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Schema.Collection collection : Schema.COLLECTIONS) {
            counts.put(collection.name(), database.getCollection(collection.name())
                    .countDocuments(Filters.eq(collection.userField(), userId)));
        }
        return counts;
    }

    MongoDatabase mongo() {
        return database;
    }

    /** Closes the client, then the embedded server (which flushes its file). */
    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
