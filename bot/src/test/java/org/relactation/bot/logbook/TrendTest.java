package org.relactation.bot.logbook;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Trends compare like with like: finished days from the parent's first day, as many after as before. */
class TrendTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /** Days ending today, with these ml expressed, oldest first. */
    private static List<DaySummary> days(int... ml) {
        List<DaySummary> days = new ArrayList<>();
        for (int i = 0; i < ml.length; i++) {
            days.add(new DaySummary(TODAY.minusDays(ml.length - 1L - i), 1, 8, 0, ml[i], null, false, 0, 0, 0));
        }
        return days;
    }

    @Test
    void noTrendBeforeTwoFinishedDays() {
        // Day two: 30 ml yesterday, 65 ml today so far. Nothing to compare yet: no "0 → 10".
        assertThat(Trend.of(days(30, 65), DaySummary::mlExpressed, 3)).isEmpty();
        assertThat(Trend.of(days(65), DaySummary::mlExpressed, 3)).isEmpty();
    }

    @Test
    void yesterdayAgainstTheDayBeforeWithWhatWasLogged() {
        Trend.Change change = Trend.of(days(30, 65, 5), DaySummary::mlExpressed, 3).orElseThrow();

        assertThat(change).isEqualTo(new Trend.Change(Trend.UP, 1, 30, 65));
        assertThat(change.span(ContentCatalog.load().texts("en"))).isEqualTo("yesterday against the day before");
    }

    @Test
    void asManyDaysAfterAsBeforeUpToTheWindow() {
        // Five finished days: two against two (the oldest left out), never three against two.
        assertThat(Trend.of(days(100, 10, 20, 40, 60, 0), DaySummary::mlExpressed, 3).orElseThrow())
                .isEqualTo(new Trend.Change(Trend.UP, 2, 15, 50));
        // Seven finished days: three against three.
        assertThat(Trend.of(days(1, 90, 90, 90, 30, 30, 30, 0), DaySummary::mlExpressed, 3).orElseThrow())
                .isEqualTo(new Trend.Change(Trend.DOWN, 3, 90, 30));
        assertThat(Trend.of(days(1, 90, 90, 90, 30, 30, 30, 0), DaySummary::mlExpressed, 3).orElseThrow()
                .span(ContentCatalog.load().texts("es")))
                .isEqualTo("los últimos 3 días completos frente a los 3 anteriores");
    }

    @Test
    void nothingLoggedIsNoChange() {
        Trend.Change change = Trend.of(days(0, 0, 0), DaySummary::mlExpressed, 3).orElseThrow();

        assertThat(change.direction()).isEqualTo(Trend.FLAT);
        assertThat(change.nothing()).isTrue();
    }
}
