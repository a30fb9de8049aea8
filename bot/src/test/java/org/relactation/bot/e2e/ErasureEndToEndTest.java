package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.logbook.EntryStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /delete erases: afterwards nothing of the parent can be read in the database file or its backups, byte by byte
 * (H2 writes changes to new places and leaves the old bytes where they were, so a deleted document stayed readable
 * in the file), while another parent's data is all there.
 */
class ErasureEndToEndTest {
    private static final String NOTE = "felt calm watching periwinkle skies";
    private static final String ZONE = "Asia/Kolkata";
    private static final String OTHER_NOTE = "felt sleepy after the marigold walk";

    @TempDir
    Path dataDir;

    @Test
    void afterDeleteTheParentsEntriesNoteAndTimeZoneAreNowhereInTheFileOrTheBackups() throws Exception {
        try (BotHarness bot = BotHarness.start(dataDir)) {
            Parent parent = bot.parent(81_001, "en");
            Parent other = bot.parent(81_002, "en");
            parent.says("/timezone");
            parent.says("Mumbai");
            parent.presses("Yes, that's right");
            parent.says("pumped 15 min 37 ml " + NOTE);
            other.says("pumped 12 min 21 ml " + OTHER_NOTE);
            EntryStore entries = new EntryStore(bot.application().database());
            assertThat(entries.all(81_001)).singleElement().satisfies(e -> assertThat(e.note()).isEqualTo(NOTE));
            assertThat(bot.application().users().find(81_001).orElseThrow().timezone()).isEqualTo(ZONE);

            bot.restart(); // the start-up backup now holds the parent too
            assertThat(found(NOTE)).as("the search finds what is there").isNotEmpty();
            assertThat(found(ZONE)).isNotEmpty();

            parent.says("/delete");
            parent.presses("Yes, delete");
            parent.presses("Delete everything");
            assertThat(parent.lastMessage().text()).contains("everything I kept about you is deleted");

            assertThat(found(NOTE)).as("the note, in the file or a backup").isEmpty();
            assertThat(found(ZONE)).as("the time zone, in the file or a backup").isEmpty();
            assertThat(found(OTHER_NOTE)).as("the other parent's note is kept").isNotEmpty();

            // The bot goes on, for both: the other parent's log is there, and new logs are stored.
            assertThat(new EntryStore(bot.application().database()).all(81_002)).singleElement()
                    .satisfies(e -> assertThat(e.note()).isEqualTo(OTHER_NOTE));
            assertThat(other.says("pumped 10 min 22 ml")).last()
                    .satisfies(reply -> assertThat(reply.text()).startsWith("✅"));
            bot.restart();
            assertThat(new EntryStore(bot.application().database()).all(81_002)).hasSize(2);
            assertThat(found(NOTE)).isEmpty();
        }
    }

    /** The files under the data folder that hold {@code text} (UTF-8, as BSON stores it), byte for byte. */
    private List<Path> found(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), needle)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
