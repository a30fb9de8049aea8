package org.relactation.bot.rules;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.rules.JavaSource.Literal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * House rules read from the source text: what a parent reads lives in content/, every content key the Java code
 * names exists in every language, and no test times the code it runs.
 */
class SourceRulesTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();

    // ---- No parent-facing sentence is a Java literal ---------------------------------------------------------

    /** Three words or more, two of them with a space between: a sentence, not a key, a code or a single word. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final Pattern LETTER_SPACE_LETTER = Pattern.compile("\\p{L} \\p{L}");

    /** The statement the literal is in reads as one that only an operator or a developer ever sees. */
    private static final Map<String, Pattern> NOT_FOR_PARENTS = Map.of(
            "a log line", Pattern.compile("\\.(trace|debug|info|warn|error)\\s*\\("),
            "an exception message", Pattern.compile("\\bthrow\\b|\\bnew \\w*(Exception|Error|Fault)\\s*\\("),
            "a start-up check's problem (thrown as one exception)", Pattern.compile("\\bproblems\\.add\\s*\\("),
            "an operator metric's description", Pattern.compile("\\.description\\s*\\("),
            "text the bot compares, not writes",
            Pattern.compile("\\.(contains|equals|startsWith|endsWith|matches)\\s*\\($"));

    /** Packages whose every text only an operator reads: settings errors, metrics, log layouts. */
    private static final Set<String> OPERATOR_PACKAGES = Set.of("config/", "operations/", "logging/");

    /** Literals that look like sentences but are not written to a parent; each with the reason. */
    private static final List<Allowed> ALLOWED_SENTENCES = List.of(
            new Allowed("text/TimeReader.java", "(in|at) the \\p{L}+|(de|por) la \\p{L}+",
                    "words the time reader reads ('7 in the morning', 'de la tarde'), never writes"),
            new Allowed("storage/EmbeddedBackend.java", "The embedded database file is closed.*",
                    "the error message the embedded server gives the driver; logged for an operator, never shown"),
            new Allowed("storage/EmbeddedFiles.java", "(?s).*(restore|backup|damaged).*",
                    "how to restore a damaged database file, in the one start-up line an operator reads"),
            new Allowed("app/StartupFailure.java", "(?s).*",
                    "the one line an operator reads when the bot cannot start, printed before (or without) the "
                            + "content catalog; a parent never sees it"));

    private record Allowed(String file, String literal, String reason) {
        boolean covers(Literal literal) {
            return literal.source().relativePath().equals(file) && literal.value().matches(this.literal);
        }
    }

    @Test
    void noParentFacingSentenceIsAJavaLiteral() {
        List<String> sentences = JavaSource.main().stream()
                .filter(source -> OPERATOR_PACKAGES.stream().noneMatch(source.relativePath()::startsWith))
                .flatMap(source -> source.literals().stream())
                .filter(SourceRulesTest::looksLikeASentence)
                .filter(literal -> NOT_FOR_PARENTS.values().stream().noneMatch(p -> p.matcher(literal.before()).find()))
                .filter(literal -> ALLOWED_SENTENCES.stream().noneMatch(allowed -> allowed.covers(literal)))
                .map(literal -> literal.where() + " \"" + literal.value() + "\"")
                .toList();

        assertThat(sentences).as("sentences a parent would read belong in content/en and content/es, by key")
                .isEmpty();
    }

    @Test
    void theSentenceHeuristicCatchesASentenceAndLetsLogsAndErrorsBe() {
        JavaSource source = JavaSource.parse(Path.of("Example.java"), "example/Example.java", """
                class Example {
                    List<Action> handle(Turn turn) {
                        LOG.warn("Update {} could not be saved: {}", id, e.toString()); // "a comment, not a literal"
                        if (text.isBlank()) {
                            throw new IllegalStateException("the text is empty here");
                        }
                        String key = "logbook.reject.several";
                        return List.of(new Action.Reply(turn.chatId(), "Well done, you logged it!", Keyboard.NONE));
                    }
                }
                """);

        assertThat(source.literals()).filteredOn(SourceRulesTest::looksLikeASentence)
                .filteredOn(literal -> NOT_FOR_PARENTS.values().stream()
                        .noneMatch(p -> p.matcher(literal.before()).find()))
                .singleElement().satisfies(literal -> {
                    assertThat(literal.value()).isEqualTo("Well done, you logged it!");
                    assertThat(literal.line()).isEqualTo(8);
                });
    }

    private static boolean looksLikeASentence(Literal literal) {
        return LETTER_SPACE_LETTER.matcher(literal.value()).find()
                && WORD.matcher(literal.value()).results().count() >= 3;
    }

    // ---- Every content key used in Java exists in every language -------------------------------------------

    /** Something shaped like a content key: "logbook.reject.several", "guide.cards." (a prefix), "start". */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)*\\.?");
    /** A literal handed straight to a method that takes a key. */
    private static final Pattern KEY_ARGUMENT = Pattern.compile(
            "(?i)(?:\\b\\w*texts(?:\\([^()]*\\))?|\\bui|\\boperator\\(\\))\\s*\\.\\s*(?:get|has|under)\\s*\\($"
                    + "|\\b(?:reply|notice)\\s*\\($|\\bVariants\\.(?:key|count)\\s*\\(\\s*\\w+\\s*,$");

    /** Literals shaped like keys under a content section that are not content keys; each with the reason. */
    private static final Map<String, String> NOT_KEYS = Map.of(
            "reminders.fixed", "a step name kept in the parent's record (PlanChanges.TYPING_FIXED)",
            "reminders.quiet", "a step name kept in the parent's record (PlanChanges.TYPING_QUIET)");

    @Test
    void everyContentKeyInTheJavaCodeExistsInEveryLanguage() {
        Set<String> sections = sections(CONTENT.texts(CONTENT.fallbackLanguage()));
        Set<String> operatorSections = sections(CONTENT.operator());
        List<Literal> keys = JavaSource.main().stream().flatMap(source -> source.literals().stream())
                .filter(literal -> KEY.matcher(literal.value()).matches())
                .filter(literal -> !NOT_KEYS.containsKey(literal.value()))
                .filter(literal -> sections.contains(section(literal.value()))
                        || operatorSections.contains(section(literal.value()))
                        || KEY_ARGUMENT.matcher(literal.before()).find())
                .toList();
        List<String> missing = new ArrayList<>();
        for (Literal key : keys) {
            String section = section(key.value());
            boolean operator = operatorSections.contains(section) && !sections.contains(section);
            List<Texts> languages = operator ? List.of(CONTENT.operator())
                    : CONTENT.languages().stream().map(CONTENT::texts).toList();
            for (Texts texts : languages) {
                if (!exists(texts, key)) {
                    missing.add(key.where() + " \"" + key.value() + "\"" + (key.concatenated() ? " (a prefix)" : "")
                            + " is not in " + texts.language());
                }
            }
        }

        assertThat(keys).as("the scan finds the keys (a sample)").extracting(Literal::value)
                .contains("logbook.reject.", "guide.cards.", "console.prompt", "reminders.plan.title");
        assertThat(missing).isEmpty();
    }

    @Test
    void aKeyThatNoLanguageHasIsFound() {
        JavaSource source = JavaSource.parse(Path.of("Example.java"), "example/Example.java", """
                class Example {
                    List<Action> handle(Turn turn) {
                        String known = turn.texts().get("logbook.reject.several");
                        String typo = turn.texts().get("logbok.reject.several");
                        return List.of(turn.reply("logbook.reject.severall"), turn.notice("reminders." + "snoozed"));
                    }
                }
                """);
        Set<String> sections = sections(CONTENT.texts("en"));

        assertThat(source.literals())
                .filteredOn(literal -> sections.contains(section(literal.value()))
                        || KEY_ARGUMENT.matcher(literal.before()).find())
                .filteredOn(literal -> !exists(CONTENT.texts("es"), literal))
                .extracting(Literal::value).containsExactly("logbok.reject.several", "logbook.reject.severall");
    }

    /**
     * A key (or, for a family of variants or a list read with {@code under}, a section) in {@code texts}; a literal
     * that {@code +} follows, or that ends in "." or "_", is the fixed start of keys made at run time, and some key
     * must start with it.
     */
    private static boolean exists(Texts texts, Literal key) {
        String value = key.value();
        if (key.concatenated() || value.endsWith(".") || value.endsWith("_")) {
            return !texts.under(value).isEmpty();
        }
        return texts.has(value) || !texts.under(value + ".").isEmpty();
    }

    private static Set<String> sections(Texts texts) {
        return texts.under("").keySet().stream().map(SourceRulesTest::section).collect(Collectors.toSet());
    }

    private static String section(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    // ---- No test times the code it runs --------------------------------------------------------------------

    /** Tests that still measure elapsed time, each with the reason it is allowed for now. */
    private static final Map<String, String> TIMED_TESTS = Map.of();

    /**
     * Speed belongs in the benchmarks (-Pbench, -Psafety, -Pquestions, -Pinterpreter), which print figures: a test
     * that asserts how long something took fails on a busy machine and passes on a slow build.
     */
    @Test
    void noTestMeasuresElapsedTime() {
        List<String> timed = JavaSource.tests().stream()
                .filter(source -> source.relativePath().endsWith("Test.java"))
                .filter(source -> !TIMED_TESTS.containsKey(source.relativePath()))
                .filter(source -> Pattern.compile("System\\s*\\.\\s*nanoTime\\s*\\(|\\bStopwatch\\b|assertTimeout")
                        .matcher(source.code()).find())
                .map(JavaSource::relativePath)
                .toList();

        assertThat(timed).isEmpty();
    }
}
