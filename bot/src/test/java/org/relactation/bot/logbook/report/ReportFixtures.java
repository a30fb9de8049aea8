package org.relactation.bot.logbook.report;

import org.relactation.bot.logbook.DaySummary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

final class ReportFixtures {
    private ReportFixtures() {
    }

    /** {@code count} days ending on 2025-11-30, with growing sessions and ml and a day with nothing. */
    static List<DaySummary> days(int count) {
        List<DaySummary> days = new ArrayList<>();
        LocalDate last = LocalDate.of(2025, 11, 30);
        for (int i = count - 1; i >= 0; i--) {
            LocalDate day = last.minusDays(i);
            int n = count - i;
            if (n == 3) {
                days.add(new DaySummary(day, 0, 8, 0, 0, null, false, 0, 0, 0));
            } else {
                days.add(new DaySummary(day, 4 + n % 5, 8, 60 + n * 3, n * 4, Duration.ofHours(4), n % 2 == 0,
                        300 - n * 5, 6, n % 3));
            }
        }
        return days;
    }
}
