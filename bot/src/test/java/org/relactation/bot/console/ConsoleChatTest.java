package org.relactation.bot.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.Settings;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.e2e.TestClock;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.reminders.ReminderStore;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The console transport over the real core and the embedded database: a conversation replayed from lines. */
class ConsoleChatTest {
    @TempDir
    Path dataDir;

    @Test
    void aPipedConversationIsAnsweredInOrderAndEndsAtEndOfInput() throws Exception {
        String output = chat(7, "es", "/start\n#1\npatata\n\n/help\n");

        assertThat(output).doesNotContain("you> ");
        assertThat(output).contains("no sustituyo a tu médico");
        int chosen = output.indexOf("✓ Recuperar mi leche");
        int notAChoice = output.indexOf("Toca una de las respuestas de abajo");
        int help = output.indexOf("/empezar – Empezar o reiniciar la conversación");
        assertThat(chosen).isPositive().isLessThan(notAChoice);
        assertThat(notAChoice).isLessThan(help);
        assertThat(output.substring(help)).contains("Sigamos con la configuración")
                .contains("¿Hace cuánto se te retiró la leche");
    }

    @Test
    void aHashAndANumberPressesTheButtonOfTheLatestMessage() throws Exception {
        String output = chat(8, "en", "/start\n#2\n");

        assertThat(output).contains("[#1] Bringing my milk back").contains("[#2] Inducing lactation");

        assertThat(output).contains("✓ Inducing lactation").contains("How old is your baby?")
                .doesNotContain("How long ago did your milk stop");
    }

    @Test
    void theParentIsRememberedAcrossRuns() throws Exception {
        chat(3, "en", "/start\n");

        String second = chat(3, "en", "/start\n");

        assertThat(second).contains("Welcome back!").doesNotContain("I don't replace your doctor")
                .contains("Back to setting up:").contains("What brings you here?");
    }

    @Test
    void eachLocalUserIsSomeoneElse() throws Exception {
        chat(1, "en", "/start\n");

        assertThat(chat(2, "en", "/start\n")).contains("I don't replace your doctor");
    }

    @Test
    void aNumberWithoutButtonsIsAnOrdinaryMessage() throws Exception {
        // Not a press: a parent the bot does not know yet, writing anything, is set up first.
        assertThat(chat(4, "en", "1\n")).contains("I have nothing saved for you now").contains("What brings you here?");
    }

    @Test
    void theInteractiveModeShowsAnIntroAndPrompts() throws Exception {
        String output = run(5, "en", "/start\n/help\n", true);

        assertThat(output).startsWith("Console chat as user 5.").contains("you> ").contains("/help – What I can do");
    }

    @Test
    void theChatOutlivesADatabaseOutageAndSaysWhatWasNotSaved() {
        Settings settings = new SettingsLoader(Map.of("DATA_DIR", dataDir.toString(), "DB_OUTAGE_RETRY", "0",
                "MONGODB_SERVER_SELECTION_TIMEOUT", "1")).load(Optional.empty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Application application = Application.start(settings);
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ConsoleChat chat = new ConsoleChat(application.router(), application.content().operator(),
                    Clock.systemUTC(), 9, "en", dataDir.resolve("console"));
            // A parent who started before (one the bot does not know is set up first, whatever they write).
            application.users().touch(9, 9, "en", Instant.now());
            application.users().markStarted(9, Instant.now());

            chat.say("pumped 10 min 21 ml", out);
            application.database().stopEmbeddedServer();
            chat.say("pumped 10 min 22 ml", out);
            application.database().startEmbeddedServer();
            chat.say("pumped 10 min 23 ml", out);

            assertThat(new EntryStore(application.database()).all(9))
                    .extracting(Entry::ml).containsExactly(21, 23);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).filteredOn(line -> line.contains("✅ Logged") || line.contains("wasn't saved"))
                .satisfiesExactly(
                        line -> assertThat(line).contains("✅ Logged: pumped · 10 min · 21 ml"),
                        line -> assertThat(line).contains("Sorry, that wasn't saved"),
                        line -> assertThat(line).contains("✅ Logged: pumped · 10 min · 23 ml"));
    }

    @Test
    void aPlainNumberIsAnAnswerAndNeverPressesAButton() throws Exception {
        try (Console console = new Console(41, "en", Clock.systemUTC())) {
            onboardUpToTheSessions(console);
            assertThat(console.output()).contains("[#1] 6  [#2] 8 (recommended)").contains("[#6] Skip");

            console.says("6");

            assertThat(console.application.users().find(41).orElseThrow().sessionsTarget()).isEqualTo(6);
            console.says("#9");
            assertThat(console.output()).contains("(no button #9 on the latest message with buttons: nothing was sent)");
        }
    }

    @Test
    void remindersAndMorningNotesArePrintedWhenDueAndTheirButtonsWork() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-03-10T12:00:00Z"));
        try (Console console = new Console(42, "en", clock)) {
            ReminderStore reminders = new ReminderStore(console.application.database());
            Instant someoneElsesDue = clock.instant().minusSeconds(60);
            reminders.schedule(43, someoneElsesDue);
            onboardUpToTheSessions(console);
            console.presses("8 (recommended)");
            console.presses("Skip");
            int planStarts = console.output().length();
            console.presses("Skip"); // the plan starts: the first reminder is due now

            console.due.run(); // the scheduled job, run now (it may have run already: it prints once either way)

            String printed = console.output().substring(planStarts);
            assertThat(printed).containsOnlyOnce("bot> ⏰").contains("[#1] Pumped  [#2] Nursed");
            assertThat(printed.indexOf("bot> ⏰")).as("after the end of onboarding").isPositive();
            assertThat(reminders.find(43).orElseThrow()).satisfies(other -> {
                assertThat(other.dueAt()).isEqualTo(someoneElsesDue);
                assertThat(other.claimedBy()).isNull();
            });
            assertThat(console.says("#1")).contains("✅ Logged: pumped");

            int evening = console.output().length();
            clock.set(Instant.parse("2026-03-11T07:00:30Z"));
            console.due.run();
            assertThat(console.output().substring(evening)).contains("bot> Good morning");
        }
    }

    @Test
    void aMessageDueWhileThePromptWaitsIsPrintedOnItsOwnLinesAndThePromptComesBack() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-03-10T12:00:00Z"));
        try (Console console = new Console(44, "en", clock)) {
            onboardInLondon(console);
            console.due.run(); // the first reminder, due at the end of onboarding
            int before = console.output().length();
            BufferedReader typing = new BufferedReader(new StringReader("/help\n")) {
                private boolean remindedOnce;

                @Override
                public String readLine() throws IOException {
                    if (!remindedOnce) {
                        remindedOnce = true;
                        // A reminder falls due while the parent has not typed yet.
                        new ReminderStore(console.application.database()).schedule(44, clock.instant());
                        console.due.run();
                    }
                    return super.readLine();
                }
            };

            console.chat.run(typing, console.out, true);

            String shown = console.output().substring(before);
            assertThat(shown).contains("Ctrl-D to quit.\nyou> \nbot> ⏰").contains("[#7] Skip\nyou> ");
            assertThat(shown.indexOf("bot> ⏰")).isLessThan(shown.indexOf("/help – What I can do"));
        }
    }

    @Test
    void picturesAndFilesComeWithTheirCaptionsInTheParentsOwnFolder() throws Exception {
        try (Console console = new Console(45, "en", Clock.systemUTC())) {
            console.says("pumped 10 min 20 ml");

            String chart = console.says("/progress");
            String files = console.says("/export");

            Path folder = dataDir.resolve("console").resolve("user-45");
            assertThat(chart).contains("bot> Your days since you started")
                    .contains("bot> [picture saved to " + folder.resolve("progress.png").toAbsolutePath() + "]");
            assertThat(files).contains("bot> Your whole log, one row per entry (opens in any spreadsheet).\n"
                            + "bot> [file saved to " + folder.resolve("relactation-log.csv").toAbsolutePath() + "]")
                    .contains("bot> A one-page summary from ")
                    .contains("bot> [file saved to " + folder.resolve("relactation-summary.pdf").toAbsolutePath()
                            + "]");
        }
    }

    @Test
    void eachParentsFilesAreTheirOwnAndDeleteRemovesThem() throws Exception {
        // Parents who started before (one the bot does not know is set up first, whatever they write).
        // Amounts no date or time in the file can hold (a "30" is in every half past).
        startedChat(46, "en", "pumped 10 min 187 ml\n/export\n");
        startedChat(47, "en", "pumped 10 min 293 ml\n/export\n");
        Path mine = dataDir.resolve("console").resolve("user-46");
        Path theirs = dataDir.resolve("console").resolve("user-47");
        assertThat(Files.readString(mine.resolve("relactation-log.csv"))).contains("187").doesNotContain("293");
        assertThat(Files.readString(theirs.resolve("relactation-log.csv"))).contains("293");

        String deleted = chat(46, "en", "/delete\n#1\n#1\n");

        assertThat(deleted).contains("bot (edited)> ");
        assertThat(mine).doesNotExist();
        assertThat(theirs.resolve("relactation-log.csv")).exists();
        assertThat(theirs.resolve("relactation-summary.pdf")).exists();
    }

    /**
     * Console files are health data too: their folders and files are the bot user's alone, whatever the umask; and
     * after /delete nothing of the parent is left in them or in the database file and its backups, byte for byte.
     */
    @Test
    void theParentsFilesArePrivateAndAfterDeleteNothingOfThemIsLeftInAnyFile() throws Exception {
        String note = "felt calm by the lilac window";
        startedChat(48, "en", "pumped 10 min 20 ml " + note + "\n/export\n");
        startedChat(49, "en", "pumped 10 min 30 ml\n");
        Path folder = dataDir.resolve("console").resolve("user-48");
        assertThat(Files.readString(folder.resolve("relactation-log.csv"))).contains(note);
        if (Files.getFileStore(dataDir).supportsFileAttributeView(
                PosixFileAttributeView.class)) {
            for (Path path : List.of(dataDir.resolve("console"), folder)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .as("%s", path).isEqualTo("rwx------");
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as("%s", file).isEqualTo("rw-------"));
            }
        }
        assertThat(filesHolding(note)).isNotEmpty();

        chat(48, "en", "/delete\n#1\n#1\n");

        assertThat(folder).doesNotExist();
        assertThat(filesHolding(note)).as("files still holding the note").isEmpty();
    }

    /** The files under the data folder that hold {@code text}, byte for byte. */
    private List<Path> filesHolding(String text) throws IOException {
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(needle)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static void onboardUpToTheSessions(Console console) {
        console.says("/start");
        for (int i = 0; i < 5; i++) {
            console.presses("Skip");
        }
        console.says("London");
        console.presses("Yes, that's right");
    }

    private static void onboardInLondon(Console console) {
        onboardUpToTheSessions(console);
        console.presses("8 (recommended)");
        console.presses("Skip");
        console.presses("Skip");
    }

    /** A console chat kept open over several steps, wired as {@code Main} wires it. */
    private final class Console implements AutoCloseable {
        final Application application;
        final ConsoleChat chat;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        final Runnable due;

        Console(long user, String language, Clock clock) {
            Settings settings = new SettingsLoader(Map.of("DATA_DIR", dataDir.toString())).load(Optional.empty());
            application = Application.start(settings);
            chat = new ConsoleChat(application.router(), application.content().operator(), clock, user, language,
                    dataDir.resolve("console"));
            due = application.startConsole(chat, clock, out);
        }

        /** What the bot printed after this line. */
        String says(String line) {
            int before = output().length();
            chat.say(line, out);
            return output().substring(before);
        }

        /** Presses the button with this label on the latest line of buttons, by its number. */
        String presses(String label) {
            String[] lines = output().split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                Matcher button = Pattern
                        .compile("\\[#(\\d+)] " + Pattern.quote(label) + "(  |$)").matcher(lines[i]);
                if (lines[i].startsWith("    [#") && button.find()) {
                    return says("#" + button.group(1));
                }
            }
            throw new AssertionError("No button '" + label + "' in:\n" + output());
        }

        String output() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            application.close();
        }
    }

    private String chat(long user, String language, String lines) throws Exception {
        return run(user, language, lines, false, false);
    }

    private String startedChat(long user, String language, String lines) throws Exception {
        return run(user, language, lines, false, true);
    }

    private String run(long user, String language, String lines, boolean interactive) throws Exception {
        return run(user, language, lines, interactive, false);
    }

    private String run(long user, String language, String lines, boolean interactive, boolean started)
            throws Exception {
        Settings settings = new SettingsLoader(Map.of("DATA_DIR", dataDir.toString())).load(Optional.empty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Application application = Application.start(settings);
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            if (started) {
                application.users().touch(user, user, language, Instant.now());
                application.users().markStarted(user, Instant.now());
            }
            ConsoleChat chat = new ConsoleChat(application.router(), application.content().operator(),
                    Clock.systemUTC(), user, language, dataDir.resolve("console"));
            application.startConsole(chat, Clock.systemUTC(), out);
            chat.run(new BufferedReader(new StringReader(lines)), out, interactive);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
