package org.relactation.bot.reminders;

import org.junit.jupiter.api.Test;
import org.relactation.bot.parent.UserProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day of reminders in New York and in Kolkata, across daylight-saving changes, adapting to logs, in every mode
 * (spread, every few hours, fixed times), with the night session and quiet hours.
 */
class ReminderPlannerTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private final ReminderPlanner planner = new ReminderPlanner();

    private static UserProfile parent(int sessions, String from, String to, boolean night) {
        return new UserProfile(1, 1, "en", Instant.EPOCH, null, Instant.EPOCH, null, null,
                new UserProfile.Rhythm(sessions, from, to, night), null, null, null, null, null);
    }

    private static UserProfile plan(String mode, Integer everyMinutes, List<String> fixed, boolean night,
                                    String nightAt, String quietFrom, String quietTo) {
        return new UserProfile(1, 1, "en", Instant.EPOCH, null, Instant.EPOCH, null, null,
                new UserProfile.Rhythm(8, "07:00", "22:00", night, mode, everyMinutes, fixed, nightAt, quietFrom,
                        quietTo), null, null, null, null, null);
    }

    private static Instant local(LocalDate day, String time, ZoneId zone) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(zone).toInstant();
    }

    /** Follows the reminders of one day as if the parent did a session at each. */
    private List<String> day(UserProfile user, ZoneId zone, LocalDate day) {
        List<String> times = new ArrayList<>();
        Instant now = local(day, "07:00", zone);
        Instant last = null;
        while (times.size() < 12) {
            Instant due = planner.next(user, zone, last, now);
            if (!due.isBefore(local(day.plusDays(1), "05:00", zone))) {
                break; // the next morning belongs to the next day
            }
            times.add(due.atZone(zone).toLocalTime().toString());
            last = due;
            now = due;
        }
        return times;
    }

    @Test
    void eightSessionsWithOneAtNightInNewYork() {
        UserProfile user = parent(8, "07:00", "22:00", true);

        assertThat(day(user, NEW_YORK, LocalDate.of(2026, 11, 24)))
                .containsExactly("07:00", "09:09", "11:18", "13:27", "15:36", "17:45", "19:54", "02:30");
    }

    @Test
    void tenSessionsWithoutANightInKolkata() {
        UserProfile user = parent(10, "06:00", "22:00", false);

        List<String> times = day(user, KOLKATA, LocalDate.of(2026, 11, 24));

        assertThat(times).containsExactly("07:00", "08:36", "10:12", "11:48", "13:24", "15:00", "16:36", "18:12",
                "19:48", "21:24");
    }

    @Test
    void theClockTimesStayTheSameAcrossTheDaylightSavingChange() {
        UserProfile user = parent(8, "07:00", "22:00", true);

        // Clocks spring forward in the night of 7 to 8 March: the daytime reminders keep their clock times on
        // both days, and the night one lands in the middle of a night that is an hour shorter.
        List<String> before = day(user, NEW_YORK, LocalDate.of(2026, 3, 7));
        List<String> change = day(user, NEW_YORK, LocalDate.of(2026, 3, 8));

        assertThat(change.subList(0, 7)).isEqualTo(before.subList(0, 7));
        assertThat(before.get(7)).isEqualTo("03:00");
        assertThat(change.get(7)).isEqualTo("02:30");
    }

    @Test
    void loggingASessionMovesTheNextReminder() {
        UserProfile user = parent(8, "07:00", "22:00", false);
        LocalDate day = LocalDate.of(2026, 11, 24);

        Instant afterLog = planner.next(user, NEW_YORK, local(day, "10:00", NEW_YORK), local(day, "10:01", NEW_YORK));

        assertThat(afterLog).isEqualTo(local(day, "11:53", NEW_YORK)); // 15 h / 8, rounded up
    }

    @Test
    void aTimeInTheNightGoesToWakeUpWhenNoNightSessionIsWantedOrItIsDone() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        UserProfile noNight = parent(8, "07:00", "22:00", false);
        UserProfile night = parent(8, "07:00", "22:00", true);

        assertThat(planner.next(noNight, KOLKATA, local(day, "21:30", KOLKATA), local(day, "21:31", KOLKATA)))
                .isEqualTo(local(day.plusDays(1), "07:00", KOLKATA));
        assertThat(planner.next(night, KOLKATA, local(day.plusDays(1), "02:40", KOLKATA),
                local(day.plusDays(1), "02:41", KOLKATA))).isEqualTo(local(day.plusDays(1), "07:00", KOLKATA));
    }

    @Test
    void everyThreeHoursInKolkataKeepsToTheWakingHours() {
        UserProfile user = new UserProfile(1, 1, "en", Instant.EPOCH, null, Instant.EPOCH, null, null,
                new UserProfile.Rhythm(8, "06:00", "22:00", false, "every", 180, null, null, null, null),
                null, null, null, null, null);

        assertThat(day(user, KOLKATA, LocalDate.of(2026, 11, 24)))
                .containsExactly("07:00", "10:00", "13:00", "16:00", "19:00");
    }

    @Test
    void everyFewHoursCountsFromTheLastSession() {
        UserProfile user = plan("every", 150, null, false, null, null, null);
        LocalDate day = LocalDate.of(2026, 11, 24);

        assertThat(planner.next(user, NEW_YORK, local(day, "10:10", NEW_YORK), local(day, "10:11", NEW_YORK)))
                .isEqualTo(local(day, "12:40", NEW_YORK));
    }

    @Test
    void fixedTimesStayOnTheClockAcrossBothDaylightSavingChanges() {
        UserProfile user = plan("fixed", null, List.of("07:00", "10:00", "13:00", "16:00", "19:00", "21:30"),
                false, null, null, null);
        List<String> expected = List.of("07:00", "10:00", "13:00", "16:00", "19:00", "21:30");

        assertThat(day(user, NEW_YORK, LocalDate.of(2026, 3, 7))).isEqualTo(expected);
        assertThat(day(user, NEW_YORK, LocalDate.of(2026, 3, 8))).isEqualTo(expected);
        assertThat(day(user, NEW_YORK, LocalDate.of(2026, 10, 31))).isEqualTo(expected);
        assertThat(day(user, NEW_YORK, LocalDate.of(2026, 11, 1))).isEqualTo(expected);
        assertThat(day(user, KOLKATA, LocalDate.of(2026, 3, 8))).isEqualTo(expected);
    }

    @Test
    void everyFewHoursStaysOnTheClockAcrossTheDaylightSavingChange() {
        UserProfile user = plan("every", 180, null, false, null, null, null);

        assertThat(day(user, NEW_YORK, LocalDate.of(2026, 3, 8)))
                .isEqualTo(day(user, NEW_YORK, LocalDate.of(2026, 3, 7)))
                .containsExactly("07:00", "10:00", "13:00", "16:00", "19:00");
    }

    @Test
    void aFixedTimeRightAfterASessionIsSkippedButNotOneLongAfter() {
        UserProfile user = plan("fixed", null, List.of("07:00", "10:00", "13:00"), false, null, null, null);
        LocalDate day = LocalDate.of(2026, 11, 24);

        assertThat(planner.next(user, KOLKATA, local(day, "09:45", KOLKATA), local(day, "09:46", KOLKATA)))
                .isEqualTo(local(day, "13:00", KOLKATA));
        assertThat(planner.next(user, KOLKATA, local(day, "09:15", KOLKATA), local(day, "09:16", KOLKATA)))
                .isEqualTo(local(day, "10:00", KOLKATA));
        // Sent at 10:00: the next one is the next fixed time, then the first one tomorrow.
        assertThat(planner.next(user, KOLKATA, local(day, "10:00", KOLKATA), local(day, "10:00", KOLKATA)))
                .isEqualTo(local(day, "13:00", KOLKATA));
        assertThat(planner.next(user, KOLKATA, local(day, "13:00", KOLKATA), local(day, "13:00", KOLKATA)))
                .isEqualTo(local(day.plusDays(1), "07:00", KOLKATA));
    }

    @Test
    void fixedTimesWithANightSessionAtThePickedTimeOnTheSpringForwardNight() {
        UserProfile user = plan("fixed", null, List.of("08:00", "12:00", "16:00", "20:00"), true, "02:00", null,
                null);

        // 02:00 does not exist on 8 March 2026 in New York: the night session comes at 03:00, the first clock time.
        assertThat(day(user, NEW_YORK, LocalDate.of(2026, 3, 7)))
                .containsExactly("08:00", "12:00", "16:00", "20:00", "03:00");
        assertThat(day(user, NEW_YORK, LocalDate.of(2026, 3, 8)))
                .containsExactly("08:00", "12:00", "16:00", "20:00", "02:00");
    }

    @Test
    void nothingInTheQuietHoursDuringTheDay() {
        UserProfile user = plan("spread", null, null, false, null, "13:00", "15:00");

        assertThat(day(user, NEW_YORK, LocalDate.of(2026, 11, 24)))
                .containsExactly("07:00", "08:53", "10:46", "12:39", "15:00", "16:53", "18:46", "20:39");
    }

    @Test
    void fixedTimesInTheQuietHoursAreSkipped() {
        UserProfile user = plan("fixed", null, List.of("07:00", "10:00", "13:00", "14:00", "16:00"), false, null,
                "13:00", "15:00");

        assertThat(day(user, KOLKATA, LocalDate.of(2026, 11, 24))).containsExactly("07:00", "10:00", "16:00");
    }

    @Test
    void theMiddleOfTheNightWaitsForTheEndOfQuietHoursButAPickedNightTimeIsKept() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        Instant evening = local(day, "21:00", NEW_YORK);
        UserProfile middle = plan("spread", null, null, true, null, "00:00", "05:00");
        UserProfile picked = plan("spread", null, null, true, "03:00", "00:00", "05:00");
        UserProfile quietPastWakeUp = plan("spread", null, null, true, null, "22:00", "08:00");

        assertThat(planner.next(middle, NEW_YORK, evening, evening.plusSeconds(60)))
                .isEqualTo(local(day.plusDays(1), "05:00", NEW_YORK));
        assertThat(planner.next(picked, NEW_YORK, evening, evening.plusSeconds(60)))
                .isEqualTo(local(day.plusDays(1), "03:00", NEW_YORK));
        // Quiet until after the usual wake-up: no night session, and the morning waits for 08:00.
        assertThat(planner.next(quietPastWakeUp, NEW_YORK, evening, evening.plusSeconds(60)))
                .isEqualTo(local(day.plusDays(1), "08:00", NEW_YORK));
    }

    @Test
    void aPickedNightTimeReplacesTheMiddleOfTheNight() {
        UserProfile user = plan("spread", null, null, true, "01:00", null, null);

        assertThat(day(user, KOLKATA, LocalDate.of(2026, 11, 24)))
                .containsExactly("07:00", "09:09", "11:18", "13:27", "15:36", "17:45", "19:54", "01:00");
    }
}
