package org.relactation.bot.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/** The benchmark results as a Markdown table: what was measured, the figure, and the target when there is one. */
final class Table {
    record Row(String benchmark, String measure, String result, String target) {
    }

    /** The targets of issue 19, in the order they are printed after the table. */
    enum Goal {
        LOGGING("logging ≥ 1.0 × the floor and ≥ 0.5 × the bare bot"),
        LATENCY("p99 under 50 ms at 100 logs a second"),
        REMINDERS("reminders ≥ 2,500 a second for 100,000 due, live set flat from 10,000 to 100,000 (the bot's own, the "
                + "embedded database's page cache apart)"),
        QUESTIONS("question p99 under 5 ms"),
        STARTUP("start-up under 3 s"),
        MEMORY("fits in 512 MB");

        final String target;

        Goal(String target) {
            this.target = target;
        }
    }

    private record Outcome(String figure, boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final EnumMap<Goal, Outcome> goals = new EnumMap<>(Goal.class);

    void add(String benchmark, String measure, String result, String target) {
        rows.add(new Row(benchmark, measure, result, target));
    }

    void add(String benchmark, String measure, String result) {
        add(benchmark, measure, result, "");
    }

    /** A target of the summary printed after the table: met or missed, with the figure that decides it. */
    void goal(Goal goal, String figure, boolean met) {
        goals.put(goal, new Outcome(figure, met));
    }

    /** A target met or missed, said plainly next to it. */
    static String target(String target, boolean met) {
        return target + (met ? " ✔" : " ✘ missed");
    }

    void print(PrintStream out) {
        int[] widths = {9, 7, 6, 6};
        for (Row row : rows) {
            widths[0] = Math.max(widths[0], row.benchmark().length());
            widths[1] = Math.max(widths[1], row.measure().length());
            widths[2] = Math.max(widths[2], row.result().length());
            widths[3] = Math.max(widths[3], row.target().length());
        }
        out.println(line(widths, "Benchmark", "Measure", "Result", "Target"));
        out.println(line(widths, "-".repeat(widths[0]), "-".repeat(widths[1]), "-".repeat(widths[2]),
                "-".repeat(widths[3])));
        for (Row row : rows) {
            out.println(line(widths, row.benchmark(), row.measure(), row.result(), row.target()));
        }
        out.println();
        out.println("Targets (issue 19):");
        for (Goal goal : Goal.values()) {
            Outcome outcome = goals.get(goal);
            out.println(outcome == null ? "- " + goal.target + ": not run"
                    : (outcome.met() ? "✔ " : "✘ ") + goal.target + ": " + outcome.figure());
        }
    }

    private static String line(int[] widths, String... cells) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            line.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        return line.toString();
    }
}
