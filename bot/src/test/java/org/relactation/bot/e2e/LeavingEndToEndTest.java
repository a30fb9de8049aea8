package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.reminders.ReminderStore;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.telegram.fake.BotMessage;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leaving, and coming back: /stop asks why and can be cancelled, says the log is kept and how to come back;
 * after /delete, whatever the parent writes next starts the setup again, and nothing is logged before it.
 */
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
    void askingInWordsToStopTheRemindersIsStop() {
        Parent parent = onboardedAtNoon(40_031);
        parent.says("can you stop the reminders please");
        assertThat(parent.lastMessage().text()).startsWith("Stop your reminders?");
        assertThat(parent.lastMessage().buttonTexts()).containsAll(REASONS).contains("Cancel");
        assertThat(reminders().find(40_031)).as("nothing stops before a reason is pressed").isPresent();
        // Pumping words are no command: "stop" inside a question about sessions asks the question.
        parent.says("should i stop pumping at night?");
        assertThat(parent.lastMessage().text()).doesNotStartWith("Stop your reminders?");
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

    @Test
    void afterDeleteDoneStartsTheSetupAgainAndLogsNothing() {
        Parent parent = deleted(40_004);

        List<BotMessage> replies = parent.says("done");

        String said = texts(replies);
        assertThat(replies.get(0).text()).startsWith("I have nothing saved for you now").contains("wasn't saved");
        assertThat(said).contains("I'm here to walk with you").contains("I don't replace your doctor")
                .contains("What brings you here?").doesNotContain("Logged").doesNotContain("first log");
        assertThat(parent.lastMessage().buttonTexts()).isNotEmpty();
        assertThat(entries().all(40_004)).isEmpty();
        assertThat(reminders().find(40_004)).isEmpty();
        UserProfile profile = bot.application().users().find(40_004).orElseThrow();
        assertThat(profile.startedAt()).isNotNull();
        assertThat(profile.timezone()).isNull();
        assertThat(profile.planStartedAt()).isNull();
        assertThat(profile.inFlow()).isTrue();
    }

    @Test
    void afterDeleteACommandOrAPhotoStartsTheSetupAgainToo() {
        Parent today = deleted(40_005);
        assertThat(texts(today.says("/today"))).startsWith("I have nothing saved for you now")
                .contains("What brings you here?").doesNotContain("Nothing logged yet today");

        Parent photo = deleted(40_006);
        bot.telegram().userSendsPhoto(40_006, null, "en");
        bot.delivered();
        bot.awaitHandled();
        assertThat(photo.lastMessage().text()).contains("What brings you here?");
        assertThat(texts(photo.messages())).contains("I have nothing saved for you now");
    }

    @Test
    void afterDeleteReadingAboutTheBotAndWhatItKeepsComesBeforeTheSetup() {
        Parent parent = deleted(40_011);

        assertThat(texts(parent.says("/privacy"))).doesNotContain("nothing saved").doesNotContain("What brings you here?");
        assertThat(texts(parent.says("/help"))).contains("/help").doesNotContain("What brings you here?");
        // Anything else starts the setup.
        assertThat(texts(parent.says("/today"))).startsWith("I have nothing saved for you now");
    }

    @Test
    void afterDeleteStartIsAFirstWelcomeWithoutExcuses() {
        Parent parent = deleted(40_007);

        String said = texts(parent.says("/start"));

        assertThat(said).contains("I'm here to walk with you").contains("What brings you here?")
                .doesNotContain("nothing saved");
    }

    @Test
    void afterDeleteAWarningSignIsAnsweredAloneAndTheSetupComesNext() {
        Parent parent = deleted(40_008);

        String warned = texts(parent.says("she is floppy and wont wake up"));
        assertThat(warned).doesNotContain("nothing saved").doesNotContain("What brings you here?");
        assertThat(bot.application().users().find(40_008).map(UserProfile::startedAt)).isEmpty();

        assertThat(texts(parent.says("ok"))).startsWith("I have nothing saved for you now");
    }

    @Test
    void aSpanishParentIsSetUpAgainInSpanish() {
        onboardedAtNoon(40_009);
        bot.application().users().setLanguage(40_009, "es");
        Parent parent = bot.parent(40_009, "es");
        parent.says("/borrar_todo");
        parent.presses("Sí, borrar");
        parent.presses("Borrarlo todo");
        assertThat(bot.application().database().countEverythingOf(40_009).values()).allMatch(count -> count == 0);

        String said = texts(parent.says("listo"));

        assertThat(said).startsWith("No tengo nada guardado sobre ti ahora").contains("no se ha guardado")
                .contains("¿Qué te trae por aquí?");
        assertThat(entries().all(40_009)).isEmpty();
    }

    /** A parent who set up, logged once and then deleted everything. */
    private static Parent deleted(long id) {
        Parent parent = onboardedAtNoon(id);
        parent.says("pumped 15 min 20 ml");
        parent.says("/delete");
        parent.presses("Yes, delete");
        parent.presses("Delete everything");
        assertThat(parent.lastMessage().text()).startsWith("Done: everything I kept about you is deleted");
        assertThat(bot.application().database().countEverythingOf(id)).allSatisfy((collection, count) ->
                assertThat(count).as(collection).isZero());
        return parent;
    }

    private static String texts(List<BotMessage> messages) {
        return String.join("\n", messages.stream().map(BotMessage::visibleText).toList());
    }
}
