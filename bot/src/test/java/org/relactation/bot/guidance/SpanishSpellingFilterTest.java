package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;

import static org.assertj.core.api.Assertions.assertThat;

class SpanishSpellingFilterTest {

    @Test
    void wordsSpelledAsTheySoundAreOneWord() {
        assertThat(SpanishSpellingFilter.fold("relactasion")).isEqualTo(SpanishSpellingFilter.fold("relactacion"));
        assertThat(SpanishSpellingFilter.fold("deshidratasion"))
                .isEqualTo(SpanishSpellingFilter.fold("deshidratacion"));
        assertThat(SpanishSpellingFilter.fold("induzir")).isEqualTo(SpanishSpellingFilter.fold("inducir"));
        assertThat(SpanishSpellingFilter.fold("aver")).isEqualTo(SpanishSpellingFilter.fold("haber"));
        assertThat(SpanishSpellingFilter.fold("yamar")).isEqualTo(SpanishSpellingFilter.fold("llamar"));
        // "c" before a, o, u keeps its sound; an "h" inside a word stays.
        assertThat(SpanishSpellingFilter.fold("cuchara")).isEqualTo("cuchara");
    }

    @Test
    void aQuestionSpelledAsItSoundsFindsItsCard() {
        ContentCatalog catalog = ContentCatalog.load();
        QuestionMatcher matcher = new QuestionMatcher(catalog, new GuideCards(catalog));

        assertThat(matcher.match("es", "que es la relactasion")).hasValueSatisfying(
                match -> assertThat(match.cardId()).isEqualTo("what_is_relactation"));
        assertThat(matcher.match("es", "que signos de deshidratasion hay que vigilar en un bebe")).hasValueSatisfying(
                match -> assertThat(match.cardId()).isEqualTo("dehydration"));
    }
}
