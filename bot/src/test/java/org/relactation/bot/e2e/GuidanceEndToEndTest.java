package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.telegram.fake.BotMessage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Topics, questions in free text, red flags and /about, through Telegram. */
class GuidanceEndToEndTest extends SharedBotTest {
    @Test
    void theTopicMenuNavigatesInPlace() {
        Parent parent = bot.parent(4001, "en");
        parent.says("/guide");
        BotMessage menu = parent.lastMessage();
        assertThat(menu.buttonTexts()).containsExactly("🌱 Getting started", "🔁 Making milk", "🤱 Feeding your baby",
                "📈 Progress & less formula", "🩺 Health & when to get help", "💛 Feelings & support");

        parent.presses("🔁 Making milk");
        assertThat(parent.lastMessage().messageId()).isEqualTo(menu.messageId());
        assertThat(parent.lastMessage().buttonTexts()).hasSizeGreaterThanOrEqualTo(10)
                .contains("🤲 Breast compressions", "⬅️ Topics");
        parent.presses("🤲 Breast compressions");
        BotMessage card = parent.messages().get(parent.messages().size() - 1);
        assertThat(card.messageId()).isEqualTo(menu.messageId());
        assertThat(card.text()).startsWith("🤲 Breast compressions").contains("How to:\n1. ")
                .contains("🩺 When to get help:").contains("Sources: ");
        String shortText = card.text();

        parent.presses("More ➕");
        assertThat(parent.lastMessage().text()).startsWith("🤲 Breast compressions").isNotEqualTo(shortText)
                .contains("Sources: ");
        assertThat(parent.lastMessage().buttonTexts()).doesNotContain("More ➕").contains("⬅️ Topics");

        parent.presses("⬅️ Topics");
        assertThat(parent.lastMessage().text()).contains("Pick a topic");
        assertThat(parent.messages()).hasSize(1);
        assertThat(bot.application().users().find(4001).orElseThrow().learned()).containsExactly("compressions");
    }

    @Test
    void aTypedQuestionGetsTheRightCard() {
        Parent parent = bot.parent(4002, "en");

        parent.says("how often should I pump?");
        assertThat(parent.lastMessage().text()).contains("8 to 12");

        parent.says("can I take domperidone?");
        assertThat(parent.lastMessage().text()).startsWith("💊").containsIgnoringCase("prescri");
    }

    @Test
    void aQuestionAboutOneThingGetsThatAnswerFirstAndTheWholeTopicOneTapAway() {
        Parent parent = bot.parent(4010, "en");

        parent.says("how many days can pumped milk stay in the fridge");
        BotMessage answer = parent.lastMessage();
        assertThat(answer.text()).contains("4 days").contains("Sources: CDC");
        assertThat(answer.buttonTexts()).contains("🧊 Storing your milk", "⬅️ Topics");

        parent.presses("🧊 Storing your milk");
        assertThat(parent.lastMessage().messageId()).isEqualTo(answer.messageId());
        assertThat(parent.lastMessage().text()).startsWith("🧊 Storing your milk").contains("freezer");

        parent.says("what's the uk breastfeeding helpline number");
        assertThat(parent.lastMessage().text()).contains("0300 100 0212");
    }

    @Test
    void aHelplineQuestionGetsTheNumberOfTheCountryNamedOrElseTheParentsOwn() {
        Parent parent = bot.parent(4011, "en");
        parent.says("/start");
        for (int i = 0; i < 5; i++) {
            parent.presses("Skip");
        }
        parent.says("London");
        parent.presses("Yes, that's right");
        parent.presses("8 (recommended)");
        parent.presses("Skip");
        parent.presses("Skip");

        parent.says("is there a breastfeeding helpline i can call");
        assertThat(parent.lastMessage().text()).contains("0300 100 0212");

        parent.says("breastfeeding helpline in australia");
        assertThat(parent.lastMessage().text()).contains("1800 686 268");

        parent.says("estoy en estados unidos, hay una línea de lactancia?");
        assertThat(parent.lastMessage().text()).contains("800-994-9662");
    }

    @Test
    void aQuestionAfterItsContextIsAnsweredForWhatItAsks() {
        Parent parent = bot.parent(4012, "en");

        // The baby's age and the gap are context: the card on long gaps is not what was asked.
        parent.says("we stopped at 3 weeks and she is now 4 months, how do I know if she is getting enough");
        assertThat(parent.lastMessage().text()).startsWith("👶 Is baby getting enough?");

        Parent spanish = bot.parent(4013, "es");
        // And the specific thing asked (the fridge) is answered first, in Spanish.
        spanish.says("deje de darle pecho hace 2 meses y ahora tiene 5 meses. cuántos días dura la leche en la nevera?");
        assertThat(spanish.lastMessage().text()).contains("4 días").contains("Fuentes:");
        assertThat(spanish.lastMessage().buttonTexts()).contains("🧊 Guardar tu leche");
    }

    @Test
    void aSpanishQuestionAboutOneThingGetsThatAnswerFirst() {
        Parent parent = bot.parent(4014, "es");

        parent.says("cuántos días aguanta la leche en la nevera");

        assertThat(parent.lastMessage().text()).contains("4 días").contains("Fuentes:");
        assertThat(parent.lastMessage().buttonTexts()).contains("🧊 Guardar tu leche", "⬅️ Temas");
    }

    @Test
    void aSpanishQuestionGetsTheSpanishCard() {
        Parent parent = bot.parent(4003, "es");

        parent.says("mi bebé rechaza el pecho, ¿qué hago?");

        // Refusing the breast: after bottles or a nursing strike, the two cards link to each other. Either is right,
        // in Spanish: its title, its sections' headings, no English heading.
        String card = parent.lastMessage().text();
        assertThat(card).satisfiesAnyOf(text -> assertThat(text).startsWith("🙅 No se engancha"),
                text -> assertThat(text).startsWith("✊ Huelga de lactancia"));
        assertThat(card).contains("🩺 Cuándo pedir ayuda:", "Fuentes: ")
                .doesNotContain("When to get help", "Sources:", "won't latch", "Nursing strike");
    }

    @Test
    void anUnanswerableQuestionGetsAnHonestAnswerTheClosestTopicsAndHumanHelp() {
        Parent parent = bot.parent(4004, "en");

        List<BotMessage> replies = parent.says("who won the football match yesterday?");

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).contains("not sure");
            assertThat(reply.buttonTexts()).hasSizeLessThanOrEqualTo(4).last().isEqualTo("🤝 Where to get help");
        });
        // A question near some topics gets those, not the whole list.
        List<BotMessage> near = parent.says("my mother in law keeps saying the bottle is easier, what do I tell her");
        // The three closest topics (never the whole list), then where to get human help.
        assertThat(near).last().satisfies(reply -> {
            assertThat(reply.text()).contains("not sure");
            assertThat(reply.buttonTexts()).hasSize(4).contains("🍼 Paced bottle feeding", "🧸 Dummies & bottles")
                    .last().isEqualTo("🤝 Where to get help");
        });
        // A topic button opens its card in place.
        parent.presses(near.get(near.size() - 1).buttonTexts().get(0));
        assertThat(parent.lastMessage().buttonTexts()).isNotEmpty();
    }

    @Test
    void aRedFlagInsideAnotherMessageIsAnsweredFirstAndTheRestIsStillHandled() {
        Parent parent = bot.parent(4005, "en");
        parent.says("/start");

        List<BotMessage> replies = parent.says("I have a fever and a hot red lump, how often should I pump?");

        assertThat(replies.get(0).text()).contains("mastitis").contains("today");
        assertThat(parent.newText()).contains("8 to 12").contains("Back to setting up:");
    }

    @Test
    void lowMoodGetsItsOwnCaringAnswer() {
        Parent parent = bot.parent(4006, "en");

        List<BotMessage> replies = parent.says("I feel hopeless and I can't cope anymore");

        assertThat(replies.get(0).text()).contains("common").contains("treatable");
    }

    @Test
    void aboutSaysWhatTheBotIsNotAndWhereItsGuidanceComesFrom() {
        Parent parent = bot.parent(4007, "en");

        parent.says("/about");

        assertThat(parent.lastMessage().text()).contains("does not diagnose").contains("La Leche League")
                .contains("WHO").contains("Privacy");
    }

    @Test
    void privacySaysWhatIsStoredWhyForHowLongAndHowToExportAndDelete() {
        Parent parent = bot.parent(4008, "es");

        parent.says("/privacy");

        assertThat(parent.lastMessage().text()).contains("Qué guardo").contains("/exportar").contains("/borrar_todo")
                .contains("hasta que lo borres");
    }

    @Test
    void aSpanishQuestionFromAnEnglishTelegramGetsTheSpanishCard() {
        Parent parent = bot.parent(4_101, "en");

        List<BotMessage> replies = parent.says("¿cada cuánto tengo que sacarme leche?");

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).contains("sesiones").doesNotContain("sessions");
            assertThat(reply.buttonTexts()).contains("Más ➕");
        });
        parent.presses("Más ➕");
        assertThat(parent.lastMessage().text()).contains("sesiones").doesNotContain("sessions");
    }
}
