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
}
