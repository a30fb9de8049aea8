package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.BotMessage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety net through Telegram: a warning sign in any message, on every path (a text, a log, a caption, an
 * edit, onboarding, a group, a redelivered update), is answered first with what to do, how soon and the numbers of
 * the parent's country, and the rest of the message is handled without a celebration. The paths that need a bot of
 * their own (flood control, a database outage) are in {@link SafetyUnderStressEndToEndTest}.
 */
class SafetyEndToEndTest extends SharedBotTest {

    private static List<Entry> entriesOf(long userId) {
        return new EntryStore(bot.application().database()).all(userId);
    }

    /** A parent who set up the bot in London, with the baby's age given. */
    private static Parent onboardedInLondon(long id, String babyAge) {
        Parent parent = bot.parent(id, "en");
        parent.says("/start");
        parent.presses("Bringing my milk back");
        parent.presses("1 to under 2 months");
        parent.presses(babyAge);
        parent.presses("Skip");
        parent.presses("Skip");
        parent.says("London");
        parent.presses("Yes, that's right");
        parent.presses("8 (recommended)");
        parent.presses("Skip");
        parent.presses("Skip");
        return parent;
    }

    @Test
    void thoughtsOfNotBeingHereGetTheCrisisLineOfTheParentsCountryAndNoTopicList() {
        Parent parent = onboardedInLondon(13_001, "3 to under 6 months");

        List<BotMessage> replies = parent.says("i dont want to be here anymore");

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).contains("Samaritans on 116 123").contains("999").contains("keep writing");
            assertThat(reply.text().indexOf('\n')).as("first message short").isLessThan(350);
            assertThat(reply.buttonTexts()).isEmpty();
        });
    }

    @Test
    void aWarningInsideALogComesFirstTheLogIsStoredAndNothingIsCelebrated() {
        Parent parent = onboardedInLondon(13_002, "3 to under 6 months");

        List<BotMessage> replies = parent.says("pumped 15 min, I have a fever and my breast is red");

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text()).contains("mastitis").contains("NHS 111").contains("999")
                .hasSizeLessThan(350);
        assertThat(replies.get(1).text()).startsWith("✅ Logged:").doesNotContain("🌱").doesNotContain("begun");
        assertThat(entriesOf(13_002)).singleElement().satisfies(e -> assertThat(e.minutes()).isEqualTo(15));
        // The milestone was not claimed in that turn: the next log celebrates it.
        assertThat(parent.says("pumped 10 min")).extracting(BotMessage::text)
                .anySatisfy(text -> assertThat(text).contains("🌱"));
    }

    @Test
    void aWarningSignInsideASpanishLogStillLetsTheSessionBeLogged() {
        Parent parent = bot.parent(13_014, "es");

        List<BotMessage> replies = parent.says("me extraje 15 min, mi bebé casi no moja pañales");

        assertThat(replies.get(0).text()).contains("pañales").contains("hoy");
        assertThat(parent.newText()).doesNotContain("dos mensajes");
        assertThat(entriesOf(13_014)).singleElement().satisfies(e -> assertThat(e.minutes()).isEqualTo(15));
    }

    @Test
    void aSpanishWarningSignFromAnEnglishTelegramIsAnsweredInSpanish() {
        Parent parent = bot.parent(13_003, "en");

        List<BotMessage> replies = parent.says("mi bebé casi no moja pañales, que hago");

        assertThat(replies.get(0).text()).contains("pañales").contains("hoy").contains("Fuente:");
    }

    @Test
    void aFeverInAYoungBabyIsAnEmergencyByTheAgeWrittenOrTheAgeGivenAtSetUp() {
        Parent parent = bot.parent(13_004, "en");
        List<BotMessage> replies = parent.says("my 6 week old has a fever of 38.1");
        assertThat(replies.get(0).text()).contains("under 3 months").contains("now");
        assertThat(parent.newText()).as("the age is no session length").doesNotContain("minutes");
        assertThat(entriesOf(13_004)).isEmpty();

        Parent young = onboardedInLondon(13_005, "Under 6 weeks");
        assertThat(young.says("she feels hot, 38.4 on the thermometer").get(0).text())
                .contains("under 3 months").contains("999");
        Parent older = onboardedInLondon(13_006, "6 to under 12 months");
        assertThat(older.says("she feels hot, 38.4 on the thermometer").get(0).text())
                .contains("A fever in a baby needs checking").contains("NHS 111");
    }

    @Test
    void aDoseIsAnsweredByThePrescriberOnlyAndNeverLogged() {
        Parent parent = bot.parent(13_007, "en");

        List<BotMessage> replies = parent.says("my doctor gave me domperidone 10mg 3 times a day, can i take more");

        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.text())
                .contains("doctor who prescribes it").contains("heart-rhythm").doesNotContainPattern("\\d+ ?mg"));
        assertThat(parent.says("can I take 30mg domperidone")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).contains("I never give doses"));
        assertThat(entriesOf(13_007)).isEmpty();
    }

    @Test
    void aPhotoCaptionIsChecked() {
        long id = 13_008;
        bot.telegram().userSendsPhoto(id, "her lips are turning blue", "en");
        bot.delivered();
        bot.awaitHandled();

        assertThat(bot.telegram().messagesTo(id)).singleElement().satisfies(reply -> assertThat(reply.text())
                .contains("emergency").contains("now").doesNotContain("only read text"));
    }

    @Test
    void anEditedMessageIsCheckedAndChangesNothingStored() {
        Parent parent = bot.parent(13_009, "en");
        parent.says("pumped 10 min 20ml");
        int logged = bot.telegram().lastMessageId(13_009) - 1; // the parent's message, before the bot's reply
        int before = parent.messages().size();

        bot.telegram().userEdits(13_009, logged, "pumped 10 min 20ml, there was blood in the milk");
        bot.delivered();
        bot.awaitHandled();

        List<BotMessage> after = parent.messages();
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(after.size() - 1).text()).contains("Blood").contains("today");
        assertThat(entriesOf(13_009)).singleElement().satisfies(e -> assertThat(e.ml()).isEqualTo(20));
    }

    @Test
    void duringOnboardingTheWarningComesFirstAndTheQuestionIsAskedAgain() {
        Parent parent = bot.parent(13_010, "es");
        parent.says("/start");

        List<BotMessage> replies = parent.says("mi bebé está muy flojito y no se despierta");

        assertThat(replies.get(0).text()).contains("emergencias").contains("ahora");
        assertThat(parent.newText()).contains("¿Qué te trae por aquí?");
    }

    @Test
    void inAGroupTheWarningIsAnsweredThereAndNothingIsStored() {
        long group = -100_013_011L;
        bot.telegram().groupMessage(group, 13_011, "baby has a temp of 38.6, what do i do");
        bot.delivered();
        bot.awaitHandled();

        assertThat(bot.telegram().messagesTo(group)).singleElement()
                .satisfies(reply -> assertThat(reply.text()).contains("fever").doesNotContain("private chat"));
        assertThat(bot.application().users().find(13_011)).isEmpty();
    }

    @Test
    void aRedeliveredUpdateIsWarnedAboutAgainButNotStoredTwice() {
        Parent parent = bot.parent(13_012, "en");
        parent.says("nursed 10 min, her lips look a bit blue");
        Entry first = entriesOf(13_012).get(0);

        // The same update again, as after a crash before Telegram got the offset: the warning goes out again.
        List<Action> again = bot.application().router().handle(
                new Inbound(Long.parseLong(first.source().substring(2)), 13_012,
                        13_012, true, "nursed 10 min, her lips look a bit blue", null, "en", first.createdAt()));

        assertThat(again).first().satisfies(action -> assertThat(
                ((Action.Reply) action).text()).contains("emergency").contains("now"));
        assertThat(entriesOf(13_012)).hasSize(1);
    }

    @Test
    void ordinaryMessagesGetNoWarning() {
        Parent parent = bot.parent(13_013, "en");

        parent.says("no fever, just tired");
        parent.says("3 wet nappies so far this morning");
        parent.says("had mastitis last year, how do I prevent it this time?");

        assertThat(parent.messages()).noneSatisfy(m -> assertThat(m.text()).contains("Source:"));
    }
}
