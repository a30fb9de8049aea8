package org.relactation.bot.storage;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.DataUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A MongoDB wire-protocol server inside this process (mongo-java-server, H2 file backend), bound to 127.0.0.1
 * on a free port. The bot talks to it through the real MongoDB driver, exactly as it talks to a real server,
 * so the zero-setup run and the tests exercise the production code path.
 *
 * <p>Before the file is opened for writing it is checked and copied ({@link EmbeddedFiles}). While the bot runs, the
 * server serves a {@link SwitchingBackend}, so that the file can be opened again under it:
 * <ul>
 *   <li>H2 closes its file store for good on a write error (a full disk, an I/O error). Commands then fail as faults
 *       of the moment (the bot retries them, then answers "not saved"), {@link #writable()} is false (/healthz says
 *       the database is down), and the file is opened again, without a restart, as soon as a probe write goes
 *       through (tried every {@link #HEAL_EVERY_MS} ms), with everything committed before the failure.</li>
 *   <li>After an erasure ({@link #rewrite()}) the file is written anew from its live data: H2 writes changes to new
 *       places and leaves the old bytes where they were, so deleted documents stayed readable in the file.</li>
 * </ul>
 */
final class EmbeddedMongo implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);
    static final String FILE_NAME = "relactation.mv.db";
    /** Made before an erasure's deletions and removed once the file is written anew (see {@link #markErasure()}). */
    static final String ERASING = "relactation.erasing";
    /** How often a closed file store is looked for, and opening it again tried while the cause lasts. */
    static final long HEAL_EVERY_MS = 500;
    /**
     * H2's page cache (its default is 16 MB): pages found there are not read and deserialised again. The megabytes are
     * H2's estimate; the documents it holds take about twice that of the heap: 64 MB made the live set with 100,000
     * parents 40 MB larger than with 10,000, 48 MB about 23 MB (the reminders benchmark).
     */
    private static final int CACHE_MEGABYTES = 48;

    private final Path file;
    /** Put before the file's path for H2: empty, or a test's file system. */
    private final String fileSystem;
    private final InetSocketAddress address;
    private final SwitchingBackend backend;
    private volatile MongoServer server;
    /** False only while a test stopped the server ({@link #stop()}) and after {@link #close()}. */
    private volatile boolean running = true;
    /** The file store was closed by a write error (or a failed rewrite) and is not open again yet. */
    private volatile boolean failing;
    private volatile boolean closed;
    private final ScheduledExecutorService healer;
    private final ReentrantLock committing = new ReentrantLock();
    private final AtomicLong commitsStarted = new AtomicLong();
    /** Guarded by {@link #committing}. */
    private long commitsFinished;

    private EmbeddedMongo(Path file, String fileSystem, SwitchingBackend backend, MongoServer server,
                          InetSocketAddress address) {
        this.file = file;
        this.fileSystem = fileSystem;
        this.backend = backend;
        this.server = server;
        this.address = address;
        backend.current().onClosed(this::healSoon);
        this.healer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-db-heal");
            thread.setDaemon(true);
            return thread;
        });
        healer.scheduleWithFixedDelay(this::healIfClosed, HEAL_EVERY_MS, HEAL_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    static EmbeddedMongo start(Path dataDir) {
        return start(dataDir, "");
    }

    /**
     * Checks the folder and the file, finishes an erasure a killed process left halfway, takes the start-up backup,
     * then opens the file and serves it.
     *
     * @param fileSystem put before the file's path for H2 (empty: the disk): a test's file system can be told to
     *                   fail as a full disk does
     */
    static EmbeddedMongo start(Path dataDir, String fileSystem) {
        Path file = dataDir.resolve(FILE_NAME);
        Path backups = dataDir.resolve(EmbeddedFiles.BACKUPS);
        EmbeddedFiles.prepare(dataDir, file);
        EmbeddedFiles.verify(file, fileSystem + file, backups);
        Path erasing = dataDir.resolve(ERASING);
        if (Files.exists(erasing)) {
            try {
                EmbeddedFiles.rewrite(file, fileSystem, erasing, Instant.now());
                LOG.info("An erasure stopped halfway by the last run is finished: the database file is written anew");
            } catch (IOException | RuntimeException e) {
                throw new StorageException("Cannot finish the erasure the last run began (writing "
                        + file.toAbsolutePath() + " anew): " + message(e) + ". Free some space, or make the folder "
                        + "writable.", e);
            }
        }
        EmbeddedFiles.backUp(file, backups, Instant.now());
        SwitchingBackend backend = new SwitchingBackend(openFile(file, fileSystem + file));
        try {
            MongoServer server = new MongoServer(backend);
            InetSocketAddress address = server.bind();
            return new EmbeddedMongo(file, fileSystem, backend, server, address);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    private static EmbeddedBackend openFile(Path file, String h2Name) {
        try {
            return EmbeddedBackend.open(h2Name, CACHE_MEGABYTES);
        } catch (RuntimeException e) {
            if (EmbeddedFiles.errorCode(e) == DataUtils.ERROR_FILE_LOCKED) {
                // H2 locks its file: the usual cause is a second bot running on the same folder.
                throw new StorageException("The database file " + file.toAbsolutePath() + " is in use: is another "
                        + "bot already running on this DATA_DIR?", e);
            }
            throw new StorageException("Cannot open the database file " + file.toAbsolutePath() + " for writing: "
                    + message(e), e);
        }
    }

    private String h2Name() {
        return fileSystem + file;
    }

    /** Asks the healer to look now (a command or a commit just found the file store closed). */
    private void healSoon() {
        try {
            healer.execute(this::healIfClosed);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    /**
     * When H2 closed the file store (a write failed): the file is opened again once a probe write goes through, and
     * serves from then on, with what was committed before the failure. Meanwhile every command fails as a fault of
     * the moment ({@link EmbeddedBackend}). Runs on the healer thread.
     */
    private synchronized void healIfClosed() {
        if (!running || closed) {
            return;
        }
        EmbeddedBackend failed = backend.current();
        if (!failing) {
            if (!failed.getMvStore().isClosed()) {
                return;
            }
            failing = true;
            LOG.warn("The embedded database file could not be written ({}); writes fail until it takes them again, "
                    + "and it is opened again then", rootCause(failed.getMvStore().getPanicException()));
        }
        EmbeddedBackend reopened;
        try {
            reopened = EmbeddedBackend.open(h2Name(), CACHE_MEGABYTES);
        } catch (RuntimeException e) {
            LOG.debug("The embedded database file cannot be opened yet", e);
            return;
        }
        try {
            reopened.probe();
        } catch (RuntimeException e) {
            LOG.debug("The embedded database file does not take writes yet", e);
            closeQuietly(reopened);
            return;
        }
        backend.exclusively(() -> {
            closeQuietly(failed);
            backend.replace(reopened.onClosed(this::healSoon));
        });
        failing = false;
        LOG.info("The embedded database file takes writes again: opened again");
    }

    /**
     * Says that an erasure begins: made (durably) before the deletions, so that a process killed before
     * {@link #rewrite()} is done finishes it at the next start.
     */
    void markErasure() {
        try {
            EmbeddedFiles.mark(file.resolveSibling(ERASING));
        } catch (IOException e) {
            throw new DatabaseFault("The erasure could not be marked", e);
        }
    }

    /**
     * Writes the file anew from what it holds now, so that nothing deleted stays readable in it, and replaces the
     * backups (which hold what was deleted) by a copy of the new file. Commands wait meanwhile (the server and its
     * connections stay). On a failure the old file stays whole, the file is opened again as after a write error, and
     * a {@link DatabaseFault} is thrown (a retry of the erasure rewrites again).
     */
    synchronized void rewrite() {
        if (!running || closed || failing) {
            throw new DatabaseFault("The embedded database is not running", null);
        }
        RuntimeException[] failure = new RuntimeException[1];
        backend.exclusively(() -> {
            EmbeddedBackend old = backend.current();
            try {
                old.close(); // commits everything acknowledged, the deletions with it
                EmbeddedFiles.rewrite(file, fileSystem, file.resolveSibling(ERASING), Instant.now());
            } catch (IOException | RuntimeException e) {
                failure[0] = new DatabaseFault("The embedded database file could not be written anew", e);
                return; // the old backend stays, closed: commands fail as faults until the healer opens the file
            }
            try {
                backend.replace(EmbeddedBackend.open(h2Name(), CACHE_MEGABYTES).onClosed(this::healSoon));
            } catch (RuntimeException e) {
                failure[0] = new DatabaseFault("The embedded database file could not be opened again", e);
            }
        });
        if (failure[0] != null) {
            failing = true;
            LOG.warn("The embedded database file could not be written anew after an erasure ({}); it is opened "
                    + "again as soon as it can be", rootCause(failure[0].getCause()));
            healSoon();
            throw failure[0];
        }
    }

    private static void closeQuietly(EmbeddedBackend closing) {
        try {
            closing.close();
        } catch (RuntimeException e) {
            // its store is closed already
        }
    }

    /**
     * For tests of an outage: the server goes away as a crashed MongoDB would (connections dropped, file
     * closed with what it acknowledged), until {@link #restart()}.
     */
    synchronized void stop() {
        if (running) {
            running = false;
            server.shutdownNow(); // and closes the backend
        }
    }

    /** For tests of an outage: the server comes back on the same port and file; the driver reconnects. */
    synchronized void restart() {
        if (!running && !closed) {
            EmbeddedBackend reopened = openFile(file, h2Name()).onClosed(this::healSoon);
            backend.exclusively(() -> backend.replace(reopened));
            MongoServer restarted = new MongoServer(backend);
            restarted.bind(address);
            server = restarted;
            failing = false;
            running = true;
        }
    }

    /** See {@link SwitchingBackend#commandsServed}. */
    long commandsServed() {
        return backend.commandsServed();
    }

    /** See {@link SwitchingBackend#commandsServedByName}. */
    Map<String, Long> commandsServedByName() {
        return backend.commandsServedByName();
    }

    /** H2's page cache now: what it holds and its bound, in megabytes as H2 counts them. */
    Database.PageCache pageCache() {
        return new Database.PageCache(backend.current().getMvStore().getFileStore().getCacheSizeUsed(),
                CACHE_MEGABYTES);
    }

    /** Empties H2's page cache (setting its size, in megabytes, clears it); it fills again as pages are read. */
    void emptyPageCache() {
        backend.current().getMvStore().getFileStore().setCacheSize(CACHE_MEGABYTES);
    }

    /**
     * Writes everything acknowledged so far into the file. The H2 store otherwise commits on its own about once
     * a second, and a process killed in that second would lose writes the parent was already told about.
     *
     * <p>A group commit: callers that arrive while a commit is running wait for the next one, and a single commit
     * then covers all of them (it started after their writes were acknowledged). Under load this turns one file
     * write per update into one per handful of updates, without ever answering before the write is in the file.
     * A commit waits for a rewrite in progress (which commits everything before it starts).
     */
    void commit() {
        long needed = commitsStarted.get() + 1;
        committing.lock();
        try {
            if (commitsFinished >= needed) {
                return; // a commit that started after this call's writes has finished: they are in the file
            }
            long generation = commitsStarted.incrementAndGet();
            backend.serve(current -> {
                current.commit();
                return null;
            });
            commitsFinished = generation;
        } catch (RuntimeException e) {
            healSoon();
            throw new DatabaseFault("The embedded database file could not be committed", e);
        } finally {
            committing.unlock();
        }
    }

    /**
     * Whether the file store takes writes: false while H2 has it closed after an I/O error (a full disk), when the
     * server would still answer a ping but every write fails, until it is open again.
     */
    boolean writable() {
        return running && !failing && !backend.current().getMvStore().isClosed();
    }

    /** The backend serving now (a test closes its file as a full disk would). */
    EmbeddedBackend backend() {
        return backend.current();
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** What the system said ("No space left on device"), else H2's message; no path, no data. */
    private static String rootCause(Throwable error) {
        if (error == null) {
            return "closed";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return message(root);
    }

    private static String message(Throwable error) {
        if (error instanceof IOException io) {
            return EmbeddedFiles.reason(io);
        }
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** Stops accepting connections, then closes the H2 file so that everything written is on disk. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        healer.shutdownNow();
        if (running) {
            running = false;
            try {
                server.shutdownNow(); // closes the backend: commits
            } catch (RuntimeException e) {
                if (!failing) {
                    throw e;
                }
            }
        }
    }
}
