package org.relactation.bot.logbook;

import com.mongodb.MongoException;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.relactation.bot.parent.UserProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parent's last local days for the milestones of a log (streaks, records, a hundred sessions), without reading
 * two months of entries on every log. The last {@link #FULL_DAYS} days are summed from their entries; an older,
 * settled day's totals are kept in the day list of the UTC day its local day starts in (by local day: a day of a
 * clock change may start in the same UTC day as the next one), with the zone and the
 * revisions of the (one or two) UTC days it overlaps. Every change to a day list or to one of its entries moves
 * its revision on ({@link EntryDays}), so kept totals are taken only while nothing they were summed from changed;
 * otherwise the day is summed from its entries again and its totals kept anew.
 *
 * <p>A day that no list covers has nothing logged and needs nothing kept. Totals are kept (all of a log's in one
 * write) only when every listed entry was found on the day that lists it: a day whose move or insert is
 * under way, or whose list holds an id left by a crash, is summed from its entries each time. They are read and
 * kept while handling the parent's own update, so no other change of the same parent runs at the same time.
 */
final class DayTotals {
    /** The last days summed from their entries (today, yesterday, the day before): where late logs and fixes land. */
    static final int FULL_DAYS = 3;

    private final EntryDays days;

    DayTotals(EntryDays days) {
        this.days = days;
    }

    /**
     * Summaries of the {@code count} local days ending with {@code today}, oldest first. The last
     * {@link #FULL_DAYS} are complete; the older ones carry totals only (no longest gap, no night session).
     */
    List<DaySummary> days(UserProfile user, ZoneId zone, LocalDate today, int count, Instant now) {
        long userId = user.userId();
        int full = Math.min(count, FULL_DAYS);
        LocalDate first = today.minusDays(count - 1L);
        LocalDate firstFull = today.minusDays(full - 1L);
        // One day more for the full days, so the first one's longest gap counts from the session before it.
        Instant fullFrom = DayStats.startOf(firstFull.minusDays(1), zone);
        Instant to = DayStats.startOf(today.plusDays(1), zone);
        Instant from = DayStats.startOf(first, zone);
        Map<LocalDate, Document> lists = days.read(userId, utcDay(from.isBefore(fullFrom) ? from : fullFrom),
                utcDay(to.minusMillis(1)));

        Set<LocalDate> needed = new LinkedHashSet<>();
        for (LocalDate day = utcDay(fullFrom); !day.isAfter(utcDay(to.minusMillis(1))); day = day.plusDays(1)) {
            needed.add(day);
        }
        List<LocalDate> unsummed = new ArrayList<>();
        DaySummary[] settled = new DaySummary[count - full];
        for (int i = 0; i < settled.length; i++) {
            LocalDate day = first.plusDays(i);
            Span span = Span.of(day, zone);
            settled[i] = span.listed(lists) ? kept(lists, span, user, zone)
                    : totalsOnly(DayStats.summarise(List.of(), user, zone, day, 1, now).get(0)); // nothing logged
            if (settled[i] == null) {
                unsummed.add(day);
                needed.add(span.first());
                needed.add(span.last());
            }
        }

        List<Document> neededLists = new ArrayList<>();
        for (LocalDate day : needed) {
            neededLists.add(lists.get(day));
        }
        List<Entry> found = new ArrayList<>();
        for (Entry entry : days.entries(neededLists)) {
            if (entry.userId() == userId) {
                found.add(entry);
            }
        }
        found.sort(Comparator.comparing(Entry::at).thenComparing(Entry::id));
        Map<ObjectId, Entry> byId = new HashMap<>();
        found.forEach(entry -> byId.put(entry.id(), entry));

        Map<LocalDate, Map<LocalDate, Document>> toKeep = new HashMap<>();
        for (LocalDate day : unsummed) {
            Span span = Span.of(day, zone);
            DaySummary summed = DayStats.summarise(within(found, span.from(), span.to()), user, zone, day, 1, now)
                    .get(0);
            settled[(int) (day.toEpochDay() - first.toEpochDay())] = totalsOnly(summed);
            if (complete(lists, span, byId)) {
                toKeep.computeIfAbsent(span.first(), utc -> new HashMap<>())
                        .put(day, totals(lists, span, zone, summed));
            }
        }
        // The days before the full ones are read from their kept totals from now on: their copies can go.
        Set<LocalDate> settledCopies = new HashSet<>();
        lists.forEach((day, list) -> {
            if (day.isBefore(utcDay(fullFrom)) && EntryDays.hasCopies(list)) {
                settledCopies.add(day);
            }
        });
        keep(userId, toKeep, settledCopies);
        List<DaySummary> summaries = new ArrayList<>(List.of(settled));
        summaries.addAll(DayStats.summarise(within(found, fullFrom, to), user, zone, today, full, now));
        return summaries;
    }

    /** The totals kept for this local day, if they were summed from exactly what the day's lists hold now. */
    private static DaySummary kept(Map<LocalDate, Document> lists, Span span, UserProfile user, ZoneId zone) {
        Document list = lists.get(span.first());
        BsonDocument totals = EntryDays.kept(list, span.day());
        if (totals == null || !zone.getId().equals(totals.getString("zone").getValue())
                || totals.getNumber("r1").longValue() != EntryDays.revision(list)
                || totals.getNumber("r2").longValue() != EntryDays.revision(lists.get(span.last()))) {
            return null;
        }
        return new DaySummary(span.day(), count(totals, "sessions"), user.sessionsTarget(), count(totals, "minutes"),
                count(totals, "ml"), null, false, count(totals, "supplement"), count(totals, "wet"),
                count(totals, "dirty"));
    }

    private static int count(BsonDocument totals, String name) {
        return totals.getNumber(name).intValue();
    }

    private static Document totals(Map<LocalDate, Document> lists, Span span, ZoneId zone, DaySummary summed) {
        return new Document("zone", zone.getId())
                .append("r1", EntryDays.revision(lists.get(span.first())))
                .append("r2", EntryDays.revision(lists.get(span.last())))
                .append("sessions", summed.sessions()).append("minutes", summed.minutes())
                .append("ml", summed.mlExpressed()).append("supplement", summed.supplementMl())
                .append("wet", summed.wet()).append("dirty", summed.dirty());
    }

    private void keep(long userId, Map<LocalDate, Map<LocalDate, Document>> totals, Set<LocalDate> settledCopies) {
        if (totals.isEmpty() && settledCopies.isEmpty()) {
            return;
        }
        try {
            days.keep(userId, totals, settledCopies);
        } catch (MongoException e) {
            // Only a saving for the next log: this one has its totals, summed from the entries; copies that stay
            // are still the entries.
        }
    }

    /** Whether every id the day's lists hold was found, dated on the UTC day that lists it. */
    private static boolean complete(Map<LocalDate, Document> lists, Span span, Map<ObjectId, Entry> byId) {
        for (LocalDate day = span.first(); !day.isAfter(span.last()); day = day.plusDays(1)) {
            for (ObjectId id : EntryDays.ids(lists.get(day))) {
                Entry entry = byId.get(id);
                if (entry == null || !utcDay(entry.at()).equals(day)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static DaySummary totalsOnly(DaySummary day) {
        return new DaySummary(day.day(), day.sessions(), day.target(), day.minutes(), day.mlExpressed(), null, false,
                day.supplementMl(), day.wet(), day.dirty());
    }

    private static List<Entry> within(List<Entry> entries, Instant from, Instant to) {
        return entries.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
    }

    private static LocalDate utcDay(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** A local day and the UTC days it overlaps: its totals are kept in the first one's list. */
    private record Span(LocalDate day, Instant from, Instant to, LocalDate first, LocalDate last) {
        /**
         * Whether any of the UTC days it overlaps lists an entry (otherwise nothing is logged in it; a list that only
         * keeps totals does not count, or keeping them would add a list for the day before, and so on).
         */
        boolean listed(Map<LocalDate, Document> lists) {
            return !EntryDays.ids(lists.get(first)).isEmpty() || !EntryDays.ids(lists.get(last)).isEmpty();
        }

        static Span of(LocalDate day, ZoneId zone) {
            Instant from = DayStats.startOf(day, zone);
            Instant to = DayStats.startOf(day.plusDays(1), zone);
            return new Span(day, from, to, utcDay(from), utcDay(to.minusMillis(1)));
        }
    }
}
