package org.relactation.bot.app;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.e2e.BotHarness;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.BotMessage;
import org.relactation.bot.telegram.fake.FakeTelegram;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly once under stress (mvn -B -ntp -pl bot -Pstress verify; a few minutes, so not in a plain verify): the bot,
 * a JVM of its own, is killed (kill -9) {@value #KILLS} times while {@value #PARENTS} parents log
 * {@value #LOGS} sessions each through the fake Bot API, at random moments (while starting, handling, sending).
 * In the end every log is stored once and confirmed once, and each parent's /export holds what /today counts.
 * <p>
 * Once means once, with the one exception no bot can avoid: Telegram has no way to ask whether a message was
 * taken, so a message it took in the instant the process died, before the bot could record it, is sent again by
 * the next run. The test allows exactly that and nothing else: a copy must follow the one before it at once in its
 * chat, that one being the chat's last message before a kill. The kills come right after a confirmation arrives,
 * which is that very instant: the copies counted are what the worst timing gives, not what a crash usually costs.
 */
@Tag("stress")
class ExactlyOnceUnderKillsTest {
    static final int KILLS = 50;
    static final int PARENTS = 20;
    static final int LOGS = 100;
    /** "✅ Logged: pumped · 10 min · 34 ml · at 10:29", or "Already logged" for a log met again. */
    private static final Pattern CONFIRMATION = Pattern.compile("^✅ (?:Logged|Already logged): pumped .*?· (\\d+) ml");

    @TempDir
    Path dir;

    @Test
    void killedFiftyTimesWhileTwentyParentsLogTwoThousandSessionsEachLogIsStoredAndConfirmedOnce() throws Exception {
        Path data = dir.resolve("data");
        List<Long> parents = LongStream.rangeClosed(8001, 8000 + PARENTS).boxed().toList();
        MainProcessTest.startedParents(data, parents);
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        System.out.println("Seed " + seed);
        Map<Long, Set<Integer>> kills = new HashMap<>();
        parents.forEach(parent -> kills.put(parent, new HashSet<>()));
        int logged = 0;
        try (FakeTelegram telegram = FakeTelegram.start(BotHarness.TOKEN)) {
            parents.forEach(parent -> telegram.knowsChat(parent, "en"));
            Map<String, String> environment = Map.of("BOT_TOKEN", BotHarness.TOKEN,
                    "TELEGRAM_API_URL", telegram.baseUrl(), "DATA_DIR", data.toString(),
                    "TELEGRAM_POLL_TIMEOUT", "30", "TELEGRAM_CHAT_GAP_MS", "0", "TELEGRAM_SEND_PER_SECOND", "0",
                    "BOT_FLOOD_PER_MINUTE", "10000");
            for (int kill = 1; kill <= KILLS; kill++) {
                // The parents' next logs arrive (while the bot is down, starting or busy).
                for (int upTo = kill * LOGS / KILLS; logged < upTo; ) {
                    logged++;
                    for (long parent : parents) {
                        telegram.userSends(parent, "pumped 10 min " + logged + " ml", "en");
                    }
                }
                Process bot = start(environment);
                int before = confirmations(telegram, parents);
                int wanted = random.nextInt(2 * PARENTS + 1); // 0: killed while it starts
                awaitOrShowLog(bot, () -> confirmations(telegram, parents) >= before + wanted);
                bot.destroyForcibly(); // SIGKILL: no shutdown hook, the database file as it is on disk
                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).isTrue();
                parents.forEach(parent -> kills.get(parent).add(telegram.messagesTo(parent).size()));
            }
            Process last = start(environment);
            awaitOrShowLog(last, () -> telegram.pendingUpdates() == 0 && parents.stream().allMatch(parent ->
                    confirmed(telegram.messagesTo(parent)).size() == LOGS));
            for (long parent : parents) {
                telegram.userSends(parent, "/today", "en");
                telegram.userSends(parent, "/export", "en");
            }
            awaitOrShowLog(last, () -> parents.stream().allMatch(parent -> telegram.messagesTo(parent).stream()
                    .filter(message -> message.kind() == BotMessage.Kind.DOCUMENT).count() == 2));
            last.destroy();
            assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();

            int twice = 0;
            for (long parent : parents) {
                twice += checkConfirmations(parent, telegram.messagesTo(parent), kills.get(parent));
                checkTodayAgreesWithExport(parent, telegram.messagesTo(parent));
            }
            // A figure, not an assertion (how long it all took is surefire's "Time elapsed").
            System.out.printf("%d kills, %d logs: %d confirmation(s) Telegram took as the process died sent again%n",
                    KILLS, PARENTS * LOGS, twice);
        }
        try (Application reopened = Application.start(new SettingsLoader(Map.of("DATA_DIR", data.toString()))
                .load(Optional.empty()))) {
            EntryStore entries = new EntryStore(reopened.database());
            for (long parent : parents) {
                assertThat(entries.all(parent)).as("entries of parent %d", parent).extracting(Entry::ml)
                        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, LOGS).boxed().toList());
            }
        }
    }

    /**
     * Each log confirmed once; another copy only of a message Telegram took as the process died: the chat's last
     * before a kill, sent again first by the next run (which may be killed in the same way before it records that).
     * Returns how many such copies there were.
     */
    private static int checkConfirmations(long parent, List<BotMessage> messages, Set<Integer> kills) {
        Map<Integer, List<Integer>> confirmed = confirmed(messages);
        assertThat(confirmed.keySet()).as("logs confirmed to parent %d", parent)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, LOGS).boxed().toList());
        int twice = 0;
        for (Map.Entry<Integer, List<Integer>> log : confirmed.entrySet()) {
            List<Integer> at = log.getValue();
            if (at.size() == 1) {
                continue;
            }
            int first = at.getFirst();
            assertThat(at).as("the confirmations of log %d ml to parent %d (the chat's messages at each kill: %s)",
                    log.getKey(), parent, kills).isEqualTo(IntStream.range(first, first + at.size()).boxed().toList());
            for (int copy = first; copy < first + at.size() - 1; copy++) {
                assertThat(kills).as("a kill right after confirmation %d of %d ml to parent %d", copy, log.getKey(),
                        parent).contains(copy + 1);
                assertThat(messages.get(copy + 1).text()).isEqualTo(messages.get(first).text());
            }
            twice += at.size() - 1;
        }
        return twice;
    }

    /** /today counts every session and every ml; /export has one row each, with the same ml. */
    private static void checkTodayAgreesWithExport(long parent, List<BotMessage> messages) throws IOException {
        String today = messages.stream().map(BotMessage::text).filter(text -> text != null
                && text.startsWith("📅 Today")).reduce((a, b) -> b).orElseThrow();
        BotMessage csv = messages.stream().filter(message -> message.kind() == BotMessage.Kind.DOCUMENT
                && message.file().fileName().endsWith(".csv")).findFirst().orElseThrow();
        String text = new String(csv.file().bytes(), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        int total = rows.stream().mapToInt(row -> Integer.parseInt(row.get("ml"))).sum();
        assertThat(rows).as("rows of parent %d's export", parent).hasSize(LOGS);
        assertThat(today).as("parent %d's /today", parent).contains("Sessions: " + rows.size() + " of")
                .contains("Expressed: " + total + " ml");
        assertThat(total).isEqualTo(LOGS * (LOGS + 1) / 2);
    }

    /** The confirmations in a chat: the ml of each log confirmed, with the places of its confirmations. */
    private static Map<Integer, List<Integer>> confirmed(List<BotMessage> messages) {
        Map<Integer, List<Integer>> confirmed = new HashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            String text = messages.get(i).text();
            Matcher matcher = text == null ? null : CONFIRMATION.matcher(text);
            if (matcher != null && matcher.find()) {
                confirmed.computeIfAbsent(Integer.parseInt(matcher.group(1)), ml -> new ArrayList<>()).add(i);
            }
        }
        return confirmed;
    }

    private static int confirmations(FakeTelegram telegram, List<Long> parents) {
        return parents.stream().mapToInt(parent -> confirmed(telegram.messagesTo(parent)).values().stream()
                .mapToInt(List::size).sum()).sum();
    }

    /** The bot with a class-data archive shared by its runs (most of a run is starting). */
    private Process start(Map<String, String> environment) throws IOException {
        return BotProcess.start(dir, List.of("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + dir.resolve("bot.jsa"), "-XX:TieredStopAtLevel=1", "-Xshare:auto"),
                environment, List.of("--telegram"));
    }

    /** Waits up to 120 s while the bot runs; else fails with the end of its log (which never holds message texts). */
    private void awaitOrShowLog(Process bot, Callable<Boolean> condition) throws IOException {
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(2))
                    .until(() -> !bot.isAlive() || condition.call());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("Not done in 120 s; the bot's log ends:\n" + logEnd(), e);
        }
        assertThat(bot.isAlive()).as("the bot is running; its log ends:\n%s", logEnd()).isTrue();
    }

    private String logEnd() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
