package org.relactation.bot.conversation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.parent.UserProfile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the whole core on the real database: random Unicode, 4,096-character texts, control
 * characters, emoji, right-to-left text, numbers with thousands of digits, query-injection-shaped text, and
 * forged button data (other parents' entry ids, old or malformed payloads). Every case gets an answer that is
 * not the "something went wrong" fallback, nothing escapes, and the other parent's data does not change.
 */
class RouterFuzzTest {
    private static final long ATTACKER = 9001;
    private static final long VICTIM = 9002;
    private static final String[] PIECES = {"done", "pumped", "15", "min", "ml", "oz", "at", "14:30", "yesterday",
            "$where", "{\"$gt\": \"\"}", "'; db.users.drop(); //", "${jndi:ldap://x}", "\u202Eevil", "مرحبا",
            "שלום", "😀👶🍼", "\u0000", "\u0007", "\t", "\n", "ｆｕｌｌｗｉｄｔｈ", "fiebre", "/start", "/undo",
            "-5", "0", "1e309", "NaN", "ayer", "a las", "hace", "¿", "?", "ñ", "\uD83D", "lg:", "ob:", "g:c:"};

    @TempDir
    static Path dataDir;
    static Application application;
    static Router router;

    @BeforeAll
    static void start() {
        application = Application.start(new SettingsLoader(Map.of("DATA_DIR", dataDir.toString()))
                .load(Optional.empty()));
        router = application.router();
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void randomTextsAndForgedButtonsNeverBreakAnythingOrTouchAnotherParent() {
        router.handle(text(VICTIM, 1, "/start"));
        router.handle(text(VICTIM, 2, "pumped 15 min 20 ml"));
        router.handle(text(VICTIM, 3, "3 wet nappies"));
        EntryStore entries = new EntryStore(application.database());
        String victimEntry = entries.all(VICTIM).get(0).id().toHexString();
        UserProfile victimBefore = application.users().find(VICTIM).orElseThrow();
        var victimEntriesBefore = entries.all(VICTIM);
        String generic = application.content().texts("en").get("error.generic");
        Random random = new Random(20261125);

        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String input = randomText(random);
            List<Action> actions = router.handle(text(ATTACKER, 100 + i, input));
            check(actions, generic, failures, input);
        }
        List<String> forged = new ArrayList<>(List.of("lg:u:" + victimEntry, "lg:as:" + victimEntry + ":20",
                "lg:ts:" + victimEntry + ":15", "lg:k:" + victimEntry, "lg:u:zzzz", "lg:as:" + victimEntry + ":99999",
                "ob:timezone:~yes", "ob:goal:full", "ob:nope:x", "set:goal", "set:../../", "lang:xx", "lang:es",
                "g:c:../etc", "g:m:stimulation", "q:p", "q:zz", "del:now", "del:sure", ":", "", "x", "lg:",
                "g:menu", "ob:gap:~back", "set:language", "rm:e:1", "rm:n:99", "rm:f:z", "rm:m:x", "rm:nt:1234",
                "rm:nt:", "rm:q:0000-2359", "rm:q:", "rm:q:1300-1500", "rm:", "rm:e", "rm:ft", "rm:done",
                "le:o:" + victimEntry, "le:dd:" + victimEntry, "le:mm:" + victimEntry + ":NURSE",
                "le:mm:" + victimEntry + ":DEFAULT", "le:ss:" + victimEntry + ":LEFT", "le:as:" + victimEntry + ":20",
                "le:p:0", "le:p:999", "le:p:99999", "le:p:-1", "le:p:", "le:", "le:mm:zzzz:PUMP"));
        for (int i = 0; i < 300; i++) {
            forged.add(randomText(random));
        }
        for (int i = 0; i < forged.size(); i++) {
            String data = truncate(forged.get(i), 64);
            if (!data.isEmpty()) {
                // As if the bot had shown it: past the button check, the handlers themselves must hold.
                router.buttonCheck().shown(ATTACKER, 1, Keyboard.of(List.of(new Button("x", data))));
            }
            List<Action> actions = router.handle(press(ATTACKER, 5000 + i, data));
            check(actions, generic, failures, "button " + data);
            assertThat(actions).filteredOn(a -> a instanceof Action.AnswerButton).hasSizeLessThanOrEqualTo(1);
        }

        assertThat(failures).isEmpty();
        assertThat(application.users().find(VICTIM).orElseThrow()).isEqualTo(victimBefore);
        assertThat(entries.all(VICTIM)).isEqualTo(victimEntriesBefore);
    }

    private static void check(List<Action> actions, String generic, List<String> failures, String input) {
        for (Action action : actions) {
            if (action.chatId() != ATTACKER) {
                failures.add("answered another chat for " + input);
            }
            if (action instanceof Action.Reply reply) {
                if (reply.text().equals(generic)) {
                    failures.add("failed on " + input.codePoints().limit(60).collect(StringBuilder::new,
                            StringBuilder::appendCodePoint, StringBuilder::append));
                }
                if (reply.text().isBlank() || reply.text().length() > 4096) {
                    failures.add("bad reply length for " + input);
                }
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(6)) {
            case 0 -> random.ints(random.nextInt(40), 0, 0x2FFFF).forEach(cp -> {
                if (Character.isValidCodePoint(cp)) {
                    text.appendCodePoint(cp);
                }
            });
            case 1 -> text.append("9".repeat(1 + random.nextInt(5_000)));
            case 2 -> text.append("x".repeat(4_096));
            default -> {
                for (int i = random.nextInt(12); i >= 0; i--) {
                    text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
                }
            }
        }
        return text.toString();
    }

    private static String truncate(String data, int bytes) {
        String result = data;
        while (result.getBytes(StandardCharsets.UTF_8).length > bytes) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static Inbound text(long user, long update, String text) {
        return new Inbound(update, user, user, true, text, null, "en", Instant.now());
    }

    private static Inbound press(long user, long update, String data) {
        return new Inbound(update, user, user, true, null, new Inbound.ButtonPress(data, 1, "cb" + update), "en",
                Instant.now());
    }
}
