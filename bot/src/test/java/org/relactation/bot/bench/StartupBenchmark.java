package org.relactation.bot.bench;

import org.relactation.bot.e2e.BotHarness;
import org.relactation.bot.telegram.fake.ApiCall;
import org.relactation.bot.telegram.fake.FakeTelegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * 4. Start-up as an operator runs the bot: from the process start to the reply to a /start waiting at the Bot API,
 * on a new embedded database (median of 3). Once with plain {@code java -jar} (no options), once with run.sh's
 * command, which is also the Docker image's: the options of {@code config/jvm.options} and the start-up cache the
 * build made next to the jar ({@code bot/src/build/start-up-cache.sh}, which the image runs for its own).
 */
final class StartupBenchmark {
    static final String NAME = "4. Start-up";
    private static final long TARGET_MILLIS = 3_000;
    void run(Table table) throws Exception {
        String launcher = BotProcess.jar() != null ? "java -jar" : "classpath, no jar";
        long plain = medianFirstReply(List.of());
        table.add(NAME, "process start → first reply (median of 3, plain " + launcher + ")", plain + " ms",
                Table.target("< 3 s", plain < TARGET_MILLIS));
        Path cache = BotProcess.buildCache();
        if (cache == null) {
            table.add(NAME, "with run.sh's options and the build's start-up cache", "no cache next to the jar",
                    Table.target("< 3 s", false));
            table.goal(Table.Goal.STARTUP, "plain " + plain + " ms; no start-up cache was built", false);
            return;
        }
        List<String> options = new ArrayList<>(BotProcess.productionOptions());
        options.addAll(BotProcess.cacheOptions(cache));
        long cached = medianFirstReply(options);
        table.add(NAME, "the same, run.sh's and the image's command (jvm.options, " + cache.getFileName() + ")",
                cached + " ms", Table.target("< 3 s", cached < TARGET_MILLIS));
        table.goal(Table.Goal.STARTUP, String.format("plain java -jar %,d ms; run.sh's and the image's command %,d ms",
                plain, cached), plain < TARGET_MILLIS && cached < TARGET_MILLIS);
    }

    private long medianFirstReply(List<String> jvmOptions) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            millis.add(firstReply(Files.createTempDirectory("bench-startup"), jvmOptions).toMillis());
        }
        millis.sort(Long::compare);
        return millis.get(1);
    }

    private Duration firstReply(Path data, List<String> jvmOptions) throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start(BotHarness.TOKEN)) {
            telegram.userSends(77, "/start", "en");
            // The clock read just before the launch, not the process's start time from /proc: the JDK computes that
            // from the boot time in whole seconds (/proc/stat's btime), so it is early by up to a second, the same
            // amount for every run until the machine reboots (0.99 s on the machine of the ninth round).
            Instant started = Instant.now();
            Process process = BotProcess.start(telegram.baseUrl(), data, jvmOptions, BenchSettings.defaults());
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                        .until(() -> !telegram.callsOf("sendMessage").isEmpty());
                ApiCall reply = telegram.callsOf("sendMessage").get(0);
                return Duration.between(started, reply.at());
            } finally {
                BotProcess.stop(process);
            }
        }
    }
}
