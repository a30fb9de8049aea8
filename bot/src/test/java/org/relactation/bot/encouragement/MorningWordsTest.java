package org.relactation.bot.encouragement;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.DaySummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The morning note's words: numbers on a usual day, gentle words after an empty or lighter one, daily variety. */
class MorningWordsTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();
    private static final Texts EN = CONTENT.texts("en");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final MorningWords words = new MorningWords();

    /** 15 days ending today: {@code sessions}/{@code ml} on the 13 days before yesterday, then yesterday, today. */
    private static List<DaySummary> fortnight(LocalDate today, int sessions, int ml, int yesterdaySessions,
                                              int yesterdayMl) {
        List<DaySummary> days = new ArrayList<>();
        for (int i = 14; i >= 2; i--) {
            days.add(day(today.minusDays(i), sessions, ml));
        }
        days.add(day(today.minusDays(1), yesterdaySessions, yesterdayMl));
        days.add(day(today, 0, 0));
        return days;
    }

    private static DaySummary day(LocalDate date, int sessions, int ml) {
        return new DaySummary(date, sessions, 8, sessions * 15, ml, null, false, 0, 0, 0);
    }

    private static List<String> family(Texts texts, String family) {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= Variants.count(texts, family); i++) {
            all.add(texts.get(family + "." + i));
        }
        return all;
    }

    @Test
    void aUsualDayGivesYesterdaysOwnNumbers() {
        List<String> lines = words.lines(1, EN, fortnight(TODAY, 6, 50, 6, 45));

        assertThat(MorningWords.yesterday(fortnight(TODAY, 6, 50, 6, 45))).isEqualTo(MorningWords.Yesterday.USUAL);
        assertThat(lines.get(0)).startsWith("Good morning");
        assertThat(lines).contains("Yesterday you did 6 of 8 sessions and expressed 45 ml.");
        assertThat(lines.get(lines.size() - 1)).isIn(family(EN, "encouragement.morning.close"));
    }

    @Test
    void anEmptyDayGetsGentleWordsAndNoNumbers() {
        List<DaySummary> days = fortnight(TODAY, 6, 50, 0, 0);

        List<String> lines = words.lines(1, EN, days);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isIn(family(EN, "encouragement.morning.empty")).doesNotContainPattern("\\d");
    }

    @Test
    void aClearlyLighterDayGetsGentleWordsInsteadOfNumbers() {
        assertThat(MorningWords.yesterday(fortnight(TODAY, 8, 60, 5, 50))).as("fewer sessions")
                .isEqualTo(MorningWords.Yesterday.LIGHTER);
        assertThat(MorningWords.yesterday(fortnight(TODAY, 6, 60, 6, 40))).as("less milk")
                .isEqualTo(MorningWords.Yesterday.LIGHTER);
        assertThat(MorningWords.yesterday(fortnight(TODAY, 6, 60, 5, 50))).as("a little less is a usual day")
                .isEqualTo(MorningWords.Yesterday.USUAL);
        assertThat(MorningWords.yesterday(fortnight(TODAY, 0, 0, 1, 5))).as("no history to compare with")
                .isEqualTo(MorningWords.Yesterday.USUAL);

        List<String> lines = words.lines(1, EN, fortnight(TODAY, 8, 60, 5, 50));

        assertThat(lines.get(1)).isIn(family(EN, "encouragement.morning.lighter"));
        assertThat(String.join("\n", lines)).doesNotContain("Yesterday you did").doesNotContain("50 ml");
    }

    @Test
    void theSameParentNeverReadsTheSameGentleWordsTwoDaysRunning() {
        for (long parent : new long[] {1, 2, 77, 123_456_789}) {
            String previous = null;
            for (int day = 0; day < 30; day++) {
                LocalDate today = TODAY.plusDays(day);
                for (String language : CONTENT.languages()) {
                    List<String> lines = words.lines(parent, CONTENT.texts(language), fortnight(today, 6, 50, 0, 0));
                    assertThat(lines).hasSize(2);
                }
                String gentle = words.lines(parent, EN, fortnight(today, 6, 50, 0, 0)).get(1);
                assertThat(gentle).as("parent %d, day %s", parent, today).isNotEqualTo(previous);
                previous = gentle;
            }
        }
    }
}
