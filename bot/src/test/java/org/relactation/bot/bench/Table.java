package org.relactation.bot.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The benchmark results as a Markdown table: what was measured, the figure, and the target when there is one. */
final class Table {
    record Row(String benchmark, String measure, String result, String target) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String benchmark, String measure, String result, String target) {
        rows.add(new Row(benchmark, measure, result, target));
    }

    void add(String benchmark, String measure, String result) {
        add(benchmark, measure, result, "");
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
    }

    private static String line(int[] widths, String... cells) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            line.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        return line.toString();
    }
}
