package org.relactation.bot.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Runs the benchmarks and prints one table: {@code mvn -B -ntp -pl bot -Pbench verify}, or with arguments
 * naming some of them ({@code logging reminders questions startup latency memory}, and {@code fairness}, which
 * only runs when named). The targets of issue 19 are printed after the table, each with ✔ or ✘. Benchmarks print figures; tests never assert on timing.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Set<String> chosen = args.length == 0 ? Set.of("logging", "reminders", "questions", "startup", "latency",
                "memory") : Set.of(args);
        // -Dbench.parents=N: fewer parents for the reminder and start-up benchmarks, for a quick look.
        int parents = Integer.getInteger("bench.parents", 100_000);
        // -Dbench.latency.seconds=N: a shorter latency run for a quick look (the run is 60 s).
        int latencySeconds = Integer.getInteger("bench.latency.seconds", 60);
        Table table = new Table();
        Runtime runtime = Runtime.getRuntime();
        out.printf("Machine: %d cores, %s %s, Java %s, max heap %d MB%n", runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024));
        for (String name : List.of("questions", "logging", "reminders", "startup", "latency", "memory",
                "fairness")) {
            if (!chosen.contains(name)) {
                continue;
            }
            out.println("Running " + name + "...");
            long started = System.nanoTime();
            switch (name) {
                case "logging" -> new LoggingBenchmark(1_000, 10, 8).run(table);
                case "reminders" -> new ReminderFanOutBenchmark(parents).run(table);
                case "questions" -> new QuestionBenchmark(1_000).run(table);
                case "startup" -> new StartupBenchmark().run(table);
                case "latency" -> new LatencyBenchmark(1_000, 100, latencySeconds).run(table);
                case "memory" -> new MemoryBenchmark(parents).run(table);
                case "fairness" -> new FairnessBenchmark().run(table);
                default -> throw new IllegalArgumentException(name);
            }
            out.printf("  %s took %.1f s%n", name, (System.nanoTime() - started) / 1e9);
        }
        out.println();
        table.print(out);
        System.exit(0);
    }
}
