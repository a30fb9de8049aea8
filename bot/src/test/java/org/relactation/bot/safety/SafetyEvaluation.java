package org.relactation.bot.safety;

import org.relactation.bot.content.ContentCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints how the red-flag detector does on the evaluation corpora: per sign and language, how many of the messages
 * that must be caught are (caught at all, and as the right sign), and per language how many ordinary messages are
 * flagged, on the tuning, development and held-out corpora. {@code misses}, {@code dev-misses} and
 * {@code holdout-misses} also list what each set shows missed or wrongly flagged (fix the mechanism, never a phrase;
 * and the held-out set is an estimate only while nobody tunes on it). Run with
 * {@code mvn -B -ntp -pl bot -Psafety verify} (add {@code -Dsafety.args=misses}).
 */
public final class SafetyEvaluation {
    /** The counts of one row of the table. */
    static final class Count {
        int total;
        int caught;
        int right;
    }

    record Result(Map<String, Count> recall, Map<String, Count> precision, List<String> misses, List<String> wrong,
                  List<String> falseAlarms) {
    }

    private SafetyEvaluation() {
    }

    public static void main(String[] args) {
        RedFlagDetector detector = new RedFlagDetector(ContentCatalog.load());
        print("Tuning corpora", evaluate(detector, SafetyCorpus.TUNING), List.of(args).contains("misses"));
        print("Development corpora", evaluate(detector, SafetyCorpus.DEV), List.of(args).contains("dev-misses"));
        print("Held-out corpora (never used to change the word lists)", evaluate(detector, SafetyCorpus.HELD_OUT),
                List.of(args).contains("holdout-misses"));
        printSpeed(detector);
    }

    /** How long one message takes to check (every message is checked), after a warm-up on the same messages. */
    private static void printSpeed(RedFlagDetector detector) {
        List<String> messages = new ArrayList<>();
        for (String set : List.of(SafetyCorpus.TUNING, SafetyCorpus.DEV, SafetyCorpus.HELD_OUT)) {
            SafetyCorpus.recall(set).forEach(row -> messages.add(row.message()));
            SafetyCorpus.precision(set).forEach(row -> messages.add(row.message()));
        }
        for (int round = 0; round < 5; round++) {
            messages.forEach(message -> detector.detect(message, "en"));
        }
        long[] nanos = new long[messages.size()];
        for (int i = 0; i < messages.size(); i++) {
            long start = System.nanoTime();
            detector.detect(messages.get(i), "en");
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%n== Speed ==%n%d messages: median %.0f µs, p99 %.0f µs, max %.0f µs per message%n",
                nanos.length, nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3,
                nanos[nanos.length - 1] / 1e3);
    }

    private static void print(String title, Result result, boolean details) {
        System.out.printf("%n== %s ==%n", title);
        System.out.printf("%nRed-flag recall (messages that must be caught: caught at all / as the right sign)%n");
        System.out.printf("%-18s %-4s %6s %8s %8s%n", "sign", "lang", "total", "caught", "right");
        result.recall().forEach((key, count) -> System.out.printf("%-18s %-4s %6d %7.1f%% %7.1f%%%n",
                key.split("/")[0], key.split("/")[1], count.total, 100.0 * count.caught / count.total,
                100.0 * count.right / count.total));
        System.out.printf("%nRed-flag precision (ordinary messages: flagged by mistake)%n");
        result.precision().forEach((language, count) -> System.out.printf("%-4s %6d messages, %d flagged (%.1f%%)%n",
                language, count.total, count.caught, 100.0 * count.caught / count.total));
        if (details) {
            System.out.println("\nMissed:");
            result.misses().forEach(line -> System.out.println("  " + line));
            System.out.println("\nCaught as another sign:");
            result.wrong().forEach(line -> System.out.println("  " + line));
            System.out.println("\nFlagged by mistake:");
            result.falseAlarms().forEach(line -> System.out.println("  " + line));
        }
    }

    static Result evaluate(RedFlagDetector detector) {
        return evaluate(detector, SafetyCorpus.TUNING);
    }

    static Result evaluate(RedFlagDetector detector, String set) {
        Map<String, Count> recall = new TreeMap<>();
        Map<String, Count> precision = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (SafetyCorpus.Flagged row : SafetyCorpus.recall(set)) {
            RedFlagDetector.Detection found = detector.detect(row.message(), row.telegram());
            for (String key : List.of(row.sign() + "/" + row.language(), "ALL/" + row.language())) {
                Count count = recall.computeIfAbsent(key, k -> new Count());
                count.total++;
                count.caught += found.isEmpty() ? 0 : 1;
                count.right += rightSign(row.sign(), found) ? 1 : 0;
            }
            if (found.isEmpty()) {
                misses.add(row.sign() + " [" + row.language() + "] " + row.message());
            } else if (!rightSign(row.sign(), found)) {
                wrong.add(row.sign() + " -> " + found.signs().stream().map(Sign::key).toList() + " [" + row.language()
                        + "] " + row.message());
            }
        }
        for (SafetyCorpus.Ordinary row : SafetyCorpus.precision(set)) {
            RedFlagDetector.Detection found = detector.detect(row.message(), row.telegram());
            Count count = precision.computeIfAbsent(row.language(), k -> new Count());
            count.total++;
            if (!found.isEmpty()) {
                count.caught++;
                falseAlarms.add(found.signs().stream().map(Sign::key).toList() + " [" + row.language() + "] "
                        + row.message());
            }
        }
        return new Result(recall, precision, misses, wrong, falseAlarms);
    }

    /** The expected sign was found, or one that stands for it (a young baby's fever for a fever). */
    static boolean rightSign(String expected, RedFlagDetector.Detection found) {
        return found.signs().stream().anyMatch(sign -> sign.key().equals(expected)
                || sign.replaces().contains(expected)
                || (expected.equals("baby_fever") && sign.key().equals("baby_fever_young")));
    }
}
