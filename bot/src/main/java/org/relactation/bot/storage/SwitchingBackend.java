package org.relactation.bot.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * What the embedded server serves: an {@link EmbeddedBackend} that can be replaced by another on the same file while
 * the server and the driver's connections stay. Every command holds a shared lock; a replacement takes it alone, so
 * commands wait for it (a file written anew after an erasure) instead of failing, and none sees a backend being
 * closed. A cursor left open across a replacement is not found afterwards (the bot reads in single batches).
 */
final class SwitchingBackend implements MongoBackend {
    /** By command name, then the collection it names ("" for none): what {@link #commandsServedByName} adds up. */
    private final ConcurrentMap<String, ConcurrentMap<String, LongAdder>> commands = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock serving = new ReentrantReadWriteLock();
    private volatile EmbeddedBackend current;

    SwitchingBackend(EmbeddedBackend first) {
        this.current = first;
    }

    /** The backend serving now. */
    EmbeddedBackend current() {
        return current;
    }

    /** A change of backends: runs with no command in progress and none starting until it returns. */
    void exclusively(Runnable change) {
        serving.writeLock().lock();
        try {
            change.run();
        } finally {
            serving.writeLock().unlock();
        }
    }

    /** From now on {@code next} serves; only inside {@link #exclusively}. */
    void replace(EmbeddedBackend next) {
        if (!serving.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("A backend is replaced only with no command in progress");
        }
        current = next;
    }

    /** Runs {@code work} on the backend serving now, never during a replacement. */
    <T> T serve(Function<EmbeddedBackend, T> work) {
        serving.readLock().lock();
        try {
            return work.apply(current);
        } finally {
            serving.readLock().unlock();
        }
    }

    @Override
    public void handleClose(Channel channel) {
        serve(backend -> {
            backend.handleClose(channel);
            return null;
        });
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return serve(backend -> backend.handleCommand(channel, databaseName, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return serve(backend -> backend.handleQuery(query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document document = message.getDocument();
        String command = document.isEmpty() ? "" : document.keySet().iterator().next();
        if (!command.equals("hello") && !command.equalsIgnoreCase("isMaster")) {
            String collection = document.get(command) instanceof String name ? name : "";
            commands.computeIfAbsent(command, name -> new ConcurrentHashMap<>())
                    .computeIfAbsent(collection, name -> new LongAdder()).increment();
        }
        return serve(backend -> backend.handleMessage(message));
    }

    /**
     * The commands served since start, but for the driver's handshakes and heartbeats: what the bot asked of the
     * database, counted here rather than by a command listener in the driver, which would cost every command an event.
     */
    long commandsServed() {
        return commands.values().stream().flatMap(each -> each.values().stream()).mapToLong(LongAdder::sum).sum();
    }

    /** {@link #commandsServed} by command and the collection it names: "find users", "delete outbox"... */
    Map<String, Long> commandsServedByName() {
        Map<String, Long> counts = new TreeMap<>();
        commands.forEach((command, collections) -> collections.forEach((collection, count) ->
                counts.put(collection.isEmpty() ? command : command + " " + collection, count.sum())));
        return counts;
    }

    @Override
    public void dropDatabase(String database) {
        serve(backend -> {
            backend.dropDatabase(database);
            return null;
        });
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return serve(backend -> backend.getCurrentOperations(query));
    }

    @Override
    public Document getServerStatus() {
        return serve(EmbeddedBackend::getServerStatus);
    }

    /** Closes the backend serving now (the server calls this when it shuts down), after the commands in progress. */
    @Override
    public void close() {
        exclusively(() -> current.close());
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        serve(backend -> {
            backend.closeCursors(cursorIds);
            return null;
        });
    }

    @Override
    public Clock getClock() {
        return current.getClock();
    }

    @Override
    public void enableOplog() {
        current.enableOplog();
    }

    @Override
    public void disableOplog() {
        current.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return serve(backend -> backend.resolveDatabase(database));
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        current.version(version);
        return this;
    }
}
