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
 * naming some of them ({@code logging reminders questions startup}, and {@code fairness}, which only runs when
 * named). Benchmarks print figures; tests never assert on timing.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Set<String> chosen = args.length == 0 ? Set.of("logging", "reminders", "questions", "startup")
                : Set.of(args);
        // -Dbench.parents=N: fewer parents for the reminder and start-up benchmarks, for a quick look.
        int parents = Integer.getInteger("bench.parents", 100_000);
        Table table = new Table();
        Runtime runtime = Runtime.getRuntime();
        out.printf("Machine: %d cores, %s %s, Java %s, max heap %d MB%n", runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024));
        for (String name : List.of("questions", "logging", "reminders", "startup", "fairness")) {
            if (!chosen.contains(name)) {
                continue;
            }
            out.println("Running " + name + "...");
            long started = System.nanoTime();
            switch (name) {
                case "logging" -> new LoggingBenchmark(1_000, 10, 8).run(table);
                case "reminders" -> new ReminderFanOutBenchmark(parents).run(table);
                case "questions" -> new QuestionBenchmark(1_000).run(table);
                case "startup" -> new StartupBenchmark(parents).run(table);
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
