package org.relactation.bot.logbook.report;

import org.bson.types.ObjectId;
import org.relactation.bot.logbook.DaySummary;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.logbook.Supplement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

final class ReportFixtures {
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final ExportWriter.Profile PROFILE = new ExportWriter.Profile("relactate", "m3_6", "partial", 8,
            LocalDate.of(2025, 11, 1));

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

    /** Entries on the last two of those days: pumping, nursing, formula, nappies, and two notes. */
    static List<Entry> entries() {
        LocalDate day = LocalDate.of(2025, 11, 29);
        return List.of(
                entry(EntryKind.SESSION, Method.PUMP, 15, 20, day.atTime(9, 30), null, null, null, null),
                entry(EntryKind.SESSION, Method.PUMP, 20, 35, day.atTime(13, 0), null, null, null,
                        "tired but hopeful 💪"),
                entry(EntryKind.SESSION, Method.NURSE, 10, null, day.atTime(16, 0), null, null, null, null),
                entry(EntryKind.SUPPLEMENT, null, null, 90, day.atTime(17, 0), Supplement.FORMULA, null, null, null),
                entry(EntryKind.NAPPIES, null, null, null, day.atTime(18, 0), null, 4, 1, null),
                entry(EntryKind.SESSION, Method.HAND, 10, 5, day.plusDays(1).atTime(21, 40), null, null, null,
                        "first drops by hand!"));
    }

    private static Entry entry(EntryKind kind, Method method, Integer minutes, Integer ml, LocalDateTime at,
                               Supplement supplement, Integer wet, Integer dirty, String note) {
        Instant instant = at.atZone(MADRID).toInstant();
        return new Entry(new ObjectId(), 1, "s" + instant, kind, method, null, minutes, ml, instant, supplement, wet,
                dirty, note, instant);
    }
}
