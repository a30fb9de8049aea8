package org.relactation.bot.logbook;

import org.relactation.bot.parent.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums a parent's entries into local days: what /today, /week, /stats, the chart and "what next?" show.
 * Days are the parent's own calendar days, so a day across a daylight-saving change has 23 or 25 hours.
 */
public final class DayStats {
    static final LocalTime DEFAULT_WAKE = LocalTime.of(7, 0);
    static final LocalTime DEFAULT_SLEEP = LocalTime.of(22, 0);

    private DayStats() {
    }

    /** The instant a local day starts in {@code zone}. */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * Summaries for {@code days} consecutive local days ending with {@code last}, oldest first.
     *
     * @param entries every entry from at least one day before the first day up to the end of {@code last}, oldest
     *                first
     */
    public static List<DaySummary> summarise(List<Entry> entries, UserProfile user, ZoneId zone, LocalDate last,
                                             int days, Instant now) {
        LocalTime wake = wakeOf(user);
        LocalTime sleep = sleepOf(user);
        List<DaySummary> summaries = new ArrayList<>(days);
        // One pass over the entries (oldest first), however many days: a log sums up 61 of them for milestones.
        int first = 0;
        Instant previous = null;
        for (LocalDate day = last.minusDays(days - 1L); !day.isAfter(last); day = day.plusDays(1)) {
            Instant from = startOf(day, zone);
            for (; first < entries.size() && entries.get(first).at().isBefore(from); first++) {
                if (entries.get(first).isSession()) {
                    previous = entries.get(first).at();
                }
            }
            summaries.add(summarise(entries, first, previous, user, zone, day, wake, sleep, now));
        }
        return summaries;
    }

    /** One day, from the entry at {@code first}; {@code previous} is the latest session before the day. */
    private static DaySummary summarise(List<Entry> entries, int first, Instant previous, UserProfile user,
                                        ZoneId zone, LocalDate day, LocalTime wake, LocalTime sleep, Instant now) {
        Instant from = startOf(day, zone);
        Instant to = startOf(day.plusDays(1), zone);
        int sessions = 0;
        int minutes = 0;
        int ml = 0;
        int supplement = 0;
        int wet = 0;
        int dirty = 0;
        boolean night = false;
        Duration longest = null;
        for (Entry entry : entries.subList(first, entries.size())) {
            if (!entry.at().isBefore(to)) {
                break;
            }
            switch (entry.kind()) {
                case SESSION -> {
                    sessions++;
                    minutes += entry.minutes() == null ? 0 : entry.minutes();
                    int amount = entry.ml() == null ? 0 : entry.ml();
                    // Through an at-breast supplementer the ml are milk given, not milk expressed.
                    if (entry.method() == Method.SUPPLEMENTER) {
                        supplement += amount;
                    } else {
                        ml += amount;
                    }
                    night |= !awake(ZonedDateTime.ofInstant(entry.at(), zone).toLocalTime(), wake, sleep);
                    if (previous != null) {
                        longest = max(longest, Duration.between(previous, entry.at()));
                    }
                    previous = entry.at();
                }
                case SUPPLEMENT -> supplement += entry.ml() == null ? 0 : entry.ml();
                case NAPPIES -> {
                    wet += entry.wet() == null ? 0 : entry.wet();
                    dirty += entry.dirty() == null ? 0 : entry.dirty();
                }
                case WEIGHT -> {
                    // a weight is no part of a day's totals: it is listed, exported and printed as it is
                }
            }
        }
        if (previous != null && sessions > 0 && now.isAfter(from) && now.isBefore(to)) {
            longest = max(longest, Duration.between(previous, now));
        }
        return new DaySummary(day, sessions, user.sessionsTarget(), minutes, ml, sessions == 0 ? null : longest,
                night, supplement, wet, dirty);
    }

    /** Days in a row, ending today (if already met) or yesterday, on which the target was met. */
    public static int streak(List<DaySummary> days) {
        int streak = 0;
        for (int i = days.size() - 1; i >= 0; i--) {
            DaySummary day = days.get(i);
            if (day.metTarget()) {
                streak++;
            } else if (i != days.size() - 1) {
                break;
            }
        }
        return streak;
    }

    /** When the parent's day starts (their waking hours, or 07:00). */
    public static LocalTime wakeOf(UserProfile user) {
        return time(user.rhythm().wakeFrom(), DEFAULT_WAKE);
    }

    /** When the parent's day ends (their waking hours, or 22:00). */
    public static LocalTime sleepOf(UserProfile user) {
        return time(user.rhythm().wakeTo(), DEFAULT_SLEEP);
    }

    public static boolean awake(LocalTime time, LocalTime wake, LocalTime sleep) {
        // A day that ends after midnight (8:00–0:00) wraps around.
        return wake.isBefore(sleep) ? !time.isBefore(wake) && time.isBefore(sleep)
                : !time.isBefore(wake) || time.isBefore(sleep);
    }

    /**
     * The stored "HH:mm" read directly (it is read for every day summed, and {@link LocalTime#parse} is a formatter's
     * whole machinery); any other form through {@link LocalTime#parse}.
     */
    private static LocalTime time(String text, LocalTime fallback) {
        if (text == null) {
            return fallback;
        }
        if (text.length() == 5 && text.charAt(2) == ':' && digits(text, 0) && digits(text, 3)) {
            return LocalTime.of((text.charAt(0) - '0') * 10 + text.charAt(1) - '0',
                    (text.charAt(3) - '0') * 10 + text.charAt(4) - '0');
        }
        return LocalTime.parse(text);
    }

    private static boolean digits(String text, int at) {
        return text.charAt(at) >= '0' && text.charAt(at) <= '9' && text.charAt(at + 1) >= '0'
                && text.charAt(at + 1) <= '9';
    }

    private static Duration max(Duration a, Duration b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }
}
