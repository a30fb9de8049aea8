package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.storage.UserProfile;
import org.relactation.bot.telegram.fake.BotMessage;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Onboarding through Telegram: buttons, typed answers, skip and back, interruptions, and /settings afterwards. */
class OnboardingEndToEndTest extends SharedBotTest {
    @Test
    void aParentWalksThroughOnboardingWithAnInterruptionAndGetsTheirPlan() {
        Parent parent = bot.parent(3001, "en");
        parent.says("/start");
        assertThat(parent.lastMessage().buttonTexts())
                .contains("Bringing my milk back", "Inducing lactation", "Boosting a low supply", "Skip")
                .doesNotContain("⬅️ Back");

        parent.presses("Bringing my milk back");
        assertThat(parent.messages()).anySatisfy(m -> assertThat(m.text()).endsWith("✓ Bringing my milk back"));
        parent.presses("1 to under 2 months");
        parent.presses("6 weeks to under 3 months");

        // An interruption in the middle: the bot answers, then asks the open question again.
        parent.says("/help");
        assertThat(parent.newText()).contains("/help – What I can do")
                .contains("Back to setting up:").contains("How does your baby feed right now?");

        parent.presses("Formula");
        parent.presses("⬅️ Back");
        assertThat(parent.lastMessage().text()).contains("How does your baby feed right now?");
        parent.says("formula"); // a typed answer that names a choice counts
        parent.presses("All of baby's milk");

        parent.says("I live in New York");
        assertThat(parent.lastMessage().text()).contains("America/New_York");
        parent.presses("Yes, that's right");
        parent.presses("8 (recommended)");
        parent.says("6:30-22:30");
        List<BotMessage> done = parent.presses("Yes, one at night");

        assertThat(parent.newText()).contains("All set").contains("🌱 Your plan")
                .contains("Aim for 8 sessions a day").contains("7 spread over 06:30–22:30 and one at night")
                .contains("That's within the 8 to 12 in 24 hours")
                .contains("at-breast supplementer").contains("about as long as the time since your milk stopped");
        assertThat(done).isNotEmpty();
        UserProfile stored = bot.application().users().find(3001).orElseThrow();
        assertThat(stored.setup()).isEqualTo(new UserProfile.Setup("relactate", "m1_2", "w6_12", "formula", "full"));
        assertThat(stored.timezone()).isEqualTo("America/New_York");
        assertThat(stored.rhythm()).isEqualTo(new UserProfile.Rhythm(8, "06:30", "22:30", true));
        assertThat(stored.onboarding()).isNull();
        assertThat(stored.planStartedAt()).isNotNull();
    }

    @Test
    void skippedQuestionsStoreNothingAndTheGapIsNotAskedWhenInducing() {
        Parent parent = bot.parent(3002, "es");
        parent.says("/start");

        parent.presses("Inducir la lactancia");
        assertThat(parent.lastMessage().text()).contains("¿Cuántos meses tiene tu bebé?");
        parent.presses("Omitir");
        parent.presses("Omitir");
        parent.presses("Omitir");
        parent.says("asdfgh");
        assertThat(parent.newText()).contains("No encontré ese lugar");
        parent.presses("Omitir");
        parent.presses("Omitir");
        parent.presses("Omitir");
        parent.presses("Omitir");

        assertThat(parent.newText()).contains("Tu plan").contains("Inducir la lactancia lleva tiempo")
                .contains("tu médico o médica").contains("coméntalo con quien te atiende").doesNotContain("con él");
        UserProfile stored = bot.application().users().find(3002).orElseThrow();
        assertThat(stored.setup()).isEqualTo(new UserProfile.Setup("induce", null, null, null, null));
        assertThat(stored.timezone()).isNull();
        assertThat(stored.onboarding()).isNull();
    }

    @Test
    void settingsChangeOneAnswerAndShowTheSummaryAgain() {
        Parent parent = bot.parent(3003, "en");
        parent.says("/start");
        for (int i = 0; i < 9; i++) {
            parent.presses("Skip");
        }
        parent.says("/settings");
        assertThat(parent.lastMessage().text()).contains("Goal: —");

        parent.presses("Goal");
        assertThat(parent.lastMessage().buttonTexts()).contains("Comfort nursing").doesNotContain("⬅️ Back");
        parent.presses("Comfort nursing");

        assertThat(parent.lastMessage().text()).contains("Goal: Comfort nursing");
        assertThat(bot.application().users().find(3003).orElseThrow().onboarding()).isNull();
    }

    @Test
    void timezoneAndLanguageCanBeChangedLater() {
        Parent parent = bot.parent(3004, "en");
        parent.says("/timezone");
        parent.says("Mumbai");
        parent.presses("Yes, that's right");
        assertThat(bot.application().users().find(3004).orElseThrow().timezone()).isEqualTo("Asia/Kolkata");

        parent.says("/language");
        parent.presses("Español");

        assertThat(parent.lastMessage().text()).contains("te hablo en español");
        parent.says("/help");
        assertThat(parent.newText()).contains("Esto es lo que puedo hacer");
    }

    @Test
    void typedAnswersInTheParentsOwnWordsAreTakenAndAQuestionInBetweenIsAnswered() {
        Parent parent = bot.parent(3_101, "es");
        parent.says("/start");

        parent.says("quiero recuperar mi leche");
        assertThat(parent.newText()).contains("✓ Recuperar mi leche").contains("¿Hace cuánto");
        parent.says("hace como un mes");
        assertThat(parent.newText()).contains("✓").contains("¿Cuántos meses tiene tu bebé?");

        // A question in the middle is answered, and the open question asked again.
        parent.says("¿cada cuánto tengo que extraerme?");
        assertThat(parent.newText()).contains("8 a 12").contains("¿Cuántos meses tiene tu bebé?");

        parent.says("tiene 7 semanas");
        parent.says("formula");
        parent.says("no sé");
        parent.says("Madrid");
        assertThat(parent.lastMessage().text()).contains("Europe/Madrid");
        parent.says("sí");
        assertThat(parent.newText()).contains("Europe/Madrid").doesNotContain("No encontré");
        assertThat(bot.application().users().find(3_101)).hasValueSatisfying(user -> {
            assertThat(user.setup().situation()).isEqualTo("relactate");
            assertThat(user.setup().gap()).isEqualTo("m1_2");
            assertThat(user.setup().babyAge()).isEqualTo("w6_12");
            assertThat(user.setup().goal()).isEqualTo("unsure");
            assertThat(user.timezone()).isEqualTo("Europe/Madrid");
        });
    }

    @Test
    void theBabysAgeRangesMeetWithoutOverlappingAndATypedAgeLandsWhereItsLabelSays() {
        Parent parent = bot.parent(3_201, "en");
        parent.says("/start");
        parent.presses("Bringing my milk back");
        assertThat(parent.lastMessage().buttonTexts()).startsWith("Under 2 weeks", "2 weeks to under a month",
                "1 to under 2 months", "2 to under 6 months", "6 months or more");
        parent.says("6 months");
        assertThat(parent.newText()).contains("✓ 6 months or more").contains("How old is your baby?");
        assertThat(parent.lastMessage().buttonTexts()).startsWith("Under 6 weeks", "6 weeks to under 3 months",
                "3 to under 6 months", "6 to under 12 months", "1 year or older", "Not here yet");

        parent.says("she's 3 months");
        assertThat(parent.newText()).contains("✓ 3 to under 6 months");

        Parent spanish = bot.parent(3_202, "es");
        spanish.says("/start");
        spanish.presses("Aumentar una producción baja");
        assertThat(spanish.lastMessage().buttonTexts()).startsWith("Menos de 6 semanas",
                "De 6 semanas a menos de 3 meses", "De 3 a menos de 6 meses", "De 6 a menos de 12 meses",
                "1 año o más", "Aún no ha llegado");
        spanish.says("tiene 12 meses");
        assertThat(spanish.newText()).contains("✓ 1 año o más");
    }

    @Test
    void thePlansNumbersAreTheChosenRhythmAndSayOnceWhatTheGuidanceAdvises() {
        Parent parent = bot.parent(3_207, "en");
        parent.says("/start");
        parent.presses("Inducing lactation");
        parent.presses("Under 6 weeks");
        parent.presses("Formula");
        parent.presses("Skip");
        parent.says("London");
        parent.presses("Yes, that's right");
        parent.presses("6");
        parent.presses("7:00–23:00");
        parent.presses("Yes, one at night");

        String plan = parent.newText();
        assertThat(plan).contains("Aim for 6 sessions a day (pumping, hand expression or nursing)")
                .contains("5 spread over 07:00–23:00 and one at night")
                .contains("You chose 6 a day: a good start. 8 to 12 in 24 hours")
                .contains("add one more when you can").doesNotContain("8–12");
        assertThat(Pattern.compile("8 to 12").matcher(plan).results().count()).isEqualTo(1);

        parent.says("/settings");
        parent.presses("Sessions a day");
        parent.presses("10");
        parent.presses("Night session");
        parent.presses("Not for now");
        parent.says("/plan");
        assertThat(parent.lastMessage().text()).contains("Aim for 10 sessions a day")
                .contains("spread over 07:00–23:00.").doesNotContain("at night")
                .contains("That's within the 8 to 12 in 24 hours").doesNotContain("You chose");
    }
}
