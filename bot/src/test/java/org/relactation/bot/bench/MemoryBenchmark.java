package org.relactation.bot.bench;

import org.relactation.bot.app.Application;
import org.relactation.bot.e2e.BotHarness;
import org.relactation.bot.telegram.fake.ApiCall;
import org.relactation.bot.telegram.fake.FakeTelegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * 6. Memory as a container sees it: the bot as its own process with run.sh's and the image's options
 * ({@code config/jvm.options}: the heap limit chosen for a 512 MB container) and the build's start-up cache, on a
 * database of {@code parents} onboarded parents whose reminders are all due: it sends them all (the reminder
 * benchmark's load, through its own scheduled job), then 1,000 of them log as in the logging benchmark. After each,
 * the resident memory from /proc and the live set after a full collection (jcmd's class histogram); at the end the
 * most the process was ever resident (VmHWM), which is what must fit in 512 MB.
 */
final class MemoryBenchmark {
    static final String NAME = "6. Memory";
    static final long CONTAINER_MB = 512;
    private static final int LOGGERS = 1_000;
    private static final int ROUNDS = 11;

    private final int parents;

    MemoryBenchmark(int parents) {
        this.parents = parents;
    }

    void run(Table table) throws Exception {
        Path data = Files.createTempDirectory("bench-memory");
        Instant now = Instant.now();
        try (Application application = Application.start(BenchBot.settings("http://127.0.0.1:9", data,
                BenchSettings.defaults()))) {
            Seeds.parents(application.database(), 1, parents, now.minus(Duration.ofDays(5)));
            Seeds.reminders(application.database(), 1, parents, now);
        }
        List<String> options = new ArrayList<>(BotProcess.productionOptions());
        Path cache = BotProcess.buildCache();
        if (cache != null) {
            options.addAll(BotProcess.cacheOptions(cache));
        }
        try (FakeTelegram telegram = FakeTelegram.start(BotHarness.TOKEN)) {
            for (long id = 1; id <= parents; id++) {
                telegram.knowsChat(id, "en");
            }
            Process bot = BotProcess.start(telegram.baseUrl(), data, options, BenchSettings.lifted());
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                        .until(() -> !telegram.callsOf("getUpdates").isEmpty());
                Thread.sleep(2_000);
                long idleRss = BotProcess.statusMb(bot, "VmRSS");
                long idleLive = BotProcess.liveSetMb(bot);
                long started = System.nanoTime();
                awaitSent(telegram, parents, Duration.ofMinutes(10));
                double reminderSeconds = (System.nanoTime() - started) / 1e9;
                long remindersRss = BotProcess.statusMb(bot, "VmRSS");
                long remindersLive = BotProcess.liveSetMb(bot);
                for (int round = 0; round < ROUNDS; round++) {
                    for (long id = 1; id <= LOGGERS; id++) {
                        telegram.userSends(id, LoggingBenchmark.TEXT, "en");
                    }
                }
                awaitSent(telegram, (long) parents + (long) LOGGERS * ROUNDS, Duration.ofMinutes(5));
                long loggingRss = BotProcess.statusMb(bot, "VmRSS");
                long loggingLive = BotProcess.liveSetMb(bot);
                long peak = BotProcess.statusMb(bot, "VmHWM");
                String flags = String.join(" ", Files.readAllLines(Path.of(options.get(0).substring(1))).stream()
                        .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).toList());
                table.add(NAME, "JVM options (config/jvm.options)", flags);
                table.add(NAME, String.format("idle after start-up, %,d parents stored: resident / live set", parents),
                        idleRss + " MB / " + idleLive + " MB");
                table.add(NAME, String.format("after sending %,d reminders (%.0f /s): resident / live set", parents,
                        parents / reminderSeconds), remindersRss + " MB / " + remindersLive + " MB");
                table.add(NAME, String.format("after %,d logs from %,d parents: resident / live set",
                        LOGGERS * ROUNDS, LOGGERS), loggingRss + " MB / " + loggingLive + " MB");
                table.add(NAME, "most resident at any time (VmHWM)", peak + " MB",
                        Table.target("≤ 512 MB", peak <= CONTAINER_MB));
                table.goal(Table.Goal.MEMORY, String.format("at most %d MB resident (%s), live set %d–%d MB, with %,d"
                                + " parents", peak, flags.replaceAll(".*(-Xmx\\S+).*", "$1"),
                                Math.min(idleLive, Math.min(remindersLive, loggingLive)),
                                Math.max(idleLive, Math.max(remindersLive, loggingLive)), parents),
                        peak <= CONTAINER_MB && parents >= 100_000);
            } finally {
                BotProcess.stop(bot);
            }
        } finally {
            Files.walk(data).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void awaitSent(FakeTelegram telegram, long count, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(() -> telegram.callsOf("sendMessage").stream().filter(ApiCall::ok).count() >= count);
    }
}
