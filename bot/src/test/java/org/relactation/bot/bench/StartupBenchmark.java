package org.relactation.bot.bench;

import org.relactation.bot.app.Application;
import org.relactation.bot.app.Main;
import org.relactation.bot.e2e.BotHarness;
import org.relactation.bot.telegram.fake.ApiCall;
import org.relactation.bot.telegram.fake.FakeTelegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * 4. Start-up as an operator runs the bot ({@code java -jar}, or the test classpath when there is no jar): from
 * the process start to the first reply, on a new embedded database; then resident memory when idle with many
 * stored parents (the reminder benchmark's database when it ran, else parents written here).
 */
final class StartupBenchmark {
    static final String NAME = "4. Start-up";
    private static Path dataDir;
    private final int parents;

    StartupBenchmark(int parents) {
        this.parents = parents;
    }

    /** The database with many parents, shared with the reminder benchmark. */
    static synchronized Path dataDir() throws IOException {
        if (dataDir == null) {
            dataDir = Files.createTempDirectory("bench-parents");
        }
        return dataDir;
    }

    void run(Table table) throws Exception {
        long plain = medianFirstReply(List.of());
        table.add(NAME, "process start → first reply (median of 3, " + launcher() + ")", plain + " ms",
                Table.target("< 3 s", plain < 3000));
        if (jar() != null) {
            Path archive = Files.createTempDirectory("bench-cds").resolve("relactation-bot.jsa");
            List<String> cds = List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            firstReply(Files.createTempDirectory("bench-startup"), cds); // writes the archive, as run.sh's first run
            long shared = medianFirstReply(cds);
            table.add(NAME, "the same with run.sh's class data sharing archive", shared + " ms",
                    Table.target("< 3 s", shared < 3000));
        }
        long rss = idleResidentMb();
        table.add(NAME, String.format("resident memory idle, %,d parents stored", parents), rss + " MB");
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
            Process process = start(telegram, data, jvmOptions);
            try {
                Instant started = process.info().startInstant().orElseThrow();
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                        .until(() -> !telegram.callsOf("sendMessage").isEmpty());
                ApiCall reply = telegram.callsOf("sendMessage").get(0);
                return Duration.between(started, reply.at());
            } finally {
                stop(process);
            }
        }
    }

    private long idleResidentMb() throws Exception {
        Path data = dataDir();
        if (!Files.exists(data.resolve("relactation.mv.db"))) {
            try (Application application = Application.start(BenchBot.settings("http://127.0.0.1:9", data,
                    BenchSettings.defaults()))) {
                Seeds.parents(application.database(), 1, parents, Instant.now());
            }
        }
        try (FakeTelegram telegram = FakeTelegram.start(BotHarness.TOKEN)) {
            telegram.userSends(parents + 77L, "/start", "en");
            Process process = start(telegram, data, List.of());
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> !telegram.callsOf("sendMessage").isEmpty());
                Thread.sleep(10_000); // idle: no updates, the scheduler's checks only
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                    }
                }
                return -1;
            } finally {
                stop(process);
            }
        }
    }

    private static Path jar() {
        for (Path candidate : List.of(Path.of("target/relactation-bot.jar"), Path.of("bot/target/relactation-bot.jar"))) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String launcher() {
        return jar() != null ? "java -jar" : "classpath";
    }

    private static Process start(FakeTelegram telegram, Path data, List<String> jvmOptions) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = jar();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(jar != null ? List.of("-jar", jar.toString())
                : List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.add("--telegram");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("BOT_") || name.startsWith("TELEGRAM_")
                || name.startsWith("MONGODB_") || name.equals("DATA_DIR") || name.equals("CONFIG_FILE"));
        builder.environment().putAll(Map.of("BOT_TOKEN", BotHarness.TOKEN, "TELEGRAM_API_URL", telegram.baseUrl(),
                "DATA_DIR", data.toString(), "TELEGRAM_POLL_TIMEOUT", "5"));
        return builder.start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
