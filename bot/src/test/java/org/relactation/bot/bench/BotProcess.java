package org.relactation.bot.bench;

import org.relactation.bot.app.Main;
import org.relactation.bot.e2e.BotHarness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bot as an operator runs it: a process of its own ({@code java -jar}, or the test classpath when there is no
 * jar), in Telegram mode against a Bot API at a given address, with the JVM options and cache a launcher gives it.
 */
final class BotProcess {
    private BotProcess() {
    }

    /** The built jar, or null when the benchmark runs without one. */
    static Path jar() {
        for (Path candidate : List.of(Path.of("target/relactation-bot.jar"), Path.of("bot/target/relactation-bot.jar"))) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The start-up cache the build made next to the jar for this JDK (an AOT cache, or a CDS archive before 25). */
    static Path buildCache() {
        Path jar = jar();
        if (jar == null) {
            return null;
        }
        Path cache = jar.resolveSibling(Runtime.version().feature() >= 25 ? "relactation-bot.aot"
                : "relactation-bot.jsa");
        return Files.exists(cache) ? cache : null;
    }

    /** The options to use {@code cache}, as run.sh gives them. */
    static List<String> cacheOptions(Path cache) {
        return cache.toString().endsWith(".aot") ? List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off")
                : List.of("-XX:SharedArchiveFile=" + cache, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The options of {@code config/jvm.options}, the file run.sh and the Docker image give the JVM. */
    static List<String> productionOptions() throws IOException {
        for (Path candidate : List.of(Path.of("../config/jvm.options"), Path.of("config/jvm.options"))) {
            if (Files.exists(candidate)) {
                return List.of("@" + candidate.toAbsolutePath().normalize());
            }
        }
        throw new IOException("config/jvm.options not found from " + Path.of("").toAbsolutePath());
    }

    /** The java launcher running this benchmark (the build's JDK), and a tool of the same JDK. */
    static Path javaTool(String name) {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        return name.equals("java") ? java : java.resolveSibling(name);
    }

    static Process start(String apiUrl, Path data, List<String> jvmOptions, Map<String, String> environment)
            throws IOException {
        Path jar = jar();
        List<String> command = new ArrayList<>(List.of(javaTool("java").toString()));
        command.addAll(jvmOptions);
        command.addAll(jar != null ? List.of("-jar", jar.toString())
                : List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.add("--telegram");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("BOT_") || name.startsWith("TELEGRAM_")
                || name.startsWith("MONGODB_") || name.equals("DATA_DIR") || name.equals("CONFIG_FILE")
                || name.equals("JDK_JAVA_OPTIONS") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        builder.environment().putAll(Map.of("BOT_TOKEN", BotHarness.TOKEN, "TELEGRAM_API_URL", apiUrl,
                "DATA_DIR", data.toString()));
        return builder.start();
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A line of /proc/PID/status in MB ({@code VmRSS}: resident now, {@code VmHWM}: the most it was resident). */
    static long statusMb(Process process, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    /**
     * The live set: what the heap holds after a full collection, from the class histogram jcmd takes (it collects
     * first), in MB.
     */
    static long liveSetMb(Process process) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(javaTool("jcmd").toString(), Long.toString(process.pid()),
                "GC.class_histogram").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        for (String line : output.lines().toList().reversed()) {
            String trimmed = line.trim();
            if (trimmed.startsWith("Total")) {
                String[] parts = trimmed.split("\\s+");
                return Long.parseLong(parts[2]) / (1024 * 1024);
            }
        }
        throw new IOException("no total in jcmd's class histogram: " + output.lines().limit(3).toList());
    }
}
