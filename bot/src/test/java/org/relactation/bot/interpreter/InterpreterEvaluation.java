package org.relactation.bot.interpreter;

import org.relactation.bot.account.TimeZoneResolver;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.MessageParts;
import org.relactation.bot.guidance.GuideCards;
import org.relactation.bot.guidance.QuestionMatcher;
import org.relactation.bot.logbook.FollowUpHandler;
import org.relactation.bot.logbook.LogParser;
import org.relactation.bot.logbook.ParseResult;
import org.relactation.bot.onboarding.TypedAnswers;
import org.relactation.bot.text.MessageLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints how the interpreter reads the messages of the interpreter corpora (interpreter/messages-*.tsv, written apart
 * from every word list): per reading and language, how many it gets right (recall) and how many of the messages it
 * gives that reading really have it (precision), questions read as logs, and how often the message's language is
 * told right. {@code dev-misses} and {@code final-misses} list the mistakes (fix the mechanism, never a phrase;
 * the final set is an estimate only while nobody tunes on it). Run with
 * {@code mvn -B -ntp -pl bot -Pinterpreter verify} (add {@code -Dinterpreter.args=dev-misses}; {@code dev-only} leaves
 * the held-out sets out, while new ones are being written).
 *
 * <p>"answer" (to the question the bot has open) is judged as the bot does: the open question's own reader takes
 * it (a yes or no, a number for the amount, a time for "When was it?", a setup choice or a city).
 */
public final class InterpreterEvaluation {
    /**
     * Development sets: mistakes here may be looked at to fix a mechanism. messages-dev2.tsv, messages-dev4.tsv,
     * messages-dev5.tsv to messages-dev16.tsv were the held-out sets until their figures were reported; each time
     * a new held-out set, written apart, replaced it.
     */
    static final List<String> DEV = List.of("interpreter/messages-dev.tsv", "interpreter/messages-dev2.tsv",
            "interpreter/messages-dev3.tsv", "interpreter/messages-dev4.tsv", "interpreter/messages-dev5.tsv",
            "interpreter/messages-dev6.tsv", "interpreter/messages-dev7.tsv", "interpreter/messages-dev8.tsv",
            "interpreter/messages-dev9.tsv", "interpreter/messages-dev10.tsv", "interpreter/messages-dev11.tsv",
            "interpreter/messages-dev12.tsv", "interpreter/messages-dev13.tsv", "interpreter/messages-dev14.tsv",
            "interpreter/messages-dev15.tsv", "interpreter/messages-dev16.tsv");
    /**
     * Held-out sets, each written apart by a helper who saw neither the code, content/ nor any older corpus: two
     * were written at once this round, by two writers who did not see each other's set.
     */
    static final List<String> FINAL = List.of("interpreter/messages-final.tsv", "interpreter/messages-final2.tsv");
    /**
     * The time the corpus is read at, fixed so that the figures do not depend on the hour of the run: an evening,
     * when "this morning at 7" or "a las 3" are past.
     */
    private static final Instant NOW = Instant.parse("2026-03-10T21:30:00Z");

    record Row(String parentLanguage, String language, String context, String expected, String message) {
    }

    static final class Tally {
        int expected;
        int found;
        int right;
    }

    private final ContentCatalog content = ContentCatalog.load();
    private final LogParser parser = LogParser.load();
    private final Interpreter interpreter;
    private final TypedAnswers onboarding = new TypedAnswers(content);
    private final TimeZoneResolver zones = TimeZoneResolver.load();
    private final MessageLanguage languages = new MessageLanguage(content);

    InterpreterEvaluation() {
        GuideCards cards = new GuideCards(content);
        this.interpreter = new Interpreter(content, parser, new QuestionMatcher(content, cards));
    }

    public static void main(String[] args) {
        InterpreterEvaluation evaluation = new InterpreterEvaluation();
        List<String> options = List.of(args);
        evaluation.print("Development corpus", DEV, options.contains("dev-misses"));
        // dev-only: while a new held-out set is being written, nobody tuning the interpreter runs the old one.
        boolean devOnly = options.contains("dev-only");
        if (!devOnly) {
            for (String set : FINAL) {
                evaluation.print("Held-out corpus (never used to change the word lists or the interpreter)",
                        List.of(set), options.contains("final-misses"));
            }
            evaluation.print("Both held-out corpora", FINAL, false);
        }
        evaluation.printSpeed(devOnly);
    }

    /** How long reading a message takes (every message is read), after a warm-up on the same messages. */
    private void printSpeed(boolean devOnly) {
        List<Row> rows = new ArrayList<>();
        DEV.forEach(set -> rows.addAll(read(set)));
        if (!devOnly) {
            FINAL.forEach(set -> rows.addAll(read(set)));
        }
        // A long rambling message too: the interpreter must not slow down on one.
        String rambling = "pumped 15 min, so tired, is that ok? and then she latched, how long should I keep going, "
                .repeat(6);
        rows.add(new Row("en", "en", "none", "-", rambling));
        for (int round = 0; round < 3; round++) {
            rows.forEach(row -> interpreter.read(row.message(), row.parentLanguage()));
        }
        long[] nanos = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            long start = System.nanoTime();
            interpreter.read(rows.get(i).message(), rows.get(i).parentLanguage());
            nanos[i] = System.nanoTime() - start;
        }
        long longest = nanos[nanos.length - 1];
        Arrays.sort(nanos);
        System.out.printf("%n== Speed ==%n%d messages: median %.2f ms, p99 %.2f ms, max %.2f ms; a 540-character "
                + "rambling message %.2f ms%n", nanos.length, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6, longest / 1e6);
    }

    /** The reading the bot gives a message, as the corpus writes it ("log+question"). */
    String reading(Row row) {
        // As the bot does: a flow's question (the setup, a yes or no) is answered unless the message is only what
        // never answers one; the amount and the time of a log are looked for in any message but a command word or
        // one the parent is asked about.
        boolean followUp = List.of("amount", "when").contains(row.context());
        // A feeling alone that holds a setup answer of a few words ("honestly id be happy with just comfort
        // nursing") is the setup's too (TextAnswer, Flow.holdsItsAnswer).
        boolean mayAnswer = followUp ? !commandOrUnsure(row)
                : interpreter.mayAnswer(row.message(), row.parentLanguage())
                || "onboarding".equals(row.context()) && onboarding.holdsAnyAnswer(row.message())
                && interpreter.sharesAFeeling(row.message(), row.parentLanguage());
        if (!"none".equals(row.context()) && mayAnswer
                && answers(row.context(), row.message(), row.parentLanguage())) {
            // As the bot does: the open question takes the message; a question or feeling with it is answered too.
            List<String> kinds = new ArrayList<>(List.of("answer"));
            for (MessageParts.Part aside : interpreter.asidesIn(row.message(), row.parentLanguage())) {
                Interpreter.Kind kind = interpreter.read(aside.text(), row.parentLanguage()).get(0).kind();
                kinds.add(aside.question() ? "question" : kind == Interpreter.Kind.LOG ? "log"
                        : kind == Interpreter.Kind.THANKS ? "thanks" : "feeling");
            }
            return String.join("+", kinds);
        }
        List<String> kinds = new ArrayList<>();
        List<Interpreter.Reading> parts = interpreter.read(row.message(), row.parentLanguage());
        for (int i = 0; i < parts.size(); i++) {
            Interpreter.Reading part = parts.get(i);
            // The open question gets the first look at each part too: "20 ml, is that enough?" answers it first.
            boolean answer = i == 0 && !"none".equals(row.context()) && mayAnswer
                    && answers(row.context(), part.text(), row.parentLanguage());
            kinds.add(answer ? "answer" : part.kind().name().toLowerCase(Locale.ROOT));
        }
        return String.join("+", kinds);
    }

    private boolean commandOrUnsure(Row row) {
        List<Interpreter.Reading> parts = interpreter.read(row.message(), row.parentLanguage());
        return parts.size() == 1 && List.of(Interpreter.Kind.UNDO, Interpreter.Kind.CANCEL, Interpreter.Kind.STOP, Interpreter.Kind.DELETE,
                Interpreter.Kind.UNSURE).contains(parts.get(0).kind());
    }

    private boolean answers(String context, String text, String language) {
        return switch (context) {
            case "confirm" -> onboarding.yesOrNo(text).isPresent();
            case "amount" -> FollowUpHandler.fixesOpenEntry(parser, text, language, ZoneOffset.UTC, NOW,
                    FollowUpHandler.AMOUNT);
            case "when" -> FollowUpHandler.completedLog(parser, "pumped", text, language, ZoneOffset.UTC, NOW)
                    .isPresent() || parser.saysNoTime(text);
            case "onboarding" -> onboarding.answersAnyQuestion(text)
                    || zones.resolve(text, language, NOW).isPresent();
            default -> false;
        };
    }

    private void print(String title, List<String> resources, boolean showMisses) {
        List<Row> rows = new ArrayList<>();
        resources.forEach(resource -> rows.addAll(read(resource)));
        String resource = String.join(" + ", resources);
        Map<String, Tally> byReading = new TreeMap<>();
        int right = 0;
        int questionsLogged = 0;
        int asked = 0;
        int languageRight = 0;
        int languageUnclear = 0;
        Map<String, int[]> byLanguage = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            String got = reading(row);
            boolean ok = got.equals(row.expected());
            right += ok ? 1 : 0;
            int[] language = byLanguage.computeIfAbsent(row.language(), k -> new int[2]);
            language[0]++;
            language[1] += ok ? 1 : 0;
            List<String> expectedKinds = Arrays.asList(row.expected().split("\\+"));
            List<String> gotKinds = Arrays.asList(got.split("\\+"));
            for (String key : List.of("", " " + row.language())) {
                for (String kind : expectedKinds) {
                    Tally tally = byReading.computeIfAbsent(kind + key, k -> new Tally());
                    tally.expected++;
                    if (gotKinds.contains(kind)) {
                        tally.right++;
                    }
                }
                for (String kind : gotKinds) {
                    byReading.computeIfAbsent(kind + key, k -> new Tally()).found++;
                }
            }
            if (expectedKinds.equals(List.of("question")) && gotKinds.contains("log")) {
                questionsLogged++;
            }
            if (gotKinds.contains("unsure")) {
                asked++;
            }
            String detected = languages.of(row.message()).orElse(null);
            if (detected == null) {
                languageUnclear++;
            } else if (detected.equals(row.language())) {
                languageRight++;
            }
            if (!ok) {
                misses.add(String.format("%s/%s %-10s expected %-18s got %-22s %s", row.parentLanguage(),
                        row.language(), row.context(), row.expected(), got, row.message()));
            }
        }
        System.out.printf("%n== %s: %s ==%n", title, resource);
        System.out.printf("all right: %d/%d (%.1f%%); questions read as a log: %d; asked \"log or question?\": %d%n",
                right, rows.size(), 100.0 * right / rows.size(), questionsLogged, asked);
        byLanguage.forEach((language, counts) -> System.out.printf("  written in %s: %d/%d (%.1f%%)%n", language,
                counts[1], counts[0], 100.0 * counts[1] / counts[0]));
        System.out.printf("%-13s %8s %8s %10s %10s   (a reading alone, then by the language written in)%n",
                "reading", "in corpus", "given", "recall", "precision");
        byReading.forEach((kind, tally) -> System.out.printf("%-13s %8d %8d %9.1f%% %9.1f%%%n", kind,
                tally.expected, tally.found, tally.expected == 0 ? 0 : 100.0 * tally.right / tally.expected,
                tally.found == 0 ? 0 : 100.0 * Math.min(tally.right, tally.found) / tally.found));
        long wrongLanguage = rows.size() - languageRight - languageUnclear;
        System.out.printf("language of the message: %d right, %d unclear (the parent's language is used), %d wrong%n",
                languageRight, languageUnclear, wrongLanguage);
        if (showMisses) {
            misses.forEach(System.out::println);
        }
    }

    static List<Row> read(String resource) {
        try (InputStream in = InterpreterEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test classpath");
            }
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
            return lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank()).map(line -> {
                String[] c = line.split("\t", 5);
                return new Row(c[0], c[1], c[2], c[3], c[4]);
            }).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
