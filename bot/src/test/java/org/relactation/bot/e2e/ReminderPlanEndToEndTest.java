package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.reminders.ReminderStore;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.telegram.fake.BotCommandEntry;
import org.relactation.bot.telegram.fake.BotMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** /reminders through Telegram: the plan shown in the parent's words and changed with buttons, in place. */
class ReminderPlanEndToEndTest extends SharedBotTest {

    private static ReminderStore store() {
        return new ReminderStore(bot.application().database());
    }

    private static UserProfile profile(long id) {
        return bot.application().users().find(id).orElseThrow();
    }

    /** The stored next reminder as the parent's clock shows it. */
    private static String nextReminder(long id) {
        ZoneId zone = profile(id).zone(ZoneOffset.UTC);
        return store().find(id).orElseThrow().dueAt().atZone(zone).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    @Test
    void theParentSeesTheirPlanAndChangesItWithButtonsInTheSameMessage() {
        Parent parent = onboardedAtNoon(20_001);
        parent.says("done");

        parent.says("/reminders");
        BotMessage plan = parent.lastMessage();
        assertThat(plan.text()).startsWith("⏰ Your reminder plan")
                .contains("Rhythm: 8 a day, spread over your day (07:00–22:00)")
                .contains("Night session: one, in the middle of the night (around 02:30)")
                .contains("Quiet hours: none")
                .contains("Next reminder: today at " + nextReminder(20_001));
        int messages = parent.messages().size();

        parent.presses("🔁 Rhythm");
        parent.presses("Every few hours");
        parent.presses("Every 3 hours");

        assertThat(parent.messages()).as("every change edits the same message").hasSize(messages);
        assertThat(parent.lastMessage().messageId()).isEqualTo(plan.messageId());
        assertThat(parent.lastMessage().text()).startsWith("✅ Saved.")
                .contains("Rhythm: Every 3 hours, during your day (07:00–22:00)");
        assertThat(profile(20_001).rhythm().mode()).isEqualTo("every");
        assertThat(profile(20_001).rhythm().everyMinutes()).isEqualTo(180);
        Duration untilNext = Duration.between(Instant.now(), store().find(20_001).orElseThrow().dueAt());
        assertThat(untilNext).as("three hours after the session just logged")
                .isBetween(Duration.ofMinutes(178), Duration.ofMinutes(180));

        parent.presses("🌙 Night session");
        parent.presses("03:00");
        assertThat(parent.lastMessage().text()).contains("Night session: one, at 03:00");
        assertThat(profile(20_001).rhythm().nightAt()).isEqualTo("03:00");

        parent.presses("🤫 Quiet hours");
        parent.presses("13:00–15:00");
        assertThat(parent.lastMessage().text()).contains("Quiet hours: 13:00–15:00, no reminders then");

        parent.presses("✓ Done");
        assertThat(parent.lastMessage().buttonTexts()).isEmpty();
        assertThat(parent.messages()).hasSize(messages);
    }

    @Test
    void typedFixedTimesAreCheckedKindlyThenSavedAndTheNextReminderFollowsThem() {
        Parent parent = onboardedAtNoon(20_002);
        parent.says("done");
        parent.says("/reminders");
        parent.presses("🔁 Rhythm");
        parent.presses("At fixed times");
        parent.presses("✏️ Type my own");
        assertThat(parent.lastMessage().text()).startsWith("Type the times you'd like");

        parent.says("07:00, 25:00");
        assertThat(parent.newText()).contains("I couldn't read those as times of day").contains("Nothing was changed");
        assertThat(profile(20_002).rhythm().mode()).isNull();

        parent.says("pumped 10 min");
        assertThat(parent.newText()).contains("Logged");
        assertThat(parent.lastMessage().text()).as("a log in between, then the same ask again")
                .startsWith("Type the times you'd like");

        parent.says("7, 13:30, 19:00");
        assertThat(parent.newText()).startsWith("✅ Saved.").contains("Rhythm: at 07:00, 13:30, 19:00")
                .contains("Next reminder: today at 13:30");
        assertThat(profile(20_002).rhythm().fixedTimes()).containsExactly("07:00", "13:30", "19:00");
        assertThat(profile(20_002).inFlow()).isFalse();
        assertThat(nextReminder(20_002)).isEqualTo("13:30");

        parent.presses("🤫 Quiet hours");
        parent.presses("13:00–15:00");
        assertThat(nextReminder(20_002)).as("13:30 falls in the quiet hours").isEqualTo("19:00");
        assertThat(parent.lastMessage().text()).contains("Next reminder: today at 19:00");
    }

    @Test
    void aPlanChangeOrALogDuringAPauseKeepsThePause() {
        Parent parent = onboardedAtNoon(20_003);
        parent.says("/pause");
        parent.presses("3 days");
        Instant pauseEnd = Instant.now().plus(Duration.ofDays(3)).minusSeconds(60);

        parent.says("/reminders");
        parent.presses("🔁 Rhythm");
        parent.presses("Every few hours");
        parent.presses("Every 2 hours");
        parent.says("done");

        assertThat(profile(20_003).rhythm().everyMinutes()).isEqualTo(120);
        assertThat(store().find(20_003).orElseThrow().dueAt()).isAfter(pauseEnd);
    }

    @Test
    void theCommandIsInTheMenuAndInHelp() {
        Parent parent = bot.parent(20_004, "en");

        parent.says("/help");

        assertThat(parent.newText()).contains("/reminders – Your reminder plan");
        assertThat(bot.telegram().commands().get("")).extracting(BotCommandEntry::command).contains("reminders");
        assertThat(bot.telegram().commands().get("es")).extracting(BotCommandEntry::command).contains("recordatorios");
    }

    @Test
    void spanishParentsReadTheirPlanInSpanish() {
        Parent parent = bot.parent(20_005, "es");
        parent.says("/reminders");

        assertThat(parent.lastMessage().text()).startsWith("⏰ Tu plan de recordatorios")
                .contains("Ritmo: 8 al día").contains("desactivados");
        assertThat(parent.lastMessage().buttonTexts()).contains("🔁 Ritmo", "🌙 Sesión de noche");
        assertThat(parent.lastMessage().buttonTexts()).hasSize(4);
    }
}
