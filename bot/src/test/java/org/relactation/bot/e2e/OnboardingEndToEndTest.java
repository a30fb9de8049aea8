package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.telegram.fake.BotMessage;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
        parent.says("sí, gracias"); // the answer, then thanks: both are answered
        assertThat(parent.newText()).contains("Europe/Madrid").contains("De nada").doesNotContain("No encontré");
        parent.presses("8 (recomendado)");
        parent.says("me levanto a las 7 y me acuesto a las 11 de la noche"); // the day told in a sentence
        assertThat(bot.application().users().find(3_101)).hasValueSatisfying(user -> {
            assertThat(user.rhythm().wakeFrom()).isEqualTo("07:00");
            assertThat(user.rhythm().wakeTo()).isEqualTo("23:00");
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
        // A baby who is here: "Baby isn't here yet" is no way of feeding to offer.
        assertThat(parent.lastMessage().text()).contains("How does your baby feed right now?");
        assertThat(parent.lastMessage().buttonTexts()).contains("Formula").doesNotContain("Baby isn't here yet");

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
    void aTimeZoneNamedAsParentsSayItIsFound() {
        Parent parent = bot.parent(3_277, "en");
        parent.says("/start");
        parent.presses("Inducing lactation");
        parent.presses("Not here yet");
        parent.says("in 10 weeks");
        parent.presses("Some of baby's milk");

        parent.says("eastern time i think");
        assertThat(parent.lastMessage().text()).contains("America/New_York");
        parent.presses("Yes, that's right");
        assertThat(bot.application().users().find(3_277).orElseThrow().timezone()).isEqualTo("America/New_York");
    }

    @Test
    void aBabyNotHereYetSkipsTheFeedingQuestionAndGetsAPlanWithoutStepsAtTheBreast() {
        Parent parent = bot.parent(3_203, "en");
        parent.says("/start");
        parent.presses("Inducing lactation");
        parent.presses("Not here yet");
        assertThat(parent.lastMessage().text()).contains("When do you expect your baby?")
                .doesNotContain("How does your baby feed");

        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        parent.says("in 10 weeks");
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        LocalDate due = LocalDate.parse(bot.application().users().find(3_203).orElseThrow().setup().dueDate());
        assertThat(due).isIn(before.plusWeeks(10), after.plusWeeks(10));
        String date = due.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        assertThat(parent.newText()).contains("✓ Expected around " + date)
                .contains("What would you love to reach?");

        // Back from the goal goes to the expected date, never to how the baby feeds.
        parent.presses("⬅️ Back");
        assertThat(parent.lastMessage().text()).contains("When do you expect your baby?");
        parent.says(date);
        parent.presses("Some of baby's milk");
        parent.says("London");
        parent.presses("Yes, that's right");
        assertThat(parent.lastMessage().text()).contains("pump or hand-express").doesNotContain("nurse");
        parent.presses("8 (recommended)");
        parent.presses("Skip");
        parent.presses("Not for now");

        String plan = parent.newText();
        assertThat(plan).contains("🌱 Your plan").contains("Aim for 8 sessions a day (pumping or hand expression)")
                .contains("Until your baby arrives, your sessions are pumping and hand expression")
                .contains("about 6 weeks to 2 months before the baby arrives")
                .contains("talk it over with your doctor")
                .contains("📅 Your baby is expected around " + date + ", in about 10 weeks")
                .contains("When your baby is with you, tell me in /settings");
        assertThat(plan).doesNotContainIgnoringCase("skin-to-skin").doesNotContainIgnoringCase("supplementer")
                .doesNotContainIgnoringCase("nursing").doesNotContainIgnoringCase("nurse")
                .doesNotContain("Offer the breast");
        UserProfile stored = bot.application().users().find(3_203).orElseThrow();
        assertThat(stored.setup()).isEqualTo(
                new UserProfile.Setup("induce", null, "not_yet", null, "partial", due.toString()));

        // What next: a first session by pump or hand, not "with your baby at the breast".
        parent.says("/next");
        assertThat(parent.newText()).contains("a session now, pumping or hand expressing")
                .doesNotContain("at the breast");
    }

    @Test
    void inSpanishAnExpectedDateIsTypedAsADateAndTheSettingsShowItInsteadOfTheFeeding() {
        Parent parent = bot.parent(3_204, "es");
        parent.says("/start");
        parent.presses("Recuperar mi leche");
        parent.presses("De 1 a menos de 2 meses");
        parent.says("todavía no nace");
        assertThat(parent.newText()).contains("✓ Aún no ha llegado").contains("¿Cuándo esperas que llegue tu bebé?");

        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(100);
        String typed = due.format(DateTimeFormatter.ofPattern("d 'de' MMMM", Locale.forLanguageTag("es")));
        parent.says("nace el " + typed);
        String date = due.format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es")));
        assertThat(parent.newText()).contains("✓ Llegada prevista hacia el " + date);
        parent.presses("Aún no lo sé");
        parent.presses("Omitir");
        parent.presses("6");
        parent.presses("Omitir");
        parent.presses("Sí, una de noche");

        String plan = parent.newText();
        assertThat(plan).contains("Apunta a 6 sesiones al día (sacaleches o extracción a mano)")
                .contains("Esperas a tu bebé hacia el " + date).contains("Hasta que llegue tu bebé")
                .doesNotContain("piel con piel").doesNotContain("suplementador").doesNotContain("Ofrece el pecho");

        parent.says("/settings");
        assertThat(parent.lastMessage().text()).contains("Llegada del bebé: " + date).doesNotContain("Alimentación");
    }

    @Test
    void whenTheBabyArrivesSettingsAskHowTheBabyFeedsAndThePlanAddsTheBreast() {
        Parent parent = bot.parent(3_205, "en");
        parent.says("/start");
        parent.presses("Inducing lactation");
        parent.presses("Not here yet");
        parent.presses("Skip"); // no expected date yet
        for (int i = 0; i < 5; i++) { // goal, time zone, sessions, day hours, night
            parent.presses("Skip");
        }
        assertThat(parent.newText()).contains("When you know when your baby is expected, add it in /settings");

        parent.says("/settings");
        assertThat(parent.lastMessage().text()).contains("Baby expected: —").doesNotContain("Feeding now");
        parent.presses("Baby expected");
        parent.says("in 3 weeks");
        assertThat(parent.lastMessage().text()).contains("Baby expected: ").doesNotContain("Baby expected: —");

        parent.presses("Baby's age");
        parent.presses("Under 6 weeks");
        assertThat(parent.lastMessage().text()).contains("How does your baby feed right now?");
        assertThat(parent.lastMessage().buttonTexts()).doesNotContain("Baby isn't here yet", "⬅️ Back");
        parent.presses("Formula");
        assertThat(parent.lastMessage().text()).contains("Feeding now: Formula").doesNotContain("Baby expected");
        assertThat(bot.application().users().find(3_205).orElseThrow().setup())
                .isEqualTo(new UserProfile.Setup("induce", null, "lt6w", "formula", null, null));

        parent.says("/plan");
        assertThat(parent.lastMessage().text()).contains("(pumping, hand expression or nursing)")
                .contains("skin-to-skin").contains("at-breast supplementer").doesNotContain("📅");
    }

    @Test
    void aParentWhoSkipsTheAgeAndSaysTheBabyIsNotHereAtTheFeedingQuestionIsAskedWhenTheBabyIsExpected() {
        Parent parent = bot.parent(3_206, "en");
        parent.says("/start");
        parent.presses("Boosting a low supply");
        parent.presses("Skip");
        assertThat(parent.lastMessage().buttonTexts()).contains("Baby isn't here yet");
        parent.presses("Baby isn't here yet");
        assertThat(parent.lastMessage().text()).contains("When do you expect your baby?");

        // "3/4" is the 3rd of April in London and the 4th of March in New York: not known yet, so asked again.
        parent.says("3/4");
        assertThat(parent.newText()).contains("I didn't catch that date");
        assertThat(bot.application().users().find(3_206).orElseThrow().onboarding().step()).isEqualTo("due");
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

    @Test
    void theSessionsADayMayBeTypedAsHowOftenInEitherLanguage() {
        Parent parent = bot.parent(3_208, "es");
        parent.says("/start");
        parent.presses("Inducir la lactancia");
        parent.presses("Menos de 6 semanas");
        parent.presses("Fórmula");
        parent.presses("Omitir");
        parent.says("Madrid");
        parent.presses("Sí, es correcto");

        parent.says("cada 3 horas");
        parent.presses("7:00–23:00");
        parent.presses("Sí, una de noche");

        assertThat(bot.application().users().find(3_208).orElseThrow().sessionsTarget()).isEqualTo(8);
    }

    @Test
    void noThanksToTheNightSessionAnswersNoThoughElsewhereItCancels() {
        Parent parent = bot.parent(3_977, "en");
        toTheNightStep(parent);

        parent.says("no thanks");

        assertThat(parent.newText()).contains("All set");
        UserProfile stored = bot.application().users().find(3_977).orElseThrow();
        assertThat(stored.rhythm().nightSession()).isFalse();
        assertThat(stored.onboarding()).isNull();
    }

    @Test
    void aCancelWordInsideTheNightStepsOwnAnswerAnswersIt() {
        Parent parent = bot.parent(3_978, "en");
        toTheNightStep(parent);

        parent.says("skip the night one"); // "skip" alone cancels; here it says "no night session"

        assertThat(parent.newText()).contains("All set");
        UserProfile stored = bot.application().users().find(3_978).orElseThrow();
        assertThat(stored.rhythm().nightSession()).isFalse();
        assertThat(stored.onboarding()).isNull();
    }

    @Test
    void aFeelingThatHoldsTheStepsAnswerAnswersIt() {
        Parent parent = bot.parent(3_979, "en");
        parent.says("/start");
        parent.presses("Bringing my milk back");
        parent.presses("1 to under 2 months");
        parent.presses("6 weeks to under 3 months");
        parent.presses("Formula");

        parent.says("honestly i would be so happy with just comfort nursing");

        assertThat(parent.newText()).contains("Which city");
        assertThat(bot.application().users().find(3_979).orElseThrow().setup().goal()).isEqualTo("comfort");
    }

    /** Every setup step answered with its buttons up to "one at night too?". */
    private static void toTheNightStep(Parent parent) {
        parent.says("/start");
        parent.presses("Bringing my milk back");
        parent.presses("1 to under 2 months");
        parent.presses("6 weeks to under 3 months");
        parent.presses("Formula");
        parent.presses("All of baby's milk");
        parent.says("London");
        parent.presses("Yes, that's right");
        parent.presses("8 (recommended)");
        parent.says("7-22");
    }
}
