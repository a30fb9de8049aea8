package org.relactation.bot.encouragement;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.logbook.Logbook;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.logbook.Supplement;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.storage.Schema;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Milestones on the database: what a log reaches in the parent's local days, and each celebrated once. */
class MilestonesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final AtomicLong SOURCES = new AtomicLong();

    @TempDir
    static Path dataDir;
    static Application application;
    static EntryStore entries;
    static MilestoneStore store;
    static Milestones milestones;

    @BeforeAll
    static void start() {
        application = Application.start(new SettingsLoader(Map.of("DATA_DIR", dataDir.toString()))
                .load(Optional.empty()));
        entries = new EntryStore(application.database());
        store = new MilestoneStore(application.database());
        milestones = new Milestones(store, new Logbook(entries, application.users(), ZoneId.of("UTC")));
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    /** A parent the bot knows (their milestones are claimed in their record), as a log's turn reads them. */
    private static UserProfile parent(long id, int target) {
        known(id);
        return new UserProfile(id, id, "en", Instant.EPOCH, null, Instant.EPOCH, NEW_YORK.getId(), null,
                new UserProfile.Rhythm(target, "07:00", "22:00", true), null, null, null, null, null);
    }

    private static void known(long id) {
        application.users().touch(id, id, "en", Instant.EPOCH);
    }

    private static Texts texts() {
        return application.content().texts("en");
    }

    private static Instant local(LocalDateTime time) {
        return time.atZone(NEW_YORK).toInstant();
    }

    /** Stores a session (pumped, with {@code ml} or none) at a local time; returns it. */
    private static Entry session(long user, LocalDateTime at, Integer ml) {
        return entries.add(new Entry(null, user, "t" + SOURCES.incrementAndGet(), EntryKind.SESSION, Method.PUMP,
                null, 15, ml, local(at), null, null, null, null, local(at))).entry();
    }

    private static Entry formula(long user, LocalDateTime at, int ml) {
        return entries.add(new Entry(null, user, "t" + SOURCES.incrementAndGet(), EntryKind.SUPPLEMENT, null, null,
                null, ml, local(at), Supplement.FORMULA, null, null, null, local(at))).entry();
    }

    /** Logs a session and returns the milestones its reply celebrates. */
    private static List<Milestone> log(UserProfile user, LocalDateTime at, Integer ml, LocalDateTime now) {
        Entry entry = session(user.userId(), at, ml);
        return milestones.claim(user, entry, local(now)).stream().map(Reached::milestone).toList();
    }

    /**
     * One session on each local day from {@code first}, alternately at 23:45 and 00:15: 30 minutes apart across
     * local midnight. Counted in UTC, or with one fixed offset on both sides of a clock change, two of them fall
     * on the same day and the streak breaks.
     */
    private static LocalDateTime nearMidnight(LocalDate first, int day) {
        return day % 2 == 0 ? first.plusDays(day).atTime(23, 45) : first.plusDays(day).atTime(0, 15);
    }

    @Test
    void aStreakCountsLocalDaysAcrossTheAutumnClockChangeAndShowsOnlyTheLongest() {
        // New York falls back on 2026-11-01 (a 25-hour day): 29 October to 4 November is 7 local days.
        UserProfile user = parent(1, 8);
        LocalDate first = LocalDate.of(2026, 10, 29);
        for (int day = 0; day < 6; day++) {
            session(1, nearMidnight(first, day), null);
        }
        LocalDateTime last = nearMidnight(first, 6);

        List<String> lines = milestones.celebrate(user, texts(), session(1, last, null), local(last.plusMinutes(5)));

        assertThat(lines.stream().filter(line -> line.startsWith("🔥"))).singleElement()
                .satisfies(line -> assertThat(line).contains("7"));
        assertThat(store.read(1).once()).contains("streak_3", "streak_7").doesNotContain("streak_14");
        assertThat(log(user, last.plusMinutes(10), null, last.plusMinutes(15))).as("already celebrated").isEmpty();
    }

    @Test
    void aStreakCountsLocalDaysAcrossTheSpringClockChange() {
        // New York springs forward on 2026-03-08 (a 23-hour day).
        UserProfile user = parent(2, 8);
        LocalDate first = LocalDate.of(2026, 3, 6);
        session(2, nearMidnight(first, 1), null);
        session(2, nearMidnight(first, 2), null);

        assertThat(log(user, nearMidnight(first, 3), null, nearMidnight(first, 3).plusMinutes(5)))
                .contains(Milestone.STREAK_3);
    }

    @Test
    void aMissedDayBreaksTheStreak() {
        UserProfile user = parent(3, 8);
        session(3, LocalDateTime.of(2026, 5, 1, 9, 0), null);
        session(3, LocalDateTime.of(2026, 5, 2, 9, 0), null);
        // nothing on 3 May
        session(3, LocalDateTime.of(2026, 5, 4, 9, 0), null);

        assertThat(log(user, LocalDateTime.of(2026, 5, 5, 9, 0), null, LocalDateTime.of(2026, 5, 5, 9, 5)))
                .doesNotContain(Milestone.STREAK_3);
    }

    @Test
    void firstLogFirstDropsAndFirstDayAtTargetComeOnceEver() {
        UserProfile user = parent(4, 3);
        LocalDate day = LocalDate.of(2026, 6, 1);

        assertThat(log(user, day.atTime(8, 0), null, day.atTime(8, 1))).containsExactly(Milestone.FIRST_LOG);
        assertThat(log(user, day.atTime(11, 0), 10, day.atTime(11, 1))).containsExactly(Milestone.FIRST_DROPS);
        assertThat(log(user, day.atTime(14, 0), 5, day.atTime(14, 1))).containsExactly(Milestone.FIRST_TARGET_DAY);
        assertThat(log(user, day.atTime(17, 0), 5, day.atTime(17, 1))).isEmpty();
        LocalDate next = day.plusDays(1);
        log(user, next.atTime(8, 0), 5, next.atTime(8, 1));
        log(user, next.atTime(11, 0), 5, next.atTime(11, 1));
        assertThat(log(user, next.atTime(14, 0), 5, next.atTime(14, 1))).isEmpty();
    }

    @Test
    void aMilkRecordIsCelebratedAtMostOnceADayAndAgainOnALaterDay() {
        UserProfile user = parent(5, 8);
        LocalDate day = LocalDate.of(2026, 7, 10);
        session(5, day.minusDays(2).atTime(9, 0), 40);
        session(5, day.minusDays(1).atTime(9, 0), 50);

        assertThat(log(user, day.atTime(9, 0), 30, day.atTime(9, 1))).doesNotContain(Milestone.MILK_RECORD);
        List<Reached> record = milestones.claim(user, session(5, day.atTime(12, 0), 30), local(day.atTime(12, 1)));
        assertThat(record).contains(new Reached(Milestone.MILK_RECORD, Map.of("ml", 60)));
        assertThat(log(user, day.atTime(15, 0), 30, day.atTime(15, 1))).doesNotContain(Milestone.MILK_RECORD);

        LocalDate next = day.plusDays(1);
        assertThat(log(user, next.atTime(9, 0), 95, next.atTime(9, 1))).contains(Milestone.MILK_RECORD);
    }

    @Test
    void theLowestSupplementDayIsYesterdaysAgainstEarlierDaysWithSupplement() {
        UserProfile user = parent(6, 8);
        LocalDate today = LocalDate.of(2026, 8, 20);
        formula(6, today.minusDays(5).atTime(10, 0), 120);
        formula(6, today.minusDays(4).atTime(10, 0), 100);
        // 3 days ago: nothing logged, which is not a record
        formula(6, today.minusDays(2).atTime(10, 0), 90);
        formula(6, today.minusDays(1).atTime(10, 0), 60);

        List<Reached> reached = milestones.claim(user, session(6, today.atTime(7, 0), null),
                local(today.atTime(7, 1)));

        assertThat(reached).contains(new Reached(Milestone.SUPPLEMENT_RECORD, Map.of("ml", 60)));
        assertThat(log(user, today.atTime(10, 0), null, today.atTime(10, 1)))
                .doesNotContain(Milestone.SUPPLEMENT_RECORD);
    }

    @Test
    void theHundredthSessionIsCelebrated() {
        UserProfile user = parent(7, 8);
        LocalDateTime start = LocalDateTime.of(2026, 9, 1, 6, 0);
        for (int i = 0; i < 98; i++) {
            session(7, start.plusHours(2L * i), null);
        }
        LocalDateTime at = start.plusHours(2L * 98);
        assertThat(log(user, at, null, at.plusMinutes(1))).doesNotContain(Milestone.SESSIONS_100);
        assertThat(log(user, at.plusHours(2), null, at.plusHours(2).plusMinutes(1)))
                .contains(Milestone.SESSIONS_100);
    }

    @Test
    void theHundredthSessionCountsSessionsFromBeforeTheDaysRead() {
        UserProfile user = parent(9, 8);
        LocalDateTime longAgo = LocalDateTime.of(2026, 6, 1, 6, 0);
        for (int i = 0; i < 97; i++) {
            session(9, longAgo.plusHours(2L * i), null);
        }
        LocalDateTime at = LocalDateTime.of(2026, 9, 1, 8, 0);
        session(9, at.minusHours(2), null);
        assertThat(log(user, at, null, at.plusMinutes(1))).doesNotContain(Milestone.SESSIONS_100);
        assertThat(log(user, at.plusHours(2), null, at.plusHours(2).plusMinutes(1)))
                .contains(Milestone.SESSIONS_100);
    }

    @Test
    void theHundredthSessionOfARecentParentIsCountedFromTheDaysReadAnyway() {
        LocalDateTime start = LocalDateTime.of(2026, 9, 1, 6, 0);
        known(8);
        UserProfile user = new UserProfile(8, 8, "en", local(start.minusDays(1)), null, local(start.minusDays(1)),
                NEW_YORK.getId(), null, new UserProfile.Rhythm(8, "07:00", "22:00", true), null, null, null, null,
                null);
        for (int i = 0; i < 98; i++) {
            session(8, start.plusHours(2L * i), null);
        }
        LocalDateTime at = start.plusHours(2L * 98);
        assertThat(log(user, at, null, at.plusMinutes(1))).doesNotContain(Milestone.SESSIONS_100);
        assertThat(log(user, at.plusHours(2), null, at.plusHours(2).plusMinutes(1)))
                .contains(Milestone.SESSIONS_100);
    }

    @Test
    void twoLogsAtOnceNeverBothCelebrateTheSameMilestone() throws Exception {
        // Two instances storing a first log for the same parent at the same moment, a hundred parents over.
        for (long user = 1_000; user < 1_100; user++) {
            CyclicBarrier start = new CyclicBarrier(3);
            long id = user;
            known(id);
            List<CompletableFuture<Boolean>> racers = new ArrayList<>();
            for (Milestone milestone : List.of(Milestone.FIRST_LOG, Milestone.FIRST_LOG, Milestone.FIRST_DROPS)) {
                racers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return store.claimOnce(id, milestone);
                }));
            }
            assertThat(racers.get(0).get() ^ racers.get(1).get()).as("first log claimed once, parent " + id).isTrue();
            assertThat(racers.get(2).get()).as("another milestone at the same moment, parent " + id).isTrue();
            assertThat(store.read(id).once()).containsExactlyInAnyOrder("first_log", "first_drops");
        }
    }

    @Test
    void milestonesAnEarlierVersionKeptApartAreMovedIntoTheParentsRecordAndClaimedOnTopOfWhatTheyHold() {
        known(3_000);
        application.database().collection(Schema.MILESTONES, Document.class)
                .insertOne(new Document("_id", 3_000L).append("once", List.of("first_log"))
                        .append("milkRecordDay", "2026-10-01").append("v", 4L));
        store = new MilestoneStore(application.database()); // as at the next start

        assertThat(application.database().collection(Schema.MILESTONES, Document.class).countDocuments()).isZero();
        assertThat(application.users().find(3_000).orElseThrow().milestones().once()).containsExactly("first_log");
        assertThat(store.claimOnce(3_000, Milestone.FIRST_LOG)).isFalse();
        assertThat(store.claimRecord(3_000, Milestone.MILK_RECORD, LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(store.claimOnce(3_000, Milestone.FIRST_DROPS)).isTrue();
        assertThat(store.claimRecord(3_000, Milestone.MILK_RECORD, LocalDate.of(2026, 10, 2))).isTrue();
        assertThat(store.read(3_000).once()).containsExactlyInAnyOrder("first_log", "first_drops");
    }

    @Test
    void twoRecordsTheSameDayAtOnceAreCelebratedOnce() throws Exception {
        LocalDate day = LocalDate.of(2026, 10, 1);
        for (long user = 2_000; user < 2_050; user++) {
            CyclicBarrier start = new CyclicBarrier(2);
            long id = user;
            known(id);
            List<CompletableFuture<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return store.claimRecord(id, Milestone.MILK_RECORD, day);
                }));
            }
            assertThat(racers.get(0).get() ^ racers.get(1).get()).as("parent " + id).isTrue();
            assertThat(store.claimRecord(id, Milestone.MILK_RECORD, day.plusDays(1))).isTrue();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
