package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.logbook.LogParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prints how well typed questions find their topic on the project's own evaluation sets (guidance/questions-*.tsv:
 * questions written apart from the cards' example questions, never added to them): top-1 accuracy per language,
 * how many got "not sure" and how many a wrong card, whether the right topic is among the 3 offered when unsure,
 * facet accuracy, and the time a question takes. {@code dev-misses} and {@code final-misses} list what went
 * wrong (fix the mechanism, never a phrase; the final set is an estimate only while nobody tunes on it);
 * {@code dev-only} leaves the held-out set out entirely; {@code dev-groups} prints the sets tuned on and those kept as a
 * cross-check apart ({@code tuning-misses}: the misses of the first alone); {@code no-speed} skips the timing, for a
 * quick look while tuning. Run with
 * {@code mvn -B -ntp -pl bot -Pquestions verify} (add {@code -Dquestions.args=dev-misses}).
 */
public final class QuestionEvaluation {
    /**
     * Development sets: mistakes here may be looked at to fix a mechanism. questions-dev2.tsv, questions-dev3.tsv,
     * questions-dev4.tsv to questions-dev15.tsv were the held-out sets until their figures were reported; each time
     * a new held-out set, written apart, replaced it.
     */
    static final List<String> DEV = List.of("guidance/questions-dev.tsv", "guidance/questions-dev2.tsv",
            "guidance/questions-dev3.tsv", "guidance/questions-dev4.tsv", "guidance/questions-dev5.tsv",
            "guidance/questions-dev6.tsv", "guidance/questions-dev7.tsv", "guidance/questions-dev8.tsv",
            "guidance/questions-dev9.tsv", "guidance/questions-dev10.tsv", "guidance/questions-dev11.tsv",
            "guidance/questions-dev12.tsv", "guidance/questions-dev13.tsv", "guidance/questions-dev14.tsv",
            "guidance/questions-dev15.tsv");
    /**
     * The development sets tuned on and the ones kept as a cross-check ({@code dev-groups} prints the two apart): a
     * change is kept only when it does not lose on the cross-check, which guards against fitting the tuning sets.
     */
    static final int TUNING_SETS = 9;
    /** Held-out sets, each written apart: two were written at once this round, by writers who did not see each other's. */
    static final List<String> FINAL = List.of("guidance/questions-final.tsv", "guidance/questions-final2.tsv");

    /** One evaluation question: its language, the expected card and (optionally) facet. */
    record Question(String language, String card, String facet, String text) {
    }

    /** The counts of one language. */
    static final class Tally {
        int total;
        int right;
        int notSure;
        int wrong;
        int inClosest;
        int facetTotal;
        int facetRight;

        double accuracy() {
            return total == 0 ? 0 : 100.0 * right / total;
        }
    }

    private QuestionEvaluation() {
    }

    public static void main(String[] args) {
        ContentCatalog catalog = ContentCatalog.load();
        QuestionMatcher matcher = new QuestionMatcher(catalog, new GuideCards(catalog));
        List<String> options = List.of(args);
        print("Development set", DEV, matcher, options.contains("dev-misses"));
        if (options.contains("dev-groups")) {
            print("Development sets tuned on", DEV.subList(0, TUNING_SETS), matcher,
                    options.contains("tuning-misses"));
            print("Development sets kept as a cross-check", DEV.subList(TUNING_SETS, DEV.size()), matcher, false);
        }
        // dev-only: while a new held-out set is being written, nobody tuning the matcher runs the old one.
        boolean devOnly = options.contains("dev-only");
        if (!devOnly) {
            for (String set : FINAL) {
                print("Held-out set (never used to change the cards or the matcher)", List.of(set), matcher,
                        options.contains("final-misses"));
            }
            print("Both held-out sets", FINAL, matcher, false);
        }
        if (!options.contains("no-speed")) {
            printSpeed(matcher, devOnly);
        }
    }

    static List<Question> read(String resource) {
        try (InputStream in = QuestionEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test classpath");
            }
            List<Question> questions = new ArrayList<>();
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                String[] expected = columns[1].strip().split("/", 2);
                questions.add(new Question(columns[0].strip(), expected[0], expected.length > 1 ? expected[1] : null,
                        columns[2].strip()));
            }
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tallies by language (and "all") and the lines describing each miss. */
    record Result(Map<String, Tally> tallies, List<String> misses) {
    }

    static Result evaluate(QuestionMatcher matcher, List<Question> questions) {
        ContentCatalog catalog = ContentCatalog.load();
        GuideCards cards = new GuideCards(catalog);
        Countries countries = new Countries(catalog);
        LogParser parser = LogParser.load();
        Map<String, Tally> tallies = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Question question : questions) {
            // As the bot answers (QuestionHandler): a topic by country takes the country the question names.
            Optional<QuestionMatcher.Match> match = matcher.match(question.language(), question.text(),
                            QuestionHandler.askingClauses(question.text(), question.language(), parser::asks))
                    .map(found -> new QuestionMatcher.Match(found.cardId(), found.score(), found.confidence(),
                            found.language(), QuestionHandler.facetFor(cards, countries, question.text(), null,
                            found)));
            for (String key : List.of(question.language(), "all")) {
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
                tally.total++;
                if (match.isEmpty()) {
                    tally.notSure++;
                    if (matcher.closest(question.language(), question.text(), QuestionHandler.CLOSEST)
                            .contains(question.card())) {
                        tally.inClosest++;
                    }
                } else if (match.get().cardId().equals(question.card())) {
                    tally.right++;
                } else {
                    tally.wrong++;
                }
                if (question.facet() != null && match.isPresent() && match.get().cardId().equals(question.card())) {
                    tally.facetTotal++;
                    if (match.get().facet().filter(question.facet()::equals).isPresent()) {
                        tally.facetRight++;
                    }
                }
            }
            String got = match.map(found -> found.cardId() + found.facet().map(facet -> "/" + facet).orElse("")
                    + String.format(" (%.2f)", found.confidence())).orElse("not sure");
            String expected = question.card() + (question.facet() == null ? "" : "/" + question.facet());
            boolean cardRight = match.isPresent() && match.get().cardId().equals(question.card());
            boolean facetRight = question.facet() == null
                    || match.flatMap(QuestionMatcher.Match::facet).filter(question.facet()::equals).isPresent();
            if (!cardRight || !facetRight) {
                misses.add(String.format("%s  expected %-32s got %-36s %s", question.language(), expected, got,
                        question.text()));
            }
        }
        return new Result(tallies, misses);
    }

    private static void print(String title, List<String> resources, QuestionMatcher matcher, boolean showMisses) {
        List<Question> questions = new ArrayList<>();
        resources.forEach(resource -> questions.addAll(read(resource)));
        String resource = String.join(" + ", resources);
        Result result = evaluate(matcher, questions);
        System.out.printf("%n== %s: %s ==%n", title, resource);
        System.out.printf("%-5s %6s %9s %9s %7s %16s %10s%n", "lang", "total", "top-1", "not sure", "wrong",
                "unsure, in top 3", "facets");
        result.tallies().forEach((language, tally) -> System.out.printf("%-5s %6d %8.1f%% %9d %7d %16s %10s%n",
                language, tally.total, tally.accuracy(), tally.notSure, tally.wrong,
                tally.inClosest + "/" + tally.notSure, tally.facetRight + "/" + tally.facetTotal));
        if (showMisses) {
            result.misses().forEach(System.out::println);
        }
    }

    /** Timed rounds after the warm-up: each question's own cost is its fastest round. */
    static final int TIMED_ROUNDS = 5;

    /**
     * How long a question takes (as the bot asks it: with its asking clauses), after a warm-up on the same
     * questions: over every timed round, which includes whatever else the machine is doing, and each question's
     * fastest round, its own cost without the machine's pauses.
     */
    private static void printSpeed(QuestionMatcher matcher, boolean devOnly) {
        List<Question> questions = new ArrayList<>();
        DEV.forEach(set -> questions.addAll(read(set)));
        if (!devOnly) {
            FINAL.forEach(set -> questions.addAll(read(set)));
        }
        LogParser parser = LogParser.load();
        List<String> asking = questions.stream()
                .map(question -> QuestionHandler.askingClauses(question.text(), question.language(), parser::asks))
                .toList();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < questions.size(); i++) {
                matcher.match(questions.get(i).language(), questions.get(i).text(), asking.get(i));
            }
        }
        long[] nanos = new long[questions.size() * TIMED_ROUNDS];
        long[] fastest = new long[questions.size()];
        Arrays.fill(fastest, Long.MAX_VALUE);
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (int i = 0; i < questions.size(); i++) {
                long start = System.nanoTime();
                matcher.match(questions.get(i).language(), questions.get(i).text(), asking.get(i));
                long took = System.nanoTime() - start;
                nanos[round * questions.size() + i] = took;
                fastest[i] = Math.min(fastest[i], took);
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(fastest);
        System.out.printf("%n== Speed ==%n%d questions x %d rounds: median %.2f ms, p99 %.2f ms, max %.2f ms per question"
                        + "%nEach question's fastest round: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                questions.size(), TIMED_ROUNDS, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6, fastest[fastest.length / 2] / 1e6,
                fastest[(int) (fastest.length * 0.99)] / 1e6, fastest[fastest.length - 1] / 1e6);
    }
}
