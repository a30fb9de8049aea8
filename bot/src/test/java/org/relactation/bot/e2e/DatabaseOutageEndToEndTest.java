package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.OutageRetry;
import org.relactation.bot.telegram.fake.BotMessage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded database server stops in the middle of a stream of logs from several parents and starts again.
 * Nothing the bot confirmed may be lost or stored twice, and nothing it could not store may go unanswered.
 * Each log carries its own amount, so a confirmation can be matched to what is stored.
 */
class DatabaseOutageEndToEndTest {
    private static final String NOT_SAVED = "Sorry, that wasn't saved";
    private static final Pattern ML = Pattern.compile("(\\d+) ml");

    @TempDir
    Path dataDir;

    private final Map<Long, List<Integer>> sent = new HashMap<>();
    private int nextMl = 20;

    @Test
    void everyConfirmedLogIsStoredOnceAndEveryOtherOneIsAnsweredNotSaved() {
        // Short timeouts so the test's outage is short; the production defaults are the same mechanism.
        try (BotHarness bot = BotHarness.start(dataDir, Map.of("DB_OUTAGE_RETRY", "6",
                "MONGODB_SERVER_SELECTION_TIMEOUT", "1", "MONGODB_CONNECT_TIMEOUT", "1",
                "MONGODB_SOCKET_TIMEOUT", "5"))) {
            Database database = bot.application().database();
            OutageRetry retry = database.outageRetry();
            List<Parent> parents = List.of(bot.parent(71_001, "en"), bot.parent(71_002, "en"),
                    bot.parent(71_003, "en"));
            parents.forEach(parent -> bot.started(parent.id(), "en"));

            for (Parent parent : parents) {
                log(bot, parent);
            }
            bot.awaitHandled();

            // A stream across a short outage: the server goes while logs are handled, and comes back while
            // the bot retries them. All get through, those caught in the middle too (stored once by source).
            long pausesBefore = retry.pausesTaken();
            long faultsBefore = retry.faultsMet();
            for (Parent parent : parents) {
                log(bot, parent);
                log(bot, parent);
            }
            database.stopEmbeddedServer();
            for (Parent parent : parents) {
                log(bot, parent);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> retry.pausesTaken() > pausesBefore);
            database.startEmbeddedServer();
            bot.awaitHandled(Duration.ofSeconds(60));
            assertThat(parents).allSatisfy(parent -> assertThat(lastText(parent)).startsWith("✅"));
            // Operators see the outage in bot_database_errors_total: every attempt that met it.
            assertThat(retry.faultsMet()).isGreaterThanOrEqualTo(faultsBefore + retry.pausesTaken() - pausesBefore);

            // Down for longer than the retry budget: each of these is answered "not saved".
            database.stopEmbeddedServer();
            for (Parent parent : parents) {
                log(bot, parent);
            }
            bot.awaitHandled(Duration.ofSeconds(60));
            assertThat(parents).allSatisfy(parent -> assertThat(lastText(parent)).startsWith(NOT_SAVED));
            database.startEmbeddedServer();

            // The bot goes on as before.
            for (Parent parent : parents) {
                assertThat(parent.says("pumped 10 min " + remember(parent) + " ml")).singleElement()
                        .satisfies(reply -> assertThat(reply.text()).startsWith("✅"));
            }

            EntryStore entries = new EntryStore(database);
            int notSavedInAll = 0;
            for (Parent parent : parents) {
                List<String> replies = parent.messages().stream().map(BotMessage::text).toList();
                List<Integer> confirmed = new ArrayList<>();
                int notSaved = 0;
                for (String reply : replies) {
                    boolean isConfirmation = reply.startsWith("✅");
                    boolean isNotSaved = reply.startsWith(NOT_SAVED);
                    assertThat(isConfirmation ^ isNotSaved).as("one of the two: %s", reply).isTrue();
                    if (isConfirmation) {
                        Matcher ml = ML.matcher(reply);
                        assertThat(ml.find()).isTrue();
                        confirmed.add(Integer.parseInt(ml.group(1)));
                    } else {
                        notSaved++;
                    }
                }
                List<Entry> stored = entries.all(parent.id());
                assertThat(replies).as("one answer per log").hasSize(sent.get(parent.id()).size());
                assertThat(stored).extracting(Entry::ml).as("each confirmed log stored exactly once")
                        .containsExactlyInAnyOrderElementsOf(confirmed);
                assertThat(stored).extracting(Entry::source).doesNotHaveDuplicates();
                assertThat(confirmed).hasSize(sent.get(parent.id()).size() - notSaved);
                notSavedInAll += notSaved;
            }
            assertThat(notSavedInAll).isEqualTo(parents.size());
        }
    }

    /** Sends a log without waiting for the answer, as a parent typing quickly does. */
    private void log(BotHarness bot, Parent parent) {
        int ml = remember(parent);
        bot.telegram().userSends(parent.id(), "pumped 10 min " + ml + " ml", null);
        bot.delivered();
    }

    private int remember(Parent parent) {
        int ml = nextMl++;
        sent.computeIfAbsent(parent.id(), id -> new ArrayList<>()).add(ml);
        return ml;
    }

    private static String lastText(Parent parent) {
        return parent.lastMessage().text();
    }
}
