package org.relactation.bot.bench;


import com.sun.management.OperatingSystemMXBean;
import org.bson.Document;
import org.relactation.bot.app.Application;
import org.relactation.bot.e2e.BotHarness;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.telegram.fake.FakeTelegram;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import static org.awaitility.Awaitility.await;

/**
 * 1. Onboarded parents log "pumped 15 min 20 ml", delivered through getUpdates in batches of 100 as Telegram does:
 * first to a bare echo bot, then to the real bot, on the same fake Bot API server. A warm-up round (one message
 * each) runs before the measured rounds.
 */
final class LoggingBenchmark {
    static final String NAME = "1. Logging";
    static final String TEXT = "pumped 15 min 20 ml";
    private static final long BARE_FIRST = 1_000_000;
    private static final long FLOOR_FIRST = 1_500_000;
    private static final long HISTORY_FIRST = 3_000_000;
    /** Parents two months in: fewer of them, each with {@link #HISTORY_DAYS} days of {@link #HISTORY_PER_DAY}. */
    private static final int HISTORY_PARENTS = 100;
    private static final int HISTORY_DAYS = 60;
    private static final int HISTORY_PER_DAY = 8;
    private static final long BOT_FIRST = 2_000_000;

    private final int parents;
    private final int messagesEach;
    private final int threads;
    private int lastUpdateId;

    LoggingBenchmark(int parents, int messagesEach, int threads) {
        this.parents = parents;
        this.messagesEach = messagesEach;
        this.threads = threads;
    }

    void run(Table table) throws Exception {
        Path dataDir = Files.createTempDirectory("bench-logging");
        try (FakeTelegram telegram = FakeTelegram.start(BotHarness.TOKEN)) {
            ReplyTimes bare = bare(telegram);
            Map<String, String> environment = BenchSettings.lifted();
            environment.put("BOT_WORKER_THREADS", Integer.toString(threads));
            ReplyTimes floor = floor(telegram, environment, dataDir.resolve("floor"));
            ReplyTimes bot;
            ReplyTimes history;
            long stored;
            Database.CommitCount commits;
            long botCommands;
            Map<String, Long> byName;
            // Counted by the embedded server: a command listener in the driver would cost every command an event
            // (a few per cent of a log's CPU) that a deployment, which has none, does not pay.
            try (Application application = BenchBot.start(BenchBot.settings(telegram.baseUrl(), dataDir,
                    environment), Clock.systemUTC())) {
                Instant now = Instant.now();
                Seeds.parents(application.database(), BOT_FIRST, parents, now);
                // Onboarding leaves every parent with a next reminder; due later than this run lasts.
                Seeds.reminders(application.database(), BOT_FIRST, parents, now.plus(Duration.ofHours(3)));
                Database.CommitCount before = application.database().commitCount();
                long commandsBefore = application.database().commandsServed();
                Map<String, Long> namedBefore = application.database().commandsServedByName();
                bot = measure(telegram, BOT_FIRST, parents, application::updatesHandled);
                Database.CommitCount after = application.database().commitCount();
                botCommands = application.database().commandsServed() - commandsBefore;
                byName = new TreeMap<>(application.database().commandsServedByName());
                namedBefore.forEach((name, count) -> byName.merge(name, -count, Long::sum));
                byName.values().removeIf(count -> count == 0);
                commits = new Database.CommitCount(after.commits() - before.commits(),
                        after.calls() - before.calls());
                stored = application.database().collection(Schema.ENTRIES, Document.class)
                        .countDocuments();
                // Onboarded when their history began.
                Seeds.parents(application.database(), HISTORY_FIRST, HISTORY_PARENTS,
                        now.minus(Duration.ofDays(HISTORY_DAYS)));
                Seeds.reminders(application.database(), HISTORY_FIRST, HISTORY_PARENTS, now.plus(Duration.ofHours(3)));
                Seeds.history(application.database(), HISTORY_FIRST, HISTORY_PARENTS, HISTORY_DAYS, HISTORY_PER_DAY,
                        now);
                history = measure(telegram, HISTORY_FIRST, HISTORY_PARENTS, application::updatesHandled);
            }
            int expected = parents * (messagesEach + 1);
            table.add(NAME, "bot: logs handled per second", String.format("%.0f /s", bot.perSecond));
            details(table, "bot", bot);
            double ratio = bot.perSecond / bare.perSecond;
            double toFloor = bot.perSecond / floor.perSecond;
            table.add(NAME, "ratio bot / bare", String.format("%.2f", ratio), Table.target("≥ 0.5", ratio >= 0.5));
            table.add(NAME, "bare echo bot: messages per second", String.format("%.0f /s", bare.perSecond));
            details(table, "bare echo bot", bare);
            table.add(NAME, "floor (bare + read, insert, mark, commit): per second",
                    String.format("%.0f /s", floor.perSecond));
            details(table, "floor", floor);
            table.add(NAME, "ratio bot / floor", String.format("%.2f", toFloor), Table.target("≥ 1.0", toFloor >= 1.0));
            table.goal(Table.Goal.LOGGING, String.format("%.0f logs/s: %.2f × the floor (%.0f /s), %.2f × the bare bot"
                    + " (%.0f /s)", bot.perSecond, toFloor, floor.perSecond, ratio, bare.perSecond),
                    toFloor >= 1.0 && ratio >= 0.5);
            table.add(NAME, "bot, " + HISTORY_PARENTS + " parents " + HISTORY_DAYS + " days in (" + HISTORY_PER_DAY
                    + " a day): logs per second", String.format("%.0f /s", history.perSecond));
            details(table, "bot, parents " + HISTORY_DAYS + " days in", history);
            table.add(NAME, "entries in the database / logs sent", stored + " / " + expected,
                    Table.target("all stored", stored == expected));
            table.add(NAME, "replies / updates measured", bot.replies + " / " + bot.updates);
            table.add(NAME, "bot: commits of the file / asked for (group commit), all rounds",
                    commits.commits() + " / " + commits.calls());
            table.add(NAME, "bot: database commands per log (round trips), all rounds",
                    String.format("%.2f", (double) botCommands / expected));
            StringBuilder named = new StringBuilder();
            byName.forEach((name, count) -> named.append(named.isEmpty() ? "" : ", ")
                    .append(String.format("%s %.2f", name, (double) count / expected)));
            table.add(NAME, "bot: of which, by command and collection", named.toString());
        } finally {
            Files.walk(dataDir).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void details(Table table, String who, ReplyTimes times) {
        table.add(NAME, who + ": p50 / p99 update served → reply", Latencies.millis(times.latencies
                .percentileMillis(50)) + " / " + Latencies.millis(times.latencies.percentileMillis(99)));
        table.add(NAME, who + ": CPU per message (whole process)", String.format("%.2f ms", times.cpuMillisEach));
    }

    private ReplyTimes bare(FakeTelegram telegram) throws Exception {
        ReplyTimes times;
        try (BareEchoBot bare = BareEchoBot.start(BotHarness.TOKEN, telegram.telegramUrl(), threads)) {
            times = measure(telegram, BARE_FIRST, parents, () -> telegram.callsOf("sendMessage").size());
        }
        confirm(telegram);
        return times;
    }

    /** Confirms what a bare bot was given, so that the next bot does not receive it again. */
    private void confirm(FakeTelegram telegram) throws Exception {
        new OkHttpTelegramClient(BotHarness.TOKEN, telegram.telegramUrl()).execute(GetUpdates.builder()
                .offset(lastUpdateId + 1).limit(1).timeout(0).build());
    }

    /**
     * The bare bot doing, before each echo, the least a log needs on this stack ({@link FloorWork}), on a database
     * of its own; the updates it was given are confirmed, as after the bare run.
     */
    private ReplyTimes floor(FakeTelegram telegram, Map<String, String> environment, Path dataDir) throws Exception {
        ReplyTimes times;
        try (FloorWork work = FloorWork.open(BenchBot.settings(telegram.baseUrl(), dataDir, environment).storage(),
                FLOOR_FIRST, parents);
             BareEchoBot floor = BareEchoBot.start(BotHarness.TOKEN, telegram.telegramUrl(), threads, work)) {
            times = measure(telegram, FLOOR_FIRST, parents, () -> telegram.callsOf("sendMessage").size());
        }
        confirm(telegram);
        return times;
    }

    /** A warm-up round, then the measured rounds; returns the measured figures. */
    private ReplyTimes measure(FakeTelegram telegram, long first, int count, LongSupplier handled) {
        long before = handled.getAsLong();
        round(telegram, first, count, 1);
        awaitHandled(handled, before + count);
        Instant since = Instant.now();
        long cpuBefore = processCpuNanos();
        round(telegram, first, count, messagesEach);
        awaitHandled(handled, before + (long) count * (messagesEach + 1));
        long cpu = processCpuNanos() - cpuBefore;
        ReplyTimes times = ReplyTimes.of(telegram.calls(), since, first, first + count - 1);
        times.cpuMillisEach = cpu / 1e6 / ((long) count * messagesEach);
        return times;
    }

    /** Every parent sends {@code rounds} messages; one round after the other, as parents interleave. */
    private void round(FakeTelegram telegram, long first, int count, int rounds) {
        for (int round = 0; round < rounds; round++) {
            for (long id = first; id < first + count; id++) {
                lastUpdateId = telegram.userSends(id, TEXT, "en");
            }
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void awaitHandled(LongSupplier handled, long target) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> handled.getAsLong() >= target);
    }
}
