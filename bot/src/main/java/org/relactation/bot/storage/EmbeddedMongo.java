package org.relactation.bot.storage;

import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server inside this process (mongo-java-server, H2 file backend), bound to 127.0.0.1
 * on a free port. The bot talks to it through the real MongoDB driver, exactly as it talks to a real server,
 * so the zero-setup run and the tests exercise the production code path.
 */
final class EmbeddedMongo implements AutoCloseable {
    static final String FILE_NAME = "relactation.mv.db";
    /** H2's page cache (its default is 16 MB): pages found there are not read and deserialised again. */
    private static final int CACHE_MEGABYTES = 64;

    private final Path file;
    private final InetSocketAddress address;
    private volatile EmbeddedBackend backend;
    private volatile MongoServer server;
    private boolean running = true;
    private final java.util.concurrent.locks.ReentrantLock committing = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.concurrent.atomic.AtomicLong commitsStarted = new java.util.concurrent.atomic.AtomicLong();
    /** Guarded by {@link #committing}. */
    private long commitsFinished;

    private EmbeddedMongo(Path file, EmbeddedBackend backend, MongoServer server, InetSocketAddress address) {
        this.file = file;
        this.backend = backend;
        this.server = server;
        this.address = address;
    }

    static EmbeddedMongo start(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            // Health data: the folder and the file are the bot user's alone (not the umask's 755 and 644).
            ownerOnly(dataDir, "rwx------");
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            ownerOnly(file, "rw-------");
        } catch (IOException e) {
            throw new StorageException("Cannot create the data folder " + dataDir.toAbsolutePath()
                    + " (DATA_DIR): " + e.getMessage(), e);
        }
        EmbeddedBackend backend = openFile(file);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        return new EmbeddedMongo(file, backend, server, address);
    }

    /** Sets POSIX permissions where the file system has them (not on Windows). */
    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        }
    }

    private static EmbeddedBackend openFile(Path file) {
        try {
            return EmbeddedBackend.open(file.toString(), CACHE_MEGABYTES);
        } catch (RuntimeException e) {
            // H2 locks its file: the usual cause is a second bot running on the same folder.
            throw new StorageException("Cannot open the embedded database " + file.toAbsolutePath()
                    + ": is another bot already running on this DATA_DIR?", e);
        }
    }

    /**
     * For tests of an outage: the server goes away as a crashed MongoDB would (connections dropped, file
     * closed with what it acknowledged), until {@link #restart()}.
     */
    synchronized void stop() {
        if (running) {
            running = false;
            server.shutdownNow();
        }
    }

    /** For tests of an outage: the server comes back on the same port and file; the driver reconnects. */
    synchronized void restart() {
        if (!running) {
            EmbeddedBackend reopened = openFile(file);
            MongoServer restarted = new MongoServer(reopened);
            restarted.bind(address);
            backend = reopened;
            server = restarted;
            running = true;
        }
    }

    /**
     * Writes everything acknowledged so far into the file. The H2 store otherwise commits on its own about once
     * a second, and a process killed in that second would lose writes the parent was already told about.
     *
     * <p>A group commit: callers that arrive while a commit is running wait for the next one, and a single commit
     * then covers all of them (it started after their writes were acknowledged). Under load this turns one file
     * write per update into one per handful of updates, without ever answering before the write is in the file.
     */
    void commit() {
        long needed = commitsStarted.get() + 1;
        committing.lock();
        try {
            if (commitsFinished >= needed) {
                return; // a commit that started after this call's writes has finished: they are in the file
            }
            long generation = commitsStarted.incrementAndGet();
            backend.commit();
            commitsFinished = generation;
        } catch (RuntimeException e) {
            throw new DatabaseFault("The embedded database file could not be committed", e);
        } finally {
            committing.unlock();
        }
    }

    /**
     * Whether the file store takes writes: H2 closes it for good on an I/O error (a full disk), after which the
     * server still answers a ping but every write fails.
     */
    boolean writable() {
        return running && !backend.getMvStore().isClosed();
    }

    /** The backend now (a test closes its file as a full disk would). */
    EmbeddedBackend backend() {
        return backend;
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** Stops accepting connections, then closes the H2 file so that everything written is on disk. */
    @Override
    public synchronized void close() {
        if (running) {
            running = false;
            server.shutdownNow();
            backend.close();
        }
    }
}
