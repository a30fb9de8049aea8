package org.relactation.bot.logbook;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.parent.UserProfile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The days a log's milestones look at, with the totals of settled days kept in their day lists: always the same
 * totals as summed from the entries (in zones ahead of and behind UTC, by half hours, across clock changes), after
 * late logs, fixes, moves and deletes on those days, and after a change of zone; and kept totals are really what
 * is read while nothing they were summed from changed.
 */
class DayTotalsTest {
    @TempDir
    static Path dataDir;
    static Application application;
    static EntryStore store;

    private static final Instant NOW = Instant.parse("2026-04-20T10:30:00Z");
    private static final int WINDOW = 61;

    @BeforeAll
    static void start() {
        application = Application.start(new SettingsLoader(Map.of("DATA_DIR", dataDir.toString()))
                .load(Optional.empty()));
        store = new EntryStore(application.database());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static UserProfile parent(long id, String zone) {
        return new UserProfile(id, id, "en", Instant.EPOCH, null, Instant.EPOCH, zone, null,
                new UserProfile.Rhythm(8, "07:00", "22:00", true), null, null, null, null, null);
    }

    /** Some 70 days of sessions (some through a supplementer), supplements and nappies at random times. */
    private static List<Entry> history(long userId, long seed) {
        Random random = new Random(seed);
        List<Entry> stored = new ArrayList<>();
        for (int i = 0; i < 420; i++) {
            Instant at = NOW.minus(Duration.ofMinutes(random.nextInt(70 * 24 * 60)));
            Entry entry = switch (random.nextInt(6)) {
                case 0 -> new Entry(null, userId, "s" + i, EntryKind.SUPPLEMENT, null, null, null,
                        10 + random.nextInt(60), at, Supplement.FORMULA, null, null, null, at);
                case 1 -> new Entry(null, userId, "s" + i, EntryKind.NAPPIES, null, null, null, null, at, null,
                        random.nextInt(3), random.nextInt(2), null, at);
                case 2 -> new Entry(null, userId, "s" + i, EntryKind.SESSION, Method.SUPPLEMENTER, null, 15, 30,
                        at, null, null, null, null, at);
                default -> new Entry(null, userId, "s" + i, EntryKind.SESSION, Method.PUMP, null,
                        random.nextBoolean() ? null : 5 + random.nextInt(20), random.nextBoolean() ? null
                        : random.nextInt(40), at, null, null, null, null, at);
            };
            stored.add(store.add(entry).entry());
        }
        return stored;
    }

    /** The same days summed from every entry, as /week and the other commands do. */
    private static List<DaySummary> summed(UserProfile user, int count) {
        ZoneId zone = ZoneId.of(user.timezone());
        LocalDate today = NOW.atZone(zone).toLocalDate();
        List<Entry> entries = store.between(user.userId(), DayStats.startOf(today.minusDays(count), zone),
                DayStats.startOf(today.plusDays(1), zone));
        return DayStats.summarise(entries, user, zone, today, count, NOW);
    }

    private static List<DaySummary> read(UserProfile user) {
        ZoneId zone = ZoneId.of(user.timezone());
        return store.summaries(user, zone, NOW.atZone(zone).toLocalDate(), WINDOW, NOW);
    }

    /**
     * Equal to the summed days: the last ones in full, as summing just them gives (a longest gap counts from the
     * session before the days summed), the older ones in their totals.
     */
    private static void assertSameAsSummed(UserProfile user) {
        List<DaySummary> expected = summed(user, WINDOW);
        List<DaySummary> actual = read(user);
        assertThat(actual).hasSize(WINDOW);
        int full = WINDOW - DayTotals.FULL_DAYS;
        assertThat(actual.subList(full, WINDOW)).isEqualTo(summed(user, DayTotals.FULL_DAYS));
        assertThat(actual.subList(0, full)).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                "longestGap", "nightSession").isEqualTo(expected.subList(0, full));
    }

    private static long keptDays(long userId) {
        return application.database().collection(Schema.ENTRY_DAYS, Document.class)
                .find(eq("userId", userId)).into(new ArrayList<>()).stream()
                .filter(day -> day.get(EntryDays.TOTALS) != null)
                .mapToLong(day -> day.get(EntryDays.TOTALS, Document.class).size()).sum();
    }

    @Test
    void keptTotalsAreTheTotalsOfTheEntriesInEveryKindOfZone() {
        long userId = 700;
        for (String zone : List.of("UTC", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati",
                "Europe/London", "America/St_Johns")) {
            userId++;
            UserProfile user = parent(userId, zone);
            history(userId, userId);
            assertSameAsSummed(user); // summed, and kept
            assertThat(keptDays(userId)).as(zone).isGreaterThanOrEqualTo(WINDOW - DayTotals.FULL_DAYS - 1);
            assertSameAsSummed(user); // read from what was kept
        }
    }

    @Test
    void lateLogsFixesMovesAndDeletesOnSettledDaysAreCountedAtOnce() {
        UserProfile user = parent(720, "America/New_York");
        List<Entry> entries = history(720, 42);
        assertSameAsSummed(user);
        Instant settled = NOW.minus(Duration.ofDays(20));
        List<Entry> old = entries.stream().filter(e -> e.at().isBefore(settled)).toList();

        store.add(new Entry(null, 720, "late", EntryKind.SESSION, Method.PUMP, null, 10, 25,
                NOW.minus(Duration.ofDays(30)), null, null, null, null, NOW));
        assertSameAsSummed(user);
        Entry session = old.stream().filter(Entry::isSession).findFirst().orElseThrow();
        store.setMl(720, session.id(), 55);
        assertSameAsSummed(user);
        store.setMinutes(720, session.id(), 33);
        assertSameAsSummed(user);
        store.setTime(720, session.id(), session.at().minus(Duration.ofDays(9)));
        assertSameAsSummed(user);
        store.setTime(720, old.get(1).id(), old.get(1).at().plus(Duration.ofHours(5)));
        assertSameAsSummed(user);
        store.setTime(720, old.get(2).id(), NOW.minus(Duration.ofHours(3)));
        assertSameAsSummed(user);
        store.delete(720, old.get(3).id());
        assertSameAsSummed(user);
    }

    @Test
    void methodSideAndSideBySideFixesOnSettledDaysAreCountedAtOnce() {
        UserProfile user = parent(760, "Asia/Kolkata");
        List<Entry> entries = history(760, 11);
        assertSameAsSummed(user);
        List<Entry> old = entries.stream().filter(Entry::isSession)
                .filter(e -> e.at().isBefore(NOW.minus(Duration.ofDays(20)))).toList();
        Entry pumped = old.stream().filter(e -> e.method() == Method.PUMP).findFirst().orElseThrow();
        Entry other = old.stream().filter(e -> !e.id().equals(pumped.id())).findFirst().orElseThrow();

        // Through a supplementer its ml are milk given, not expressed: the day's totals move from one to the other.
        store.setMethod(760, pumped.id(), Method.SUPPLEMENTER);
        assertSameAsSummed(user);
        store.setMlBySide(760, pumped.id(), 20, 15);
        assertSameAsSummed(user);
        store.setMinutesBySide(760, other.id(), 10, 8);
        assertSameAsSummed(user);
        store.setSide(760, other.id(), Side.LEFT);
        assertSameAsSummed(user);
        store.setMethod(760, pumped.id(), Method.PUMP);
        assertSameAsSummed(user);
        assertThat(store.find(760, pumped.id())).get().extracting(Entry::ml, Entry::leftMl, Entry::rightMl)
                .containsExactly(35, 20, 15);
        assertThat(store.find(760, other.id())).get()
                .extracting(Entry::side, Entry::minutes, Entry::leftMinutes, Entry::rightMinutes)
                .containsExactly(Side.LEFT, 18, null, null);
    }

    @Test
    void daysWithNothingLoggedAreNotWrittenDown() {
        UserProfile user = parent(750, "America/New_York");
        store.add(new Entry(null, 750, "today", EntryKind.SESSION, Method.PUMP, null, 10, 5, NOW.minusSeconds(60),
                null, null, null, null, NOW));
        store.add(new Entry(null, 750, "older", EntryKind.SESSION, Method.PUMP, null, 10, 5,
                NOW.minus(Duration.ofDays(40)), null, null, null, null, NOW));
        var lists = application.database().collection(Schema.ENTRY_DAYS, Document.class);
        long before = lists.countDocuments(eq("userId", 750L));

        for (int log = 0; log < 4; log++) {
            assertSameAsSummed(user);
        }

        // At most the list of the UTC day before the older entry's, where its local day starts, is added.
        assertThat(lists.countDocuments(eq("userId", 750L))).as(lists.find(eq("userId", 750L))
                .into(new ArrayList<>()).toString()).isBetween(before, before + 1);
        // The older entry's local day, and the one before it, whose UTC span (04:00 to 04:00) reaches into its UTC day.
        assertThat(keptDays(750)).isEqualTo(2);
    }

    @Test
    void onceTheSettledDaysAreKeptTheWindowIsOneLookUpAndOnlyTheRecentDaysKeepCopiesOfTheirEntries() {
        UserProfile user = parent(770, "Europe/London");
        history(770, 5);
        read(user); // sums the settled days from their entries, keeps their totals and drops their copies

        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // the least of three: the bot's own jobs run beside it
            long before = application.database().commandsServed();
            read(user);
            least = Math.min(least, application.database().commandsServed() - before);
        }
        assertThat(least).as("the day lists alone: totals kept, the full days' entries copied").isEqualTo(1);
        assertSameAsSummed(user);

        // Of the days read, copies are left on the UTC days of the full days and of the day before them (its last
        // session starts the first full day's longest gap), and on none before.
        ZoneId zone = ZoneId.of("Europe/London");
        LocalDate today = NOW.atZone(zone).toLocalDate();
        LocalDate firstCopied = LocalDate.ofInstant(DayStats.startOf(today.minusDays(DayTotals.FULL_DAYS), zone),
                ZoneOffset.UTC);
        LocalDate firstRead = LocalDate.ofInstant(DayStats.startOf(today.minusDays(WINDOW - 1), zone),
                ZoneOffset.UTC);
        List<LocalDate> copied = application.database().collection(Schema.ENTRY_DAYS, Document.class)
                .find(eq("userId", 770L)).into(new ArrayList<>()).stream()
                .filter(day -> !day.get(EntryDays.COPIES, new Document()).isEmpty())
                .map(day -> LocalDate.parse(day.getString("_id").substring("770/".length())))
                .filter(day -> !day.isBefore(firstRead)).sorted().toList();
        assertThat(copied).isNotEmpty().allSatisfy(day -> assertThat(day).isAfterOrEqualTo(firstCopied));
    }

    @Test
    void aChangeOfZoneSumsTheDaysOfTheNewZone() {
        history(730, 7);
        assertSameAsSummed(parent(730, "Asia/Tokyo"));
        assertSameAsSummed(parent(730, "America/Los_Angeles"));
        assertSameAsSummed(parent(730, "Asia/Tokyo"));
    }

    @Test
    void keptTotalsAreWhatIsReadUntilTheirDayChanges() {
        UserProfile user = parent(740, "UTC");
        history(740, 9);
        read(user);
        LocalDate day = NOW.atZone(ZoneId.of("UTC")).toLocalDate().minusDays(30);
        var lists = application.database().collection(Schema.ENTRY_DAYS, Document.class);
        String key = 740 + "/" + day;
        // Changed behind the bot's back, at the same revisions: taken as they are.
        lists.updateOne(eq("_id", key), Updates.set(
                EntryDays.TOTALS + "." + day + ".sessions", 99));
        assertThat(read(user).get(WINDOW - 1 - 30)).extracting(DaySummary::day, DaySummary::sessions)
                .containsExactly(day, 99);

        store.add(new Entry(null, 740, "late", EntryKind.NAPPIES, null, null, null, null,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), null, 1, 0, null, NOW));
        assertSameAsSummed(user);
    }
}
