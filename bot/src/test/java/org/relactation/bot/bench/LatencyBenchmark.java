package org.relactation.bot.bench;

import org.relactation.bot.app.Application;
import org.relactation.bot.e2e.BotHarness;
import org.relactation.bot.telegram.fake.FakeTelegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;

/**
 * 5. Latency at a realistic load: onboarded parents take turns to log at a steady rate (an open load: each message
 * goes in at its time, whether or not the bot has answered the one before), and each reply is timed from its update
 * being served by getUpdates to the reply reaching the Bot API. The send limits are lifted (a 25 a second limit
 * would queue 100 replies a second without end, and the per-chat gap is not the bot's latency), as in the
 * throughput runs. {@code -Dbench.latency.seconds=N} shortens the run for a quick look (the run is 60 s).
 */
final class LatencyBenchmark {
    static final String NAME = "5. Latency";
    private static final long FIRST = 4_000_000;
    /** The target: p99 under this at the load. */
    static final double P99_TARGET_MILLIS = 50;

    private final int parents;
    private final int perSecond;
    private final int seconds;

    LatencyBenchmark(int parents, int perSecond, int seconds) {
        this.parents = parents;
        this.perSecond = perSecond;
        this.seconds = seconds;
    }

    void run(Table table) throws Exception {
        Path dataDir = Files.createTempDirectory("bench-latency");
        try (FakeTelegram telegram = FakeTelegram.start(BotHarness.TOKEN);
             Application application = BenchBot.start(BenchBot.settings(telegram.baseUrl(), dataDir,
                     BenchSettings.lifted()), Clock.systemUTC())) {
            Instant now = Instant.now();
            Seeds.parents(application.database(), FIRST, parents, now);
            Seeds.reminders(application.database(), FIRST, parents, now.plus(Duration.ofHours(3)));
            // Warm-up: one message from each parent, as fast as the bot takes them.
            long before = application.updatesHandled();
            for (long id = FIRST; id < FIRST + parents; id++) {
                telegram.userSends(id, LoggingBenchmark.TEXT, "en");
            }
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .until(() -> application.updatesHandled() >= before + parents);
            Thread.sleep(1_000);
            Instant since = Instant.now();
            int total = perSecond * seconds;
            long interval = 1_000_000_000L / perSecond;
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long at = start + i * interval;
                long wait = at - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                telegram.userSends(FIRST + i % parents, LoggingBenchmark.TEXT, "en");
            }
            double offered = total / ((System.nanoTime() - start) / 1e9);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .until(() -> application.updatesHandled() >= before + parents + total);
            Thread.sleep(500); // the last replies on their way
            ReplyTimes times = ReplyTimes.of(telegram.calls(), since, FIRST, FIRST + parents - 1);
            double p99 = times.latencies.percentileMillis(99);
            String load = String.format("%,d parents, %d logs/s for %d s", parents, perSecond, seconds);
            table.add(NAME, load + ": p50 / p99 / max update served → reply",
                    Latencies.millis(times.latencies.percentileMillis(50)) + " / " + Latencies.millis(p99) + " / "
                            + Latencies.millis(times.latencies.maxMillis()),
                    Table.target("p99 < 50 ms", p99 < P99_TARGET_MILLIS));
            table.add(NAME, "logs sent per second (offered) / replies timed", String.format("%.1f /s / %,d of %,d",
                    offered, times.latencies.count(), total));
            table.goal(Table.Goal.LATENCY, "p99 " + Latencies.millis(p99) + " at " + perSecond + " logs/s for "
                    + seconds + " s", p99 < P99_TARGET_MILLIS && perSecond >= 100 && seconds >= 60);
        } finally {
            Files.walk(dataDir).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
