package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageAnalyzerTest {
    private final LanguageAnalyzer englishSearch = LanguageAnalyzer.forSearch("en", List.of("supplementer"));
    private final LanguageAnalyzer spanishSearch = LanguageAnalyzer.forSearch("es", List.of());

    @Test
    void apostrophesOfEveryKindAreOneWord() {
        assertThat(englishSearch.terms("baby's")).isEqualTo(englishSearch.terms("baby’s"))
                .isEqualTo(englishSearch.terms("babys")).hasSize(1);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(spanishSearch.terms("Pañales mojados")).isEqualTo(spanishSearch.terms("panales MOJADOS"));
        assertThat(spanishSearch.terms("escalofríos")).isEqualTo(spanishSearch.terms("escalofrios"));
    }

    @Test
    void wordsAreStemmed() {
        assertThat(englishSearch.terms("fevers nappies")).isEqualTo(englishSearch.terms("fever nappy"));
        assertThat(spanishSearch.terms("pañal mojado")).isEqualTo(spanishSearch.terms("pañales mojados"));
    }

    @Test
    void searchDropsQuestionWords() {
        assertThat(englishSearch.terms("what should I do about no milk")).containsExactly("milk");
    }

    @Test
    void keepWordsAreNotStemmedTogether() {
        assertThat(englishSearch.terms("supplementer supplements")).containsExactly("supplementer", "supplement");
    }

    @Test
    void tokensKnowWhereTheyWereInTheText() {
        List<LanguageAnalyzer.Token> tokens = englishSearch.tokens("milk, fever");

        assertThat(tokens).extracting(LanguageAnalyzer.Token::term).containsExactly("milk", "fever");
        assertThat(tokens.get(1).start()).isEqualTo(6);
    }

    @Test
    void chatSpellingsOfStopWordsAreStopWordsToo() {
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of(), List.of("q", "x", "xq"),
                TimeAgoFilter.Vocabulary.NONE);
        assertThat(spanish.terms("x q no me sale leche, q hago")).isEqualTo(spanish.terms("no me sale leche, hago"))
                .doesNotContain("q");
        assertThat(spanish.terms("xq llora")).isEqualTo(spanish.terms("porque llora"));
    }

    @Test
    void aPhraseOfStopWordsThatAsksBecomesItsWord() {
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of(), List.of("q", "x"),
                TimeAgoFilter.Vocabulary.NONE).withAskingPhrases("por que, x q, a que se debe => causa");
        assertThat(spanish.terms("¿Por qué tengo poca leche?")).isEqualTo(spanish.terms("causa tengo poca leche"))
                .isEqualTo(spanish.terms("x q tengo poca leche")).contains("caus");
        assertThat(spanish.terms("me bajó la leche, a qué se debe")).isEqualTo(spanish.terms("me bajó la leche, causa"));
        // Without the phrase, its words are stop words as before ("que" alone asks nothing).
        assertThat(spanish.terms("que tengo poca leche")).isEqualTo(spanishSearch.terms("tengo poca leche"));
        assertThat(spanish.withAskingPhrases(" ")).isSameAs(spanish);
    }

    @Test
    void theShippedChatSpellingsLeaveAQuestionAsSureAsItsWordsWritten() {
        // "q" was a word that says little about a topic: it counted against how much of the question a card explains.
        assertThat(Fixtures.MATCHER.scoring("es", "cada cuanto tengo q sacarme leche"))
                .isEqualTo(Fixtures.MATCHER.scoring("es", "cada cuanto tengo que sacarme leche"));
    }

    @Test
    void theStopWordsTakenOffLucenesSpanishListAreSearchedFor() {
        // "fuera" (out of the fridge) and "estados" (Estados Unidos) were meant to be searched for, but stayed stop
        // words: "fuera de la heladera" was just "heladera", and every fridge was room temperature too.
        assertThat(spanishSearch.terms("fuera de la heladera")).hasSize(2);
        assertThat(spanishSearch.terms("Estados Unidos")).hasSize(2);
    }

    @Test
    void oneAgainstTheOtherAndBothAreSearchedFor() {
        assertThat(spanishSearch.terms("un pecho y el otro")).hasSize(2);
        assertThat(spanishSearch.terms("ambas")).hasSize(1);
        assertThat(englishSearch.terms("both")).hasSize(1);
        // "both" was a stop word: all that was left was breastfeeding and a son, the card on the baby's age.
        assertThat(Fixtures.MATCHER.match("en", "can we both breastfeed our son")).map(QuestionMatcher.Match::cardId)
                .contains("co_lactation");
    }
}
