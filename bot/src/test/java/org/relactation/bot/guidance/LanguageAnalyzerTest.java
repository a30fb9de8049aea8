package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageAnalyzerTest {
    private final LanguageAnalyzer englishSearch = LanguageAnalyzer.forSearch("en", List.of("supplementer"));
    private final LanguageAnalyzer englishPhrases = LanguageAnalyzer.forPhrases("en");
    private final LanguageAnalyzer spanishPhrases = LanguageAnalyzer.forPhrases("es");

    @Test
    void apostrophesOfEveryKindAreOneWord() {
        assertThat(englishPhrases.terms("can't")).isEqualTo(englishPhrases.terms("can’t"))
                .isEqualTo(englishPhrases.terms("cant")).containsExactly("cant");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(spanishPhrases.terms("Pañales mojados")).isEqualTo(spanishPhrases.terms("panales MOJADOS"));
        assertThat(spanishPhrases.terms("escalofríos")).isEqualTo(spanishPhrases.terms("escalofrios"));
    }

    @Test
    void wordsAreStemmed() {
        assertThat(englishPhrases.terms("fevers nappies")).isEqualTo(englishPhrases.terms("fever nappy"));
        assertThat(spanishPhrases.terms("pañal mojado")).isEqualTo(spanishPhrases.terms("pañales mojados"));
    }

    @Test
    void searchDropsQuestionWordsButPhrasesKeepNegations() {
        assertThat(englishSearch.terms("what should I do about no milk")).containsExactly("milk");
        assertThat(englishPhrases.terms("no fever")).containsExactly("no", "fever");
    }

    @Test
    void keepWordsAreNotStemmedTogether() {
        assertThat(englishSearch.terms("supplementer supplements")).containsExactly("supplementer", "supplement");
    }

    @Test
    void tokensKnowWhereTheyWereInTheText() {
        List<LanguageAnalyzer.Token> tokens = englishPhrases.tokens("no, fever");

        assertThat(tokens).extracting(LanguageAnalyzer.Token::term).containsExactly("no", "fever");
        assertThat(tokens.get(1).start()).isEqualTo(4);
    }
}
