package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.reminders.ReminderStore;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.telegram.fake.BotMessage;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Leaving, and coming back: /stop asks why and can be cancelled, says the log is kept and how to come back. */
class LeavingEndToEndTest extends SharedBotTest {
    private static final List<String> REASONS = List.of("I need a break", "Relactation is done", "I decided to stop",
            "Baby no longer feeds");
    private static final List<String> RAZONES = List.of("Necesito un descanso", "Ya lo he conseguido",
            "He decidido parar", "El bebé ya no toma");

    private static ReminderStore reminders() {
        return new ReminderStore(bot.application().database());
    }

    private static ReminderStore mornings() {
        return new ReminderStore(bot.application().database(), Schema.MORNING_NOTES);
    }

    private static EntryStore entries() {
        return new EntryStore(bot.application().database());
    }

    @Test
    void stopOffersCancelWhichChangesNothingAndSaysSo() {
        Parent parent = onboardedAtNoon(40_001);
        Instant due = reminders().find(40_001).orElseThrow().dueAt();
        Instant morning = mornings().find(40_001).orElseThrow().dueAt();

        parent.says("/stop");
        BotMessage question = parent.lastMessage();
        assertThat(question.buttonTexts()).containsAll(REASONS).contains("Cancel");
        assertThat(reminders().find(40_001)).as("nothing stops before a reason is pressed").isPresent();

        parent.presses("Cancel");

        assertThat(parent.lastMessage().text()).isEqualTo("Nothing changed: your reminders stay as they were. 💛");
        assertThat(parent.lastMessage().buttonTexts()).isEmpty();
        assertThat(reminders().find(40_001).orElseThrow().dueAt()).isEqualTo(due);
        assertThat(mornings().find(40_001).orElseThrow().dueAt()).isEqualTo(morning);
    }

    @Test
    void everyReasonSaysTheLogIsKeptAndResumeBringsTheRemindersBack() {
        Parent parent = onboardedAtNoon(40_002);
        parent.says("pumped 15 min 20 ml");

        for (String reason : REASONS) {
            parent.says("/stop");
            parent.presses(reason);

            assertThat(parent.lastMessage().text()).as(reason).contains("Your log is kept").contains("/resume");
            assertThat(reminders().find(40_002)).as(reason).isEmpty();
            assertThat(mornings().find(40_002)).as(reason).isEmpty();
            assertThat(entries().all(40_002)).as(reason).hasSize(1);

            parent.says("/resume");
            assertThat(parent.lastMessage().text()).startsWith("Reminders are back on");
            assertThat(reminders().find(40_002)).as(reason).isPresent();
        }
    }

    @Test
    void inSpanishTooEveryReasonSaysTheLogIsKeptAndHowToComeBack() {
        onboardedAtNoon(40_003).says("pumped 15 min 20 ml");
        bot.application().users().setLanguage(40_003, "es");
        Parent parent = bot.parent(40_003, "es");

        for (String reason : RAZONES) {
            parent.says("/parar");
            assertThat(parent.lastMessage().buttonTexts()).containsAll(RAZONES).contains("Cancelar");
            parent.presses(reason);

            assertThat(parent.lastMessage().text()).as(reason).contains("Tu registro se").contains("guard")
                    .contains("/reanudar");
            assertThat(reminders().find(40_003)).as(reason).isEmpty();

            parent.says("/reanudar");
            assertThat(reminders().find(40_003)).as(reason).isPresent();
        }
        parent.says("/parar");
        parent.presses("Cancelar");
        assertThat(parent.lastMessage().text()).startsWith("No he cambiado nada");
        assertThat(reminders().find(40_003)).isPresent();
        assertThat(entries().all(40_003)).hasSize(1);
    }
}
