package org.relactation.bot.storage;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relactation.bot.config.Settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Start-up checks of the embedded database's files, on the files themselves: H2 would open a file it cannot read
 * whole as an older version (a file cut to 8 KB as an empty database) and overwrite the rest, and would open a
 * read-only file and fail every write later. Each problem stops the start with one line naming the file and what to
 * do, and leaves the file as it was; a backup is taken at each start.
 */
class EmbeddedFilesTest {
    @TempDir
    Path dir;

    private Path data;

    @AfterEach
    void writableAgain() throws IOException {
        // so that the temporary folder can be removed
        if (data != null && Files.exists(data) && posix()) {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            Path file = data.resolve(EmbeddedMongo.FILE_NAME);
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    /** The attack run's case: a file with 300 entries, stopped cleanly, then cut to 8 or 12 KB, opened empty. */
    @ParameterizedTest
    @ValueSource(ints = {8 * 1024, 12 * 1024})
    void aTruncatedFileIsNeverReplacedByAnEmptyOneAndTheLineSaysHowToRestoreIt(int size) throws Exception {
        data = dir.resolve("data");
        logs(300, 0);
        logs(1, 300); // a second start: a backup with the 300 entries
        Path file = data.resolve(EmbeddedMongo.FILE_NAME);
        truncate(file, size);
        byte[] damaged = Files.readAllBytes(file);

        Path newest = newestBackup();
        assertThatThrownBy(() -> open(data)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertOneLine(e.getMessage());
            assertThat(e.getMessage()).contains("The database file " + file.toAbsolutePath() + " is damaged")
                    .contains("left as it is").contains("To restore the newest backup: cp "
                            + newest.toAbsolutePath() + " " + file.toAbsolutePath());
        });
        assertThat(Files.readAllBytes(file)).as("left as it was").isEqualTo(damaged);
        assertThat(backups()).as("no backup taken of a damaged file").hasSize(1);

        // restored as the line says, it starts with what the last start found
        Files.copy(newestBackup(), file, StandardCopyOption.REPLACE_EXISTING);
        try (Database database = open(data)) {
            assertThat(database.collection(Schema.ENTRIES, Document.class).countDocuments()).isEqualTo(300);
        }
    }

    /** A file as a killed process leaves it (committed, not closed), then cut. */
    @Test
    void aFileCutAfterAKillIsDamaged() throws Exception {
        data = dir.resolve("data");
        logs(300, 0);
        Path file = data.resolve(EmbeddedMongo.FILE_NAME);
        Path killed = dir.resolve("killed.mv.db");
        try (Database database = open(data)) { // takes a backup with the 300 entries
            database.collection(Schema.ENTRIES, Document.class).insertOne(entry(1000));
            database.makeDurable();
            Files.copy(file, killed); // the file as a kill -9 leaves it: committed, not closed
        }
        Files.copy(killed, file, StandardCopyOption.REPLACE_EXISTING);
        truncate(file, 12 * 1024);

        assertThatThrownBy(() -> open(data)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertOneLine(e.getMessage());
            assertThat(e.getMessage()).contains(file.toAbsolutePath() + " is damaged");
        });
    }

    /**
     * A file older than the backup taken at the last start (put back from an old copy, or rolled back by H2 to what it
     * could read) lost what the backup holds: it is refused too.
     */
    @Test
    void aFileOlderThanTheLastBackupIsRefused() throws Exception {
        data = dir.resolve("data");
        logs(300, 0);
        Path file = data.resolve(EmbeddedMongo.FILE_NAME);
        Path old = dir.resolve("old.mv.db");
        Files.copy(file, old);
        logs(1, 300);
        logs(1, 301); // the backup of this start holds entry 300
        Files.copy(old, file, StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> open(data)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertOneLine(e.getMessage());
            assertThat(e.getMessage()).contains(file.toAbsolutePath() + " is damaged")
                    .contains("older than version").contains("in the backup taken at the last start");
        });
    }

    @Test
    void aFileOfGarbageIsDamagedNotAnotherBotRunning() throws Exception {
        data = dir.resolve("data");
        Files.createDirectories(data);
        byte[] garbage = new byte[64 * 1024];
        new Random(5).nextBytes(garbage);
        Path file = data.resolve(EmbeddedMongo.FILE_NAME);
        Files.write(file, garbage);

        assertThatThrownBy(() -> open(data)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertOneLine(e.getMessage());
            assertThat(e.getMessage()).contains(file.toAbsolutePath() + " is damaged")
                    .contains("There is no backup in " + data.resolve("backups").toAbsolutePath())
                    .doesNotContain("another bot");
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aSecondBotOnTheSameFolderIsToldSo() {
        data = dir.resolve("data");
        logs(3, 0);
        try (Database first = open(data)) {
            assertThatThrownBy(() -> open(data)).isInstanceOfSatisfying(StorageException.class, e -> {
                assertOneLine(e.getMessage());
                assertThat(e.getMessage()).contains("is in use: is another bot already running on this DATA_DIR?");
            });
            assertThat(first.reachable()).isTrue();
        }
    }

    /** Read-only by its permissions: refused even for root, who could write it anyway. */
    @Test
    void aReadOnlyFileStopsTheStartAndStaysAsItWas() throws Exception {
        assumeThat(posix()).isTrue();
        data = dir.resolve("data");
        logs(3, 0);
        Path file = data.resolve(EmbeddedMongo.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> open(data)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertOneLine(e.getMessage());
            assertThat(e.getMessage()).isEqualTo("The database file " + file.toAbsolutePath() + " is read-only: the "
                    + "bot must write it. Make it writable (chmod 600) or give it to the user the bot runs as (chown).");
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
    }

    @Test
    void aReadOnlyFolderStopsTheStart() throws Exception {
        assumeThat(posix()).isTrue();
        data = dir.resolve("data");
        logs(3, 0);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));

        assertThatThrownBy(() -> open(data)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertOneLine(e.getMessage());
            assertThat(e.getMessage()).startsWith("The data folder " + data.toAbsolutePath()
                    + " (DATA_DIR) is read-only");
        });
    }

    @Test
    void eachStartKeepsABackupOfTheFileAsItWasTheLastThreeOnlyAndThemPrivate() throws Exception {
        data = dir.resolve("data");
        Path file = data.resolve(EmbeddedMongo.FILE_NAME);
        logs(1, 0);
        assertThat(backups()).as("nothing to copy at the first start").isEmpty();
        byte[] beforeLast = null;
        for (int start = 1; start <= 5; start++) {
            beforeLast = Files.readAllBytes(file);
            logs(1, start);
        }

        List<Path> backups = backups();
        assertThat(backups).hasSize(EmbeddedFiles.BACKUPS_KEPT)
                .allSatisfy(backup -> assertThat(backup.getFileName().toString())
                        .matches("relactation-\\d{8}T\\d{6}\\.\\d{3}Z\\.mv\\.db"));
        assertThat(Files.readAllBytes(backups.getFirst())).as("the newest: the file as the last start found it")
                .isEqualTo(beforeLast);
        if (posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("backups"))))
                    .isEqualTo("rwx------");
            assertThat(backups).allSatisfy(backup -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(backup))).isEqualTo("rw-------"));
        }
        for (Path backup : backups) { // each opens as a database
            MVStore store = new MVStore.Builder().fileName(backup.toString())
                    .readOnly().open();
            assertThat(store.getMapNames()).isNotEmpty();
            store.close();
        }
    }

    private void logs(int count, int from) {
        try (Database database = open(data)) {
            MongoCollection<Document> entries = database.collection(Schema.ENTRIES, Document.class);
            for (int i = from; i < from + count; i++) {
                entries.insertOne(entry(i));
            }
        }
    }

    private static Document entry(int i) {
        return new Document("userId", 7L).append("source", "u:" + i).append("note", "entry " + i);
    }

    private static Database open(Path data) {
        return Database.open(new Settings.Storage("", "relactation", data, 2, 2, 5, 20));
    }

    private List<Path> backups() throws IOException {
        return EmbeddedFiles.backupsNewestFirst(data.resolve(EmbeddedFiles.BACKUPS));
    }

    private Path newestBackup() throws IOException {
        return backups().getFirst();
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private static void assertOneLine(String message) {
        assertThat(message).doesNotContain("\n").doesNotContain("\r").isNotBlank();
    }

    private boolean posix() throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
