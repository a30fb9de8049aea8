package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relactation.bot.guidance.Fixtures.CATALOG;
import static org.relactation.bot.guidance.Fixtures.MATCHER;

class InsteadOfFilterTest {
    private final LanguageAnalyzer english = analyzer("en");
    private final LanguageAnalyzer spanish = analyzer("es");

    private static LanguageAnalyzer analyzer(String language) {
        return LanguageAnalyzer.forSearch(language, List.of(), List.of(), TimeAgoFilter.Vocabulary.NONE,
                ContentLists.commaSeparated(CATALOG.texts(language).get("guide.instead_of")));
    }

    @Test
    void theThingWantedInsteadOfIsAWordOfItsOwnBesideTheThing() {
        String bottle = InsteadOfFilter.PREFIX + "bottl";
        assertThat(english.terms("what can I use instead of a bottle")).contains("bottl", bottle);
        assertThat(english.terms("anything besides bottles")).contains("bottl", bottle);
        assertThat(english.terms("are there alternatives to the bottle")).contains(bottle);
        String biberon = InsteadOfFilter.PREFIX + "biberon";
        assertThat(spanish.terms("qué alternativas hay al biberón")).contains("biberon", biberon);
        assertThat(spanish.terms("con vasito en vez de biberones")).contains(biberon);
        assertThat(spanish.terms("en lugar del biberón")).contains(biberon);
    }

    @Test
    void aBottleNamedWithoutInsteadIsJustABottle() {
        assertThat(english.terms("how do I give a bottle")).noneMatch(term -> term.startsWith(InsteadOfFilter.PREFIX));
        assertThat(spanish.terms("cómo le doy el biberón")).noneMatch(term -> term.startsWith(InsteadOfFilter.PREFIX));
        // Nothing follows the words, or only stop words: nothing is added.
        assertThat(english.terms("is there an alternative")).noneMatch(term -> term.startsWith(InsteadOfFilter.PREFIX));
    }

    @Test
    void aQuestionForSomethingInsteadOfABottleFindsTheCardOnCupsSpoonsAndSyringes() {
        // The card on extra milk says "formula" and "giving" far more often; the card on cups says "instead of a bottle".
        assertThat(MATCHER.match("en", "anything besides a bottle for giving my pumped milk"))
                .map(QuestionMatcher.Match::cardId).contains("cup_feeding");
    }
}
