package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relactation.bot.guidance.Fixtures.CATALOG;
import static org.relactation.bot.guidance.Fixtures.MATCHER;

class TimeAgoFilterTest {
    private final LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of(), List.of(),
            TimeAgoFilter.Vocabulary.of(CATALOG.texts("es")));
    private final LanguageAnalyzer english = LanguageAnalyzer.forSearch("en", List.of(), List.of(),
            TimeAgoFilter.Vocabulary.of(CATALOG.texts("en")));

    @Test
    void daysAndWeeksAgoAreRecentAndMonthsOrYearsAgoLong() {
        assertThat(spanish.terms("hace 3 semanas")).contains(TimeAgoFilter.RECENT).doesNotContain("3");
        assertThat(spanish.terms("hace un mes")).contains(TimeAgoFilter.RECENT);
        assertThat(spanish.terms("hace como 8 meses")).contains(TimeAgoFilter.LONG_AGO).doesNotContain("8");
        assertThat(spanish.terms("hace dos años")).contains(TimeAgoFilter.LONG_AGO);
        assertThat(english.terms("10 days ago")).contains(TimeAgoFilter.RECENT);
        assertThat(english.terms("a couple of months ago")).contains(TimeAgoFilter.LONG_AGO);
    }

    @Test
    void aUnitAloneCountsTwoInThePlural() {
        assertThat(spanish.terms("hace meses")).contains(TimeAgoFilter.LONG_AGO);
        assertThat(spanish.terms("hace días")).contains(TimeAgoFilter.RECENT);
        assertThat(english.terms("weeks ago")).contains(TimeAgoFilter.RECENT);
        assertThat(english.terms("years ago")).contains(TimeAgoFilter.LONG_AGO);
    }

    @Test
    void aNumberAndUnitThatSayNoTimeAgoStayAsTheyAre() {
        assertThat(spanish.terms("tiene 9 meses")).isEqualTo(LanguageAnalyzer.forSearch("es", List.of())
                .terms("tiene 9 meses"));
        assertThat(spanish.terms("hace falta pesarlo cada semana")).doesNotContain(TimeAgoFilter.RECENT);
        assertThat(english.terms("pumping for 3 weeks")).doesNotContain(TimeAgoFilter.RECENT);
    }

    @Test
    void milkThatStoppedWeeksAgoIsWhatToExpectAndMonthsAgoALongGap() {
        // Both share "dejé hace" and "cuánto tarda en volver"; only the length of time tells them apart.
        assertThat(MATCHER.match("es", "lo dejé hace dos semanas, cuánto tarda en volver la leche"))
                .map(QuestionMatcher.Match::cardId).contains("expectations");
        assertThat(MATCHER.match("es", "lo dejé hace 10 meses, cuánto tarda en volver la leche"))
                .map(QuestionMatcher.Match::cardId).contains("long_gap");
        assertThat(MATCHER.match("en", "i stopped 2 weeks ago, how long until my milk comes back"))
                .map(QuestionMatcher.Match::cardId).contains("expectations");
        assertThat(MATCHER.match("en", "i stopped 10 months ago, how long until my milk comes back"))
                .map(QuestionMatcher.Match::cardId).contains("long_gap");
    }
}
