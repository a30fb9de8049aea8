package org.relactation.bot.logbook;

import org.junit.jupiter.api.Test;
import org.relactation.bot.parent.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Local days from UTC instants: midnight in a non-UTC zone, daylight-saving days, gaps, nights, streaks. */
class DayStatsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static UserProfile parent(int target) {
        return new UserProfile(1, 1, "en", Instant.EPOCH, null, Instant.EPOCH, null, null,
                new UserProfile.Rhythm(target, "07:00", "22:00", true), null, null, null, null, null);
    }

    private static Entry session(ZonedDateTime at, Integer ml) {
        return new Entry(null, 1, "s" + at, EntryKind.SESSION, Method.PUMP, null, 15, ml, at.toInstant(), null,
                null, null, null, at.toInstant());
    }

    private static Entry supplement(ZonedDateTime at, int ml) {
        return new Entry(null, 1, "f" + at, EntryKind.SUPPLEMENT, null, null, null, ml, at.toInstant(),
                Supplement.FORMULA, null, null, null, at.toInstant());
    }

    @Test
    void aSessionJustBeforeLocalMidnightBelongsToThatLocalDayNotToTheUtcDay() {
        // 23:50 in Kolkata is 18:20 UTC the same day; 00:10 the next local day is 18:40 UTC: still the same UTC day.
        LocalDate day = LocalDate.of(2026, 11, 24);
        List<Entry> entries = List.of(session(day.atTime(23, 50).atZone(KOLKATA), 20),
                session(day.plusDays(1).atTime(0, 10).atZone(KOLKATA), 30));

        List<DaySummary> days = DayStats.summarise(entries, parent(8), KOLKATA, day.plusDays(1), 2,
                day.plusDays(1).atTime(12, 0).atZone(KOLKATA).toInstant());

        assertThat(days).extracting(DaySummary::sessions).containsExactly(1, 1);
        assertThat(days).extracting(DaySummary::mlExpressed).containsExactly(20, 30);
        assertThat(days.get(1).nightSession()).isTrue();
        assertThat(days.get(0).nightSession()).isTrue();
    }

    @Test
    void theDaylightSavingDayHas23HoursAndItsGapsAreRealTime() {
        // New York springs forward on 2026-03-08 at 02:00: 01:30 EST to 03:30 EDT is one hour.
        LocalDate day = LocalDate.of(2026, 3, 8);
        List<Entry> entries = List.of(session(day.atTime(1, 30).atZone(NEW_YORK), 10),
                session(day.atTime(3, 30).atZone(NEW_YORK), 10),
                session(day.atTime(23, 30).atZone(NEW_YORK), 10));

        DaySummary summary = DayStats.summarise(entries, parent(8), NEW_YORK, day, 1,
                day.plusDays(1).atTime(8, 0).atZone(NEW_YORK).toInstant()).get(0);

        assertThat(Duration.between(DayStats.startOf(day, NEW_YORK), DayStats.startOf(day.plusDays(1), NEW_YORK)))
                .isEqualTo(Duration.ofHours(23));
        assertThat(summary.sessions()).isEqualTo(3);
        assertThat(summary.longestGap()).isEqualTo(Duration.ofHours(20));
    }

    @Test
    void supplementsAndSupplementerMilkAreNotCountedAsExpressed() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        ZonedDateTime noon = day.atTime(12, 0).atZone(NEW_YORK);
        Entry viaSupplementer = new Entry(null, 1, "sns", EntryKind.SESSION, Method.SUPPLEMENTER, null, 20, 40,
                noon.toInstant(), null, null, null, null, noon.toInstant());
        List<Entry> entries = List.of(session(noon.minusHours(2), 15), viaSupplementer, supplement(noon.plusHours(1), 60));

        DaySummary summary = DayStats.summarise(entries, parent(8), NEW_YORK, day, 1, noon.plusHours(2).toInstant())
                .get(0);

        assertThat(summary.mlExpressed()).isEqualTo(15);
        assertThat(summary.supplementMl()).isEqualTo(100);
        assertThat(summary.sessions()).isEqualTo(2);
    }

    @Test
    void theStreakCountsDaysAtTargetEndingTodayOrYesterday() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        List<Entry> entries = new ArrayList<>();
        for (int back = 1; back <= 3; back++) {
            for (int i = 0; i < 2; i++) {
                entries.add(session(today.minusDays(back).atTime(9 + i, 0).atZone(NEW_YORK), null));
            }
        }
        entries.add(session(today.minusDays(5).atTime(9, 0).atZone(NEW_YORK), null));
        entries.sort(Comparator.comparing(Entry::at));

        List<DaySummary> days = DayStats.summarise(entries, parent(2), NEW_YORK, today, 7,
                today.atTime(8, 0).atZone(NEW_YORK).toInstant());

        assertThat(DayStats.streak(days)).isEqualTo(3);
    }
}
