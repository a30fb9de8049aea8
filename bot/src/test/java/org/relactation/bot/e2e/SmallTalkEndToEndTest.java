package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.BotMessage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Greetings, thanks, emoji and feelings get a person's answer, never the list of topics. */
class SmallTalkEndToEndTest extends SharedBotTest {

    private static void noTopicList(List<BotMessage> replies) {
        assertThat(replies).allSatisfy(reply -> assertThat(reply.text()).doesNotContain("not sure")
                .doesNotContain("no estoy segur"));
    }

    @Test
    void aGreetingBeforeStartingPointsToStartAndAfterwardsToWhatTheBotDoes() {
        Parent parent = bot.parent(15_001, "en");
        List<BotMessage> first = parent.says("hi");
        assertThat(first).singleElement().satisfies(reply -> assertThat(reply.text()).contains("/start"));

        Parent onboarded = onboardedAtNoon(15_002);
        List<BotMessage> later = onboarded.says("Hello!");
        assertThat(later).singleElement().satisfies(reply -> assertThat(reply.text()).contains("/today")
                .doesNotContain("/start"));
    }

    @Test
    void aGreetingDuringOnboardingIsAnsweredAndTheQuestionAskedAgain() {
        Parent parent = bot.parent(15_008, "es");
        parent.says("/start");

        List<BotMessage> replies = parent.says("holaa");

        assertThat(replies.get(0).text()).startsWith("Hola");
        assertThat(parent.newText()).contains("¿Qué te trae por aquí?");
    }

    @Test
    void thanksAndEmojiGetAShortAcknowledgement() {
        Parent parent = bot.parent(15_003, "en");

        assertThat(parent.says("thank you so much!")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).contains("welcome"));
        assertThat(parent.says("👍")).singleElement().satisfies(reply -> assertThat(reply.text()).isEqualTo("💛"));
        assertThat(parent.says("🙂")).singleElement().satisfies(reply -> assertThat(reply.text()).isEqualTo("💛"));
    }

    @Test
    void howItGoesSaidOfOneselfWithoutAFeelingWordGetsAWordForItNotATopicList() {
        Parent parent = bot.parent(15_031, "en");
        assertThat(parent.says("honestly my whole body just refuses to play along")).singleElement()
                .satisfies(reply -> {
                    assertThat(reply.text()).startsWith("Thank you for telling me how it feels");
                    assertThat(reply.buttonTexts()).containsExactly("💛 Feelings & support");
                });
        Parent spanish = bot.parent(15_032, "es");
        assertThat(spanish.says("siento que mi cuerpo no coopera para nada")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).startsWith("Gracias por contarme cómo te sientes"));
        // In the middle of the setup too: the word for it, then the setup question again.
        Parent settingUp = bot.parent(15_033, "en");
        settingUp.says("/start");
        assertThat(settingUp.says("honestly my whole body refuses to play along")).first()
                .satisfies(reply -> assertThat(reply.text()).startsWith("Thank you for telling me how it feels"));
        assertThat(settingUp.lastMessage().text()).contains("What brings you here?");
        // Asked, even without a question mark, it stays a question: "not sure" and the closest topics.
        assertThat(parent.says("who won the football game yesterday")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).contains("not sure"));
    }

    @Test
    void wantingToGiveUpGetsAWarmReplyWithOneStepAndTheSupportTopic() {
        Parent parent = bot.parent(15_004, "en");

        List<BotMessage> replies = parent.says("im so tired i want to give up");

        noTopicList(replies);
        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).contains("limit").contains("One step");
            assertThat(reply.buttonTexts()).hasSize(1);
        });
        // The button opens the feelings topic in place.
        parent.presses(replies.get(0).buttonTexts().get(0));
        assertThat(parent.lastMessage().text()).isNotEqualTo(replies.get(0).text());
    }

    @Test
    void aSpanishFeelingFromAnEnglishTelegramIsAnsweredInSpanishAndNothingIsLogged() {
        Parent parent = bot.parent(15_005, "en");

        noTopicList(parent.says("estoy agotada, quiero dejarlo"));
        assertThat(parent.lastMessage().text()).contains("límite");

        List<BotMessage> replies = parent.says("me siento muy frustrada, llevo una semana y nada");
        noTopicList(replies);
        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.text()).contains("cada gota")
                .doesNotContain("minutos"));
        assertThat(new EntryStore(bot.application().database()).all(15_005)).isEmpty();
    }

    @Test
    void aFeelingWithAQuestionGetsBoth() {
        Parent parent = bot.parent(15_006, "en");

        List<BotMessage> replies = parent.says("I'm exhausted. how often should I pump?");

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text()).contains("tiredness");
        assertThat(replies.get(1).text()).contains("8 to 12");
    }

    @Test
    void aSadEmojiGetsTheWarmReply() {
        Parent parent = bot.parent(15_007, "es");

        assertThat(parent.says("😭")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).contains("No tienes que llevarlo a solas"));
    }
}
