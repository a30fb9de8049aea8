package org.relactation.bot.reminders;

import org.junit.jupiter.api.Test;
import org.relactation.bot.storage.UserProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A day of reminders in New York and in Kolkata, across a daylight-saving change, adapting to logs. */
class ReminderPlannerTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private final ReminderPlanner planner = new ReminderPlanner();

    private static UserProfile parent(int sessions, String from, String to, boolean night) {
        return new UserProfile(1, 1, "en", Instant.EPOCH, null, Instant.EPOCH, null, null,
                new UserProfile.Rhythm(sessions, from, to, night), null, null, null, null, null);
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
}
