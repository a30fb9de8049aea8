package org.relactation.bot.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.reminders.ReminderStore;
import org.relactation.bot.parent.UserProfile;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders that agree, on a clock the test sets (the reminder job held, so a due reminder goes out only when the
 * test sends it): /next and /reminders name the same next reminder and never one already gone, /resume goes back
 * to the plan, a new number of sessions a day asks about fixed times, and quiet hours and fixed times are typed as
 * parents type them, in English and Spanish.
 */
class RemindersAgreeEndToEndTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    /** A Saturday in December: London is on UTC. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @TempDir
    static Path dataDir;
    static TestClock clock;
    static BotHarness bot;

    @BeforeAll
    static void startBot() {
        clock = new TestClock(at(LONDON, "09:00"));
        bot = BotHarness.startOnTestClock(dataDir, clock);
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @AfterEach
    void telegramRefusedNothing() {
        bot.assertTelegramRefusedNothing();
    }

    private static Instant at(ZoneId zone, String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    private static void itIs(ZoneId zone, String time) {
        clock.set(at(zone, time));
    }

    /** A parent onboarded in London with every question skipped: 8 a day over 07:00–22:00 and one at night. */
    private static Parent onboardedInLondon(long id) {
        Parent parent = bot.parent(id, "en");
        parent.says("/start");
        for (int i = 0; i < 5; i++) {
            parent.presses("Skip");
        }
        parent.says("London");
        parent.presses("Yes, that's right");
        parent.presses("8 (recommended)");
        parent.presses("Skip");
        parent.presses("Skip");
        return parent;
    }

    private static Parent onboardedInMexicoCity(long id) {
        Parent parent = bot.parent(id, "es");
        parent.says("/start");
        for (int i = 0; i < 5; i++) {
            parent.presses("Omitir");
        }
        parent.says("Ciudad de México");
        parent.presses("Sí, es correcto");
        parent.presses("8 (recomendado)");
        parent.presses("Omitir");
        parent.presses("Omitir");
        return parent;
    }

    private static UserProfile profile(long id) {
        return bot.application().users().find(id).orElseThrow();
    }

    /** The stored next reminder on the London clock. */
    private static String stored(long id) {
        return new ReminderStore(bot.application().database()).find(id).orElseThrow().dueAt().atZone(LONDON)
                .format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("'%s' in %s", regex, text).isTrue();
        return matcher.group(1);
    }

    /** What /next and /reminders say about the next reminder, side by side. */
    private static String[] nextAndReminders(Parent parent) {
        parent.says("/next");
        // "Next one around HH:mm" was its old wording: read too, so a disagreement shows as one.
        String next = find(parent.newText(), "Next one(?::| around) ([^.]+)\\.");
        parent.says("/reminders");
        String reminders = find(parent.newText(), "Next reminder: (.+)");
        return new String[] {next, reminders};
    }

    @Test
    void nextAndRemindersNameTheSameReminderInTheEveningAndWithFixedTimes() {
        itIs(LONDON, "09:00");
        Parent parent = onboardedInLondon(40_001);
        itIs(LONDON, "21:00");
        parent.says("done");

        // 21:00 + one interval is past bedtime (22:00): the next one is the night session, mid-night.
        assertThat(nextAndReminders(parent)).containsExactly("tomorrow at 02:30", "tomorrow at 02:30");

        parent.presses("🔁 Rhythm");
        parent.presses("At fixed times");
        parent.presses("7 · 10 · 13 · 16 · 19 · 22");
        assertThat(nextAndReminders(parent)).containsExactly("today at 22:00", "today at 22:00");
        assertThat(stored(40_001)).isEqualTo("22:00");
    }

    @Test
    void aReminderDueButNotYetSentIsNeverShownAsATimeGone() {
        itIs(LONDON, "09:00");
        Parent parent = onboardedInLondon(40_002);
        itIs(LONDON, "16:46");
        parent.says("done");
        assertThat(nextAndReminders(parent)).containsExactly("today at 18:55", "today at 18:55");

        // 18:57 and the reminder of 18:55 not sent yet (the job is late, or the bot was down).
        itIs(LONDON, "18:57");
        assertThat(nextAndReminders(parent)).containsExactly("any minute now", "any minute now");

        int sent = bot.application().reminders().dispatchDue(clock.instant(), 100, bot.application().outbox());
        bot.awaitHandled();
        assertThat(sent).isEqualTo(1);
        assertThat(parent.lastMessage().text()).startsWith("⏰");
        // Sent at 18:57: the next one is an interval (2 h 9 min) later.
        assertThat(nextAndReminders(parent)).containsExactly("today at 21:06", "today at 21:06");
    }

    @Test
    void resumeGoesBackToThePlanCountingFromTheLastSession() {
        itIs(LONDON, "09:00");
        Parent parent = onboardedInLondon(40_003);
        itIs(LONDON, "14:00");
        parent.says("done");
        parent.says("/pause");
        parent.presses("Until I say /resume");

        itIs(LONDON, "14:10");
        parent.says("/resume");

        // One interval (15 hours for 7 daytime sessions: 2 h 9 min) after the 14:00 session, not "now".
        assertThat(parent.newText()).contains("Reminders are back on").contains("Next one: today at 16:09");
        assertThat(stored(40_003)).isEqualTo("16:09");
        assertThat(nextAndReminders(parent)).containsExactly("today at 16:09", "today at 16:09");

        // Back from a 3-day pause early, the same.
        parent.says("/pause");
        parent.presses("3 days");
        parent.says("/resume");
        assertThat(parent.newText()).contains("Next one: today at 16:09");
    }

    @Test
    void changingSessionsADayWithFixedTimesAsksWhetherToChangeTheTimes() {
        itIs(LONDON, "09:00");
        Parent parent = onboardedInLondon(40_004);
        parent.says("/reminders");
        parent.presses("🔁 Rhythm");
        parent.presses("At fixed times");
        parent.presses("7 · 10 · 13 · 16 · 19 · 22");

        itIs(LONDON, "09:20");
        parent.says("/settings");
        parent.presses("Sessions a day");
        parent.presses("10");

        assertThat(parent.newText()).contains("Sessions a day: 10")
                .contains("You now aim for 10 sessions a day, and your reminders come at set times: 07:00, 10:00, "
                        + "13:00, 16:00, 19:00, 22:00. Shall I change them to 07:00, 09:00, 10:45, 12:45, 14:30, "
                        + "16:30, 18:15, 20:15, 22:00, plus one at night?");
        assertThat(parent.lastMessage().buttonTexts()).containsExactly("Yes, change my times", "Keep my times");
        assertThat(profile(40_004).rhythm().fixedTimes()).as("nothing changed before the answer")
                .containsExactly("07:00", "10:00", "13:00", "16:00", "19:00", "22:00");

        parent.presses("Yes, change my times");
        assertThat(parent.lastMessage().text()).startsWith("✅ Saved.")
                .contains("Rhythm: at 07:00, 09:00, 10:45, 12:45, 14:30, 16:30, 18:15, 20:15, 22:00")
                .contains("Next reminder: today at 10:45");
        assertThat(profile(40_004).rhythm().fixedTimes()).hasSize(9);
        assertThat(stored(40_004)).isEqualTo("10:45");

        // Keeping them changes nothing, and says so.
        parent.says("/settings");
        parent.presses("Sessions a day");
        parent.presses("6");
        parent.presses("Keep my times");
        assertThat(parent.lastMessage().text()).startsWith("Okay, your times stay as they are: 07:00, 09:00");
        assertThat(profile(40_004).rhythm().fixedTimes()).hasSize(9);
        assertThat(profile(40_004).sessionsTarget()).isEqualTo(6);
    }

    @Test
    void withoutFixedTimesANewNumberOfSessionsAsksNothing() {
        itIs(LONDON, "09:00");
        Parent parent = onboardedInLondon(40_005);
        parent.says("/settings");
        parent.presses("Sessions a day");
        parent.presses("10");

        assertThat(parent.newText()).contains("Sessions a day: 10").doesNotContain("set times");
        assertThat(parent.lastMessage().buttonTexts()).doesNotContain("Keep my times");
    }

    @Test
    void quietHoursAndFixedTimesAreTypedAsParentsSayThemInEnglish() {
        itIs(LONDON, "09:00");
        Parent parent = onboardedInLondon(40_006);
        parent.says("/reminders");

        typeQuiet(parent, "2-4pm");
        assertThat(parent.newText()).contains("Quiet hours: 14:00–16:00");
        typeQuiet(parent, "from 10pm to 6am");
        assertThat(parent.newText()).contains("Quiet hours: 22:00–06:00");

        parent.presses("🔁 Rhythm");
        parent.presses("At fixed times");
        parent.presses("✏️ Type my own");
        parent.says("9, 12, 3, 6pm");
        assertThat(parent.newText()).contains("Rhythm: at 09:00, 12:00, 15:00, 18:00");
    }

    @Test
    void quietHoursAndFixedTimesAreTypedAsParentsSayThemInSpanish() {
        itIs(MEXICO, "09:00");
        Parent parent = onboardedInMexicoCity(40_007);
        parent.says("/reminders");

        typeQuietEs(parent, "de 2 a 4 de la tarde");
        assertThat(parent.newText()).contains("Horas de silencio: 14:00–16:00");
        typeQuietEs(parent, "de 22 a 6");
        assertThat(parent.newText()).contains("Horas de silencio: 22:00–06:00");
        typeQuietEs(parent, "14 a 16");
        assertThat(parent.newText()).contains("Horas de silencio: 14:00–16:00");

        parent.presses("🔁 Ritmo");
        parent.presses("A horas fijas");
        parent.presses("✏️ Escribir las mías");
        parent.says("8, 11 y 2, 5 y 8 de la noche");
        assertThat(parent.newText()).contains("Ritmo: a las 08:00, 11:00, 14:00, 17:00, 20:00");
    }

    private static void typeQuiet(Parent parent, String text) {
        parent.presses("🤫 Quiet hours");
        parent.presses("✏️ Type my own");
        parent.says(text);
    }

    private static void typeQuietEs(Parent parent, String text) {
        parent.presses("🤫 Horas de silencio");
        parent.presses("✏️ Escribir las mías");
        parent.says(text);
    }
}
