package org.relactation.bot.storage;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded database's files, checked before the file is opened for writing: H2 opens a file it cannot read
 * whole by rolling it back to the last version it can read (a file cut to 8 KB opens empty) and then overwrites
 * the rest, and it opens a read-only file read-only and fails every write later. So before anything is written:
 * the folder and the file must be writable, the file is read whole (read-only), and a copy of it is kept in
 * {@code DATA_DIR/backups} (the last {@value #BACKUPS_KEPT}, named by time). Each problem is a
 * {@link StorageException} whose message is one line naming the file and what to do.
 *
 * <p>The folder, the backups folder and every file are the bot user's alone (700 and 600), whatever the umask.
 */
final class EmbeddedFiles {
    static final String BACKUPS = "backups";
    static final int BACKUPS_KEPT = 3;
    static final String BACKUP_PREFIX = "relactation-";
    static final String BACKUP_SUFFIX = ".mv.db";
    /** H2 writes two copies of its header, a block each, before any data. */
    private static final long HEADER_BYTES = 2 * 4096;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final String FOLDER_ONLY = "rwx------";
    static final String FILE_ONLY = "rw-------";

    private EmbeddedFiles() {
    }

    /**
     * Creates the folder (700) unless it exists, refuses a folder or file that is read-only, and creates the file
     * (600) unless it exists.
     */
    static void prepare(Path dataDir, Path file) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException("Cannot create the data folder " + dataDir.toAbsolutePath()
                    + " (DATA_DIR): " + reason(e) + ". Create it, or set DATA_DIR to a folder the bot can write.", e);
        }
        if (readOnly(dataDir)) {
            throw new StorageException("The data folder " + dataDir.toAbsolutePath() + " (DATA_DIR) is read-only: "
                    + "the bot must write there. Make it writable (chmod u+w) or set DATA_DIR to another folder.",
                    null);
        }
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new StorageException("The database file " + file.toAbsolutePath() + " cannot be read (permission "
                    + "denied): give it to the user the bot runs as (chown) and make it readable (chmod 600).", null);
        }
        if (Files.exists(file) && readOnly(file)) {
            throw new StorageException("The database file " + file.toAbsolutePath() + " is read-only: the bot must "
                    + "write it. Make it writable (chmod 600) or give it to the user the bot runs as (chown).", null);
        }
        try {
            ownerOnly(dataDir, FOLDER_ONLY);
            if (!Files.exists(file)) {
                createOwnerOnly(file);
            }
            ownerOnly(file, FILE_ONLY);
        } catch (IOException e) {
            throw new StorageException("Cannot write in the data folder " + dataDir.toAbsolutePath() + " (DATA_DIR): "
                    + reason(e) + ".", e);
        }
    }

    /**
     * Read-only for the bot: it may not write it, or nobody may (no write permission at all; this holds even
     * for root, who could write anyway: a file made read-only was meant to stay as it is).
     */
    static boolean readOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            if (!posix(path)) {
                return false;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the whole file, read-only: the newest version H2 finds must be the one the file says it holds (and no
     * older than the newest backup), and every entry of every map must read. A new (empty) file passes.
     *
     * @param h2Name the file's name for H2 (a test puts a file system of its own before the path)
     */
    static void verify(Path file, String h2Name, Path backups) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new StorageException("Cannot read the database file " + file.toAbsolutePath() + ": " + reason(e)
                    + ".", e);
        }
        if (size == 0) {
            return; // created just now, or by a start that stopped before H2 wrote its header
        }
        Optional<Path> backup = newestBackup(backups);
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(h2Name).readOnly().open();
        } catch (RuntimeException e) {
            throw unreadable(file, backup, e);
        }
        try {
            long found = store.getCurrentVersion();
            long recorded = recordedVersion(store);
            if (found < recorded) {
                throw damaged(file, backup, "it ends before version " + recorded + " that its header records, at "
                        + found, null);
            }
            if (found == 0 && size > HEADER_BYTES) {
                throw damaged(file, backup, "no saved version of its " + size + " bytes can be read", null);
            }
            long backedUp = backup.map(EmbeddedFiles::versionOf).orElse(0L);
            if (found < backedUp) {
                throw damaged(file, backup, "it holds version " + found + ", older than version " + backedUp
                        + " in the backup taken at the last start", null);
            }
            for (String name : store.getMapNames()) {
                MVMap<Object, Object> map = store.openMap(name, EmbeddedBackend.mapBuilder(name));
                for (Map.Entry<Object, Object> entry : map.entrySet()) {
                    entry.getValue(); // every page read and decoded: a bad one throws
                }
            }
        } catch (StorageException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(file, backup, e);
        } finally {
            try {
                store.close();
            } catch (RuntimeException ignored) {
                // read-only: nothing to lose
            }
        }
    }

    /** The version the header records (written at a clean close), 0 when it records none. */
    private static long recordedVersion(MVStore store) {
        Object version = store.getStoreHeader().get("version");
        if (version == null) {
            return 0;
        }
        try {
            return version instanceof Number number ? number.longValue() : Long.parseLong(version.toString(), 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The newest version a backup holds; 0 when it cannot be read (it is then no evidence of anything). */
    private static long versionOf(Path backup) {
        try {
            MVStore store = new MVStore.Builder().fileName(backup.toString()).readOnly().open();
            try {
                return store.getCurrentVersion();
            } finally {
                store.close();
            }
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** H2's error code ({@link DataUtils}) of the first {@link MVStoreException} in the causes, or -1. */
    static int errorCode(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof MVStoreException mv) {
                return mv.getErrorCode();
            }
        }
        return -1;
    }

    private static StorageException unreadable(Path file, Optional<Path> backup, RuntimeException e) {
        int code = EmbeddedFiles.errorCode(e);
        if (code == DataUtils.ERROR_FILE_LOCKED) {
            return new StorageException("The database file " + file.toAbsolutePath() + " is in use: is another bot "
                    + "already running on this DATA_DIR?", e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return new StorageException("The database file " + file.toAbsolutePath() + " cannot be read "
                        + "(permission denied): give it to the user the bot runs as (chown) and make it readable "
                        + "(chmod 600).", e);
            }
        }
        return damaged(file, backup, "H2: " + firstLine(e.getMessage()), e);
    }

    private static StorageException damaged(Path file, Optional<Path> backup, String why, Throwable cause) {
        String path = file.toAbsolutePath().toString();
        String restore = backup.map(b -> "To restore the newest backup: cp " + b.toAbsolutePath() + " " + path
                        + " (or move the damaged file away to start with an empty database).")
                .orElse("There is no backup in " + file.resolveSibling(BACKUPS).toAbsolutePath()
                        + ": restore the file from a copy of your own, or move it away to start with an empty database.");
        return new StorageException("The database file " + path + " is damaged and was left as it is (it cannot be "
                + "read as a whole: " + why + "). " + restore, cause);
    }

    /**
     * Copies the file into {@code backups} (700) as {@code relactation-<UTC time>.mv.db} (600) and keeps the newest
     * {@value #BACKUPS_KEPT}. Nothing to copy for an empty file.
     */
    static void backUp(Path file, Path backups, Instant now) {
        try {
            deleteLeftovers(file, backups);
            if (Files.size(file) == 0) {
                return;
            }
            copyInto(file, backups, now);
            List<Path> all = backupsNewestFirst(backups);
            for (Path old : all.subList(Math.min(BACKUPS_KEPT, all.size()), all.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot take the start-up backup of the database in " + backups.toAbsolutePath()
                    + ": " + reason(e) + ". Free some space, or make the folder writable.", e);
        }
    }

    /**
     * After an erasure: the backups, which still hold what was erased, are replaced by one copy of the file as it is
     * now. The new copy is in place before the old ones go, so a failure leaves a backup.
     */
    static void replaceBackups(Path file, Path backups, Instant now) throws IOException {
        deleteLeftovers(file, backups);
        Path fresh = copyInto(file, backups, now);
        for (Path old : backupsNewestFirst(backups)) {
            if (!old.equals(fresh)) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static Path copyInto(Path file, Path backups, Instant now) throws IOException {
        Files.createDirectories(backups);
        ownerOnly(backups, FOLDER_ONLY);
        Path target = backups.resolve(BACKUP_PREFIX + STAMP.format(now) + BACKUP_SUFFIX);
        Path partial = backups.resolve(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        createOwnerOnly(partial);
        try (FileChannel from = FileChannel.open(file, StandardOpenOption.READ);
             FileChannel to = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            long size = from.size();
            for (long at = 0; at < size; ) {
                at += from.transferTo(at, size - at, to);
            }
            to.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * Writes the file anew from its live data (the file must be closed), so that nothing deleted stays readable in
     * it, then replaces the backups by a copy of it (or deletes them when that fails: they hold what was deleted).
     * {@code marker} says an erasure is under way: it was made before the deletion was committed and goes last, so a
     * process killed in between finds it at the next start and erases then ({@link EmbeddedMongo#start}).
     */
    static void rewrite(Path file, String fileSystem, Path marker, Instant now) throws IOException {
        Path rewritten = file.resolveSibling(file.getFileName() + ".rewrite");
        try {
            Files.deleteIfExists(rewritten);
            createOwnerOnly(rewritten);
            MVStore source = new MVStore.Builder().fileName(fileSystem + file).readOnly().open();
            try {
                MVStore target = new MVStore.Builder().fileName(fileSystem + rewritten).autoCommitDisabled().open();
                try {
                    // H2's own copy of every map's live pages as they are, at a version no older than the file's
                    MVStoreTool.compact(source, target);
                } finally {
                    target.close();
                }
            } finally {
                source.close();
            }
            try (FileChannel channel = FileChannel.open(rewritten, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(rewritten, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(file.getParent());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(rewritten);
            throw e;
        }
        Path backups = file.resolveSibling(BACKUPS);
        try {
            replaceBackups(file, backups, now);
        } catch (IOException e) {
            for (Path backup : backupsNewestFirst(backups)) {
                Files.deleteIfExists(backup);
            }
        }
        Files.deleteIfExists(marker);
        syncFolder(file.getParent());
    }

    /** Makes the erasure marker, durably: it must be on disk before the deletion is. */
    static void mark(Path marker) throws IOException {
        if (!Files.exists(marker)) {
            createOwnerOnly(marker);
        }
        syncFolder(marker.getParent());
    }

    /** A rename is durable once the folder that holds it is written out (Linux; elsewhere this may not open). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every system opens a folder; the rename is then as durable as the system makes it
        }
    }

    /** Copies a killed process left halfway (a backup being taken, a file being written anew): they hold data too. */
    private static void deleteLeftovers(Path file, Path backups) throws IOException {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".rewrite"));
        if (Files.isDirectory(backups)) {
            try (Stream<Path> files = Files.list(backups)) {
                for (Path partial : files.filter(path -> path.getFileName().toString().endsWith(".partial")).toList()) {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    /** The backups, newest first (their names sort by time). */
    static List<Path> backupsNewestFirst(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(path -> {
                String name = path.getFileName().toString();
                return name.startsWith(BACKUP_PREFIX) && name.endsWith(BACKUP_SUFFIX);
            }).sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed()).toList();
        }
    }

    private static Optional<Path> newestBackup(Path backups) {
        try {
            return backupsNewestFirst(backups).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Creates a file that is the bot user's alone from its first byte (the umask can only take bits away). */
    static void createOwnerOnly(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(FILE_ONLY)));
        } else {
            Files.createFile(file);
        }
    }

    /** Sets POSIX permissions where the file system has them (not on Windows). */
    static void ownerOnly(Path path, String permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static boolean posix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    /** "No space left on device", "Permission denied", ...: what the system said, without the path again. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
