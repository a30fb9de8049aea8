package org.relactation.bot.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.Settings;
import org.relactation.bot.config.SettingsLoader;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The console transport over the real core and the embedded database: a conversation replayed from lines. */
class ConsoleChatTest {
    @TempDir
    Path dataDir;

    @Test
    void aPipedConversationIsAnsweredInOrderAndEndsAtEndOfInput() throws Exception {
        String output = chat(7, "es", "/start\n1\npatata\n\n/help\n");

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
    void aNumberPressesTheButtonOfTheLatestMessage() throws Exception {
        String output = chat(8, "en", "/start\n2\n");

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
            application.users().touch(9, 9, "en", java.time.Instant.now());
            application.users().markStarted(9, java.time.Instant.now());

            chat.say("pumped 10 min 21 ml", out);
            application.database().stopEmbeddedServer();
            chat.say("pumped 10 min 22 ml", out);
            application.database().startEmbeddedServer();
            chat.say("pumped 10 min 23 ml", out);

            assertThat(new org.relactation.bot.logbook.EntryStore(application.database()).all(9))
                    .extracting(org.relactation.bot.logbook.Entry::ml).containsExactly(21, 23);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).filteredOn(line -> line.contains("✅ Logged") || line.contains("wasn't saved"))
                .satisfiesExactly(
                        line -> assertThat(line).contains("✅ Logged: pumped · 10 min · 21 ml"),
                        line -> assertThat(line).contains("Sorry, that wasn't saved"),
                        line -> assertThat(line).contains("✅ Logged: pumped · 10 min · 23 ml"));
    }

    private String chat(long user, String language, String lines) throws Exception {
        return run(user, language, lines, false);
    }

    private String run(long user, String language, String lines, boolean interactive) throws Exception {
        Settings settings = new SettingsLoader(Map.of("DATA_DIR", dataDir.toString())).load(Optional.empty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Application application = Application.start(settings);
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ConsoleChat chat = new ConsoleChat(application.router(), application.content().operator(),
                    Clock.systemUTC(), user, language, dataDir.resolve("console"));
            chat.run(new BufferedReader(new StringReader(lines)), out, interactive);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
