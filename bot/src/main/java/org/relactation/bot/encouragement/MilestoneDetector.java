package org.relactation.bot.encouragement;

import org.relactation.bot.logbook.DaySummary;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.Method;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which milestones a newly stored entry reaches, from the parent's local days. Pure: whether each was already
 * celebrated is for {@link MilestoneStore} to say.
 */
final class MilestoneDetector {
    /** Today and the 60 days before: enough for a 30-day streak, and the span a record is measured over. */
    static final int WINDOW_DAYS = 61;
    static final int SESSIONS = 100;
    /** Earlier days with supplement logged before a lowest day means something. */
    static final int SUPPLEMENT_HISTORY = 3;
    private static final Map<Milestone, Integer> STREAKS = Map.of(Milestone.STREAK_3, 3, Milestone.STREAK_7, 7,
            Milestone.STREAK_14, 14, Milestone.STREAK_30, 30);

    private MilestoneDetector() {
    }

    /**
     * @param entry         the entry just stored
     * @param entryDay      its local day
     * @param days          the last {@link #WINDOW_DAYS} local days including the entry, oldest first, today last
     * @param sessionsTotal every session the parent has logged, this one included
     */
    static List<Reached> detect(Entry entry, LocalDate entryDay, List<DaySummary> days, long sessionsTotal) {
        List<Reached> reached = new ArrayList<>();
        reached.add(Reached.of(Milestone.FIRST_LOG));
        DaySummary today = days.get(days.size() - 1);
        if (expressed(entry) && days.stream().noneMatch(d -> d.day().isBefore(entryDay) && d.mlExpressed() > 0)) {
            reached.add(Reached.of(Milestone.FIRST_DROPS));
        }
        if (entry.isSession()) {
            days.stream().filter(d -> d.day().equals(entryDay) && d.metTarget()).findFirst().ifPresent(d ->
                    reached.add(new Reached(Milestone.FIRST_TARGET_DAY, Map.of("target", d.target()))));
            int streak = sessionStreak(days);
            STREAKS.entrySet().stream().filter(s -> streak >= s.getValue())
                    .sorted(Map.Entry.comparingByValue())
                    .forEach(s -> reached.add(new Reached(s.getKey(), Map.of("days", s.getValue()))));
            if (sessionsTotal >= SESSIONS) {
                reached.add(new Reached(Milestone.SESSIONS_100, Map.of("count", SESSIONS)));
            }
        }
        if (expressed(entry) && entryDay.equals(today.day())) {
            int best = days.subList(0, days.size() - 1).stream().mapToInt(DaySummary::mlExpressed).max().orElse(0);
            if (best > 0 && today.mlExpressed() > best) {
                reached.add(new Reached(Milestone.MILK_RECORD, Map.of("ml", today.mlExpressed())));
            }
        }
        lowestSupplement(days).ifPresent(reached::add);
        return reached;
    }

    /** Local days in a row with at least one session, ending today (or yesterday while today has none yet). */
    static int sessionStreak(List<DaySummary> days) {
        int i = days.size() - 1;
        if (days.get(i).sessions() == 0) {
            i--;
        }
        int streak = 0;
        for (; i >= 0 && days.get(i).sessions() > 0; i--) {
            streak++;
        }
        return streak;
    }

    /**
     * Yesterday (a finished day) with less supplement than any earlier day that had some. A day with none logged
     * is not counted: it may be a day off logging rather than a day without supplement.
     */
    static Optional<Reached> lowestSupplement(List<DaySummary> days) {
        if (days.size() < 2) {
            return Optional.empty();
        }
        DaySummary yesterday = days.get(days.size() - 2);
        List<DaySummary> earlier = days.subList(0, days.size() - 2).stream().filter(d -> d.supplementMl() > 0)
                .toList();
        if (yesterday.supplementMl() == 0 || earlier.size() < SUPPLEMENT_HISTORY
                || earlier.stream().anyMatch(d -> d.supplementMl() <= yesterday.supplementMl())) {
            return Optional.empty();
        }
        return Optional.of(new Reached(Milestone.SUPPLEMENT_RECORD, Map.of("ml", yesterday.supplementMl())));
    }

    /** A session with milk expressed (through a supplementer the ml are milk given, not expressed). */
    private static boolean expressed(Entry entry) {
        return entry.isSession() && entry.ml() != null && entry.ml() > 0 && entry.method() != Method.SUPPLEMENTER;
    }
}
