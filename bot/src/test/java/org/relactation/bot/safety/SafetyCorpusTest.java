package org.relactation.bot.safety;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector on its evaluation corpora, written apart from its word lists: every warning sign in the recall
 * corpus is caught, and at most 1 % of the ordinary messages are flagged. {@link SafetyEvaluation} prints the same
 * figures per sign and language.
 */
class SafetyCorpusTest {
    private static final RedFlagDetector DETECTOR = new RedFlagDetector(ContentCatalog.load());
    private static final SafetyEvaluation.Result RESULT = SafetyEvaluation.evaluate(DETECTOR);

    @Test
    void theCorporaAreLargeAndCoverEverySignInBothLanguages() {
        List<SafetyCorpus.Flagged> recall = SafetyCorpus.recall();
        assertThat(recall).hasSizeGreaterThanOrEqualTo(400);
        assertThat(SafetyCorpus.precision()).hasSizeGreaterThanOrEqualTo(400);
        Set<String> signs = DETECTOR.signs().stream().map(Sign::key).filter(k -> !k.equals("baby_fever_young"))
                .collect(Collectors.toSet());
        for (String language : List.of("en", "es")) {
            assertThat(recall.stream().filter(r -> r.language().equals(language)).map(SafetyCorpus.Flagged::sign)
                    .collect(Collectors.toSet())).as(language).containsAll(signs);
        }
        assertThat(recall).extracting(SafetyCorpus.Flagged::context).contains("log", "question", "onboarding");
        assertThat(recall).anySatisfy(r -> assertThat(r.language()).isNotEqualTo(r.telegram()));
    }

    @Test
    void everyWarningSignOfTheRecallCorpusIsCaught() {
        assertThat(RESULT.recall()).as("evaluated").containsKeys("ALL/en", "ALL/es");
        assertThat(RESULT.misses()).isEmpty();
    }

    @Test
    void almostEveryWarningSignIsCaughtAsItsOwnSign() {
        for (String language : List.of("en", "es")) {
            SafetyEvaluation.Count count = RESULT.recall().get("ALL/" + language);
            assertThat(count.total).as(language + " warning signs evaluated").isGreaterThanOrEqualTo(150);
            assertThat(count.right).as(language + " right sign").isGreaterThanOrEqualTo((int) (count.total * 0.97));
        }
    }

    @Test
    void atMostOnePercentOfOrdinaryMessagesIsFlagged() {
        assertThat(RESULT.precision()).containsOnlyKeys("en", "es");
        RESULT.precision().forEach((language, count) -> {
            assertThat(count.total).as(language + " ordinary messages evaluated").isGreaterThanOrEqualTo(150);
            assertThat(count.caught).as(language + ": " + RESULT.falseAlarms()).isLessThanOrEqualTo(count.total / 100);
        });
    }
}
