package org.relactation.bot.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one log costs the database, command by command, from the update read to its reply removed from the outbox:
 * a round trip that comes back fails here. On a clock the test sets, the reminder job on standby (nothing else
 * sends commands meanwhile).
 */
class RoundTripsEndToEndTest {
    @TempDir
    static Path dataDir;
    static BotHarness bot;

    @BeforeAll
    static void startBot() {
        TestClock clock = new TestClock(LocalDate.of(2026, 12, 5).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        bot = BotHarness.startOnTestClock(dataDir, clock);
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @AfterEach
    void telegramRefusedNothing() {
        bot.assertTelegramRefusedNothing();
    }

    private static Parent onboarded(long id) {
        Parent parent = bot.parent(id, "en");
        parent.says("/start");
        for (int i = 0; i < 5; i++) {
            parent.presses("Skip");
        }
        parent.says("UTC+0");
        parent.presses("Yes, that's right");
        parent.presses("8 (recommended)");
        parent.presses("Skip");
        parent.presses("Skip");
        assertThat(parent.newText()).contains("Your plan");
        return parent;
    }

    private static List<String> commandsOf(Parent parent, String text) {
        int mark = bot.databaseCommands().count();
        long served = bot.application().database().commandsServed();
        Map<String, Long> named = new TreeMap<>(bot.application().database().commandsServedByName());
        parent.says(text);
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged");
        List<String> commands = bot.databaseCommands().since(mark);
        // The embedded server's own count (the benchmarks', which add no listener) is the driver's, name by name.
        assertThat(bot.application().database().commandsServed() - served).isEqualTo(commands.size());
        bot.application().database().commandsServedByName().forEach((name, count) -> named.merge(name, -count,
                Long::sum));
        named.values().removeIf(count -> count == 0);
        assertThat(named).isEqualTo(commands.stream().collect(Collectors.groupingBy(name -> name, TreeMap::new,
                Collectors.reducing(0L, name -> -1L, Long::sum))));
        return commands;
    }

    @Test
    void aLogCostsTheseDatabaseCommandsAndNoMore() {
        Parent parent = onboarded(19_001);
        assertThat(commandsOf(parent, "pumped 15 min 20ml")).as("the first log of all, whose milestones are celebrated")
                .containsExactly("delete inbox", "insert inbox", "find users",
                        "update users" /* the method they use, for a plain "done" */,
                        "insert entries", "update entry_days", "update reminders", "find entry_days",
                        "update users", "update users" /* first log, first drops: each claimed in one update */,
                        "insert outbox", "update users", "update keyboards", "delete outbox");

        assertThat(commandsOf(parent, "pumped 15 min 20ml")).as("one log, from the update read to its reply sent")
                .containsExactly(
                        "delete inbox",        // the updates handled since the last batch was read (here the log
                                               // before), in one delete: recorded as handled in their parents'
                                               // records, they need not leave the inbox in their own commit
                        "insert inbox",        // the batch read (here this update), stored before it is confirmed
                                               // to Telegram
                        "find users",          // the parent, read once: profile, updates handled
                        "insert entries",      // the entry, unique by update id
                        "update entry_days",   // the entry listed in its day, with its copy
                        "update reminders",    // the next reminder, one interval after this session
                        "find entry_days",     // today and the days before: the recent days' entries (their
                                               // copies), the older days' kept totals (what was celebrated already
                                               // came with the parent)
                        "insert outbox",       // the reply, kept before anything is durable
                        "update users",        // handled (after the reply is kept), with the visit's time
                        "update keyboards",    // the buttons the reply shows, once Telegram took it
                        "delete outbox");      // the reply sent: it leaves the outbox
    }
}
