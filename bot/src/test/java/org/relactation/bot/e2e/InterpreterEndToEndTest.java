package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.BotMessage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages that are several things at once, command words typed, and a message in the other language. */
class InterpreterEndToEndTest extends SharedBotTest {

    private static List<Entry> entriesOf(long userId) {
        return new EntryStore(bot.application().database()).all(userId);
    }

    @Test
    void aLogAndAQuestionInOneMessageGetTheLogAndTheAnswer() {
        Parent parent = bot.parent(17_001, "en");

        List<BotMessage> replies = parent.says("pumped 15 min 20 ml. how often should i pump at night?");

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text()).startsWith("✅ Logged: pumped");
        assertThat(replies.get(1).text()).startsWith("🌙");
        assertThat(entriesOf(17_001)).singleElement().satisfies(entry -> {
            assertThat(entry.minutes()).isEqualTo(15);
            assertThat(entry.ml()).isEqualTo(20);
        });
    }

    @Test
    void aQuestionPointingBackAtTheLogIsAnsweredAboutIt() {
        Parent parent = bot.parent(17_008, "en");

        List<BotMessage> replies = parent.says("gave 60 ml formula. is that too much for her?");

        assertThat(replies.get(0).text()).startsWith("✅ Logged");
        assertThat(replies.get(replies.size() - 1).text()).startsWith("🥄"); // giving extra milk: the smallest amount
        assertThat(entriesOf(17_008)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(60));

        // Alone, "is that normal this early?" would find an unrelated topic: with its log it finds none, and says so.
        replies = parent.says("pumped 5 ml in 20 min. is that normal this early?");
        assertThat(replies.get(replies.size() - 1).text()).contains("not sure");
    }

    @Test
    void aFeelingAndAQuestionGetBoth() {
        Parent parent = bot.parent(17_002, "en");

        List<BotMessage> replies = parent.says("im so tired, can i skip the night pump");

        assertThat(replies.get(0).text()).contains("tiredness");
        assertThat(replies.get(replies.size() - 1).text()).startsWith("🌙");
        assertThat(entriesOf(17_002)).isEmpty();

        // In Spanish from the same English Telegram: both parts answered in Spanish, the question matched in Spanish.
        replies = parent.says("estoy agotada, puedo saltarme la de la noche?");
        assertThat(replies.get(0).text()).contains("cansancio");
        assertThat(replies.get(replies.size() - 1).text()).startsWith("🌙 Sesiones nocturnas");
    }

    @Test
    void aSessionSkippedOrStillToComeIsNeverLogged() {
        Parent parent = bot.parent(17_050, "en");

        List<BotMessage> replies = parent.says("skipped the 3am pump, way too tired");
        assertThat(replies).noneMatch(reply -> reply.text().startsWith("✅"));
        replies = parent.says("gonna pump 15 min now");
        assertThat(replies).noneMatch(reply -> reply.text().startsWith("✅"));
        replies = parent.says("no me saqué a las 5");
        assertThat(replies).noneMatch(reply -> reply.text().startsWith("✅"));

        assertThat(entriesOf(17_050)).isEmpty();
        parent.says("pumped 15 min");
        assertThat(entriesOf(17_050)).hasSize(1);
    }

    @Test
    void undoTypedInEitherLanguageRemovesTheLastEntry() {
        Parent parent = bot.parent(17_003, "en");
        parent.says("pumped 10 min");
        parent.says("nursed 12 min");

        parent.says("undo");
        assertThat(parent.lastMessage().text()).containsIgnoringCase("removed");
        parent.says("borra lo último por favor");

        assertThat(entriesOf(17_003)).isEmpty();
    }

    @Test
    void aRemovalInTheParentsOwnWordsUndoesButAllMyDataAsksBeforeDeletingAnything() {
        Parent parent = bot.parent(17_090, "en");
        parent.says("pumped 10 min");
        parent.says("nursed 12 min");

        parent.says("can u delete what i just logged");
        assertThat(parent.lastMessage().text()).containsIgnoringCase("removed");
        assertThat(entriesOf(17_090)).singleElement().satisfies(entry -> assertThat(entry.minutes()).isEqualTo(10));

        parent.says("delete all my data");
        assertThat(parent.lastMessage().text()).contains("It can't be undone. Delete it all?");
        assertThat(entriesOf(17_090)).as("nothing is removed before the parent says yes twice").hasSize(1);
    }

    @Test
    void neverMindDropsTheOpenQuestionSoTheNextNumberIsANewLog() {
        Parent parent = bot.parent(17_004, "en");
        parent.says("pumped 15 min");
        parent.presses("💧 Amount");

        parent.says("never mind");
        assertThat(parent.lastMessage().text()).contains("leave that");
        parent.says("olvídalo");
        assertThat(parent.lastMessage().text()).contains("ninguna pregunta pendiente");
    }

    @Test
    void stopAloneDropsTheOpenQuestionButStopInASentenceIsNoCommand() {
        Parent parent = bot.parent(17_031, "en");
        parent.says("pumped 12 min");
        parent.presses("💧 Amount");

        parent.says("stop");
        assertThat(parent.lastMessage().text()).contains("leave that");
        assertThat(entriesOf(17_031)).singleElement().satisfies(entry -> assertThat(entry.ml()).isNull());
        parent.says("stop pumping at night, is that ok?");
        assertThat(parent.lastMessage().text()).doesNotContain("Nothing is waiting");
    }

    @Test
    void aSpanishMessageFromAnEnglishTelegramIsAnsweredInSpanish() {
        Parent parent = bot.parent(17_005, "en");

        parent.says("me saqué leche 15 minutos, 30 ml");
        assertThat(parent.lastMessage().text()).startsWith("✅ Anotado");

        parent.says("cada cuánto tengo que sacarme leche");
        assertThat(parent.lastMessage().text()).contains("8 a 12");

        // Writing in Spanish made Spanish the parent's language: what has no language of its own follows it.
        parent.says("/today");
        assertThat(parent.lastMessage().text()).contains("Hoy");
        parent.says("pumped 10 min");
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged");
        assertThat(bot.application().users().find(17_005).orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void aMessageThatIsALogOrAQuestionAlikeIsAskedAboutWithTwoButtons() {
        Parent parent = bot.parent(17_006, "es");

        parent.says("la extracción de las 2 de la mañana tiene que ser la más larga");
        assertThat(parent.lastMessage().text()).contains("¿Lo anoto, o es una pregunta?");
        assertThat(entriesOf(17_006)).isEmpty();
        parent.presses("❓ Es una pregunta");
        assertThat(parent.lastMessage().text()).doesNotStartWith("✅");
        assertThat(entriesOf(17_006)).isEmpty();

        parent.says("only 3 wet nappies today, too few");
        parent.presses("📝 Log it".equals(parent.lastMessage().buttonTexts().get(0)) ? "📝 Log it" : "📝 Anotarlo");
        assertThat(entriesOf(17_006)).singleElement().satisfies(entry -> assertThat(entry.wet()).isEqualTo(3));

        parent.presses("📝 Anotarlo");
        assertThat(entriesOf(17_006)).hasSize(1); // a second press finds nothing kept: nothing is logged twice
    }

    @Test
    void anAmountInTheParentsOwnWordsWhileTheAmountsAreShownFixesThatEntry() {
        Parent parent = bot.parent(17_007, "es");
        parent.says("me saqué leche 15 min");
        parent.presses("💧 Cantidad");

        parent.says("casi nada, 3 ml");

        assertThat(entriesOf(17_007)).singleElement().satisfies(entry -> {
            assertThat(entry.minutes()).isEqualTo(15);
            assertThat(entry.ml()).isEqualTo(3);
        });
    }

    @Test
    void aSetupAnswerWithAQuestionGetsTheAnswerToTheQuestionThenTheNextSetupQuestion() {
        Parent parent = bot.parent(17_009, "es");
        parent.says("/start");
        parent.presses("Recuperar mi leche");

        List<BotMessage> replies = parent.says("hace 6 semanas, ¿es mucho tiempo para relactar?");

        assertThat(replies.get(0).text()).doesNotStartWith("✓").contains("Fuentes:");
        assertThat(replies).anySatisfy(reply -> assertThat(reply.text()).startsWith("✓ De 1 a menos de 2 meses"));
        assertThat(replies.get(replies.size() - 1).text()).contains("¿Cuántos meses tiene tu bebé?");
    }

    @Test
    void aFeelingAGreetingOrAQuestionAtASetupQuestionIsAnsweredAndNeverTakenForAChoice() {
        Parent parent = bot.parent(17_010, "en");
        parent.says("/start");
        parent.presses("Bringing my milk back");
        parent.presses("1 to under 2 months");
        parent.presses("6 weeks to under 3 months");
        parent.presses("Formula");

        // "all" names "All of baby's milk", "not sure" names "Not sure yet": said in passing, they are no answer.
        List<BotMessage> replies = parent.says("honestly i'm really nervous about all this");
        assertThat(replies.get(0).text()).contains("Worry comes with caring");
        assertThat(replies.get(replies.size() - 1).text()).contains("What would you love to reach?");

        replies = parent.says("does it matter if i'm not sure exactly when it stopped");
        assertThat(replies.get(0).text()).doesNotStartWith("✓");
        assertThat(replies.get(replies.size() - 1).text()).contains("What would you love to reach?");

        replies = parent.says("good morning all");
        assertThat(replies.get(0).text()).startsWith("Hi");
        assertThat(bot.application().users().find(17_010).orElseThrow().setup().goal()).isNull();

        // An answer with a feeling after it: a word for the feeling, then the answer is taken.
        replies = parent.says("all of it, i'm so scared it won't work");
        assertThat(replies.get(0).text()).contains("Worry comes with caring");
        assertThat(replies).anySatisfy(reply -> assertThat(reply.text()).startsWith("✓ All of baby's milk"));
        assertThat(bot.application().users().find(17_010).orElseThrow().setup().goal()).isEqualTo("full");
    }

    @Test
    void timesCountNappiesAndSeveralSessionsAreAskedForTheirTimes() {
        Parent parent = bot.parent(17_011, "es");

        List<BotMessage> replies = parent.says("le di pecho x3 por la noche");
        assertThat(replies.get(0).text()).contains("Suena a 3").contains("¿Cuándo fue cada una?");
        assertThat(entriesOf(17_011)).isEmpty();

        parent.says("pañal mojado x5");
        assertThat(entriesOf(17_011)).singleElement().satisfies(entry -> assertThat(entry.wet()).isEqualTo(5));
    }

    @Test
    void aLogWithJoyfulEmojiAndWordsGetsTheLogAndAWordForTheJoy() {
        Parent parent = bot.parent(17_012, "en");

        List<BotMessage> replies = parent.says("20ml in one go 😭🎉 i can't believe it");

        assertThat(replies.get(0).text()).startsWith("✅ Logged");
        assertThat(replies.get(1).text()).startsWith("That's wonderful");
        assertThat(entriesOf(17_012)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(20));
    }

    @Test
    void anAmountSaidRoughlyOrSideBySideWhileTheAmountsAreShownFixesThatEntry() {
        Parent parent = bot.parent(17_013, "en");
        parent.says("pumped 15 min");
        parent.presses("💧 Amount");

        parent.says("about 20");
        assertThat(entriesOf(17_013)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(20));

        parent.presses("💧 Amount");
        parent.says("10 and 12");
        assertThat(entriesOf(17_013)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(22));
    }

    @Test
    void sayingThereIsNoAmountWhileTheAmountsAreShownLogsNoSecondSession() {
        Parent parent = bot.parent(17_014, "en");
        parent.says("pumped 15 min");
        parent.presses("💧 Amount");

        parent.says("just drops, i didnt measure");
        assertThat(parent.lastMessage().text()).contains("without an amount");
        assertThat(entriesOf(17_014)).singleElement().satisfies(entry -> assertThat(entry.ml()).isNull());

        Parent spanish = bot.parent(17_015, "es");
        spanish.says("me saqué 10 min");
        spanish.presses("💧 Cantidad");
        spanish.says("unas gotitas nomás, ni idea");
        assertThat(spanish.lastMessage().text()).contains("sin cantidad");
        assertThat(entriesOf(17_015)).hasSize(1);
    }

    @Test
    void anAmountTypedFirstAndAFeelingAfterItFixTheEntryAndGetAWordForTheFeeling() {
        Parent parent = bot.parent(17_016, "en");
        parent.says("pumped 15 min");
        parent.presses("💧 Amount");

        List<BotMessage> replies = parent.says("25!! best so far 🥳");

        assertThat(entriesOf(17_016)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(25));
        assertThat(replies).anySatisfy(reply -> assertThat(reply.text()).startsWith("That's wonderful"));

        Parent spanish = bot.parent(17_017, "es");
        spanish.says("me saqué 10 min");
        spanish.presses("💧 Cantidad");
        List<BotMessage> answered = spanish.says("nada, es normal?");
        assertThat(answered).anySatisfy(reply -> assertThat(reply.text()).contains("sin cantidad"));
        assertThat(answered).hasSizeGreaterThanOrEqualTo(2); // and the question is answered
        assertThat(entriesOf(17_017)).singleElement().satisfies(entry -> assertThat(entry.ml()).isNull());

        // no stop between the amount and the feeling
        Parent noStop = bot.parent(17_092, "en");
        noStop.says("pumped 15 min");
        noStop.presses("💧 Amount");
        List<BotMessage> sighed = noStop.says("only 4 ugh");
        assertThat(entriesOf(17_092)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(4));
        // the entry's message shows the amount; a word for how it feels comes with it
        assertThat(sighed).anySatisfy(reply -> assertThat(reply.text()).startsWith("It's so hard"));
    }

    @Test
    void anAmountForEachSideOrWithADoubtFixesTheEntry() {
        Parent parent = bot.parent(17_018, "es");
        parent.says("me saqué 15 min");
        parent.presses("💧 Cantidad");

        parent.says("3 de cada lado");
        assertThat(entriesOf(17_018)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(6));

        parent.presses("💧 Cantidad");
        parent.says("maybe 10 ml?");
        assertThat(entriesOf(17_018)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(10));

        // the verb of getting milk out, then the amount: the amount asked for, not a second session
        Parent half = bot.parent(17_095, "es");
        half.says("me saqué 15 min");
        half.presses("💧 Cantidad");
        half.says("saqué media onza");
        assertThat(entriesOf(17_095)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(15));
        Parent bare = bot.parent(17_096, "es");
        bare.says("me saqué 15 min");
        bare.presses("💧 Cantidad");
        bare.says("saque 40");
        assertThat(entriesOf(17_096)).singleElement().satisfies(entry -> {
            assertThat(entry.ml()).isEqualTo(40);
            assertThat(entry.minutes()).isEqualTo(15);
        });
    }

    @Test
    void aSessionSaidDoneAtATimeAfterWhenWasItIsTheTimeOfTheOneAskedAboutNotASecondSession() {
        Parent parent = bot.parent(17_091, "en");
        parent.says("pumped 20 ml tomorrow at 10");
        assertThat(parent.lastMessage().text()).contains("When was it?");

        parent.says("finished it a sec ago");

        assertThat(entriesOf(17_091)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(20));
        assertThat(parent.lastMessage().text()).startsWith("✅");
    }

    @Test
    void aTimeStillToComeTypedAfterWhenWasItIsSaidSoAndTheSameSessionWaitsForItsTime() {
        Parent parent = bot.parent(17_094, "en");
        parent.says("pumped 20 ml tomorrow at 10");
        assertThat(parent.lastMessage().text()).contains("When was it?");

        parent.says("tomorrow at 9");
        assertThat(parent.lastMessage().text()).startsWith("That time is still to come").contains("When was it?");
        assertThat(entriesOf(17_094)).isEmpty();

        parent.says("an hour ago");
        assertThat(entriesOf(17_094)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(20));
        assertThat(parent.lastMessage().text()).startsWith("✅");
    }

    @Test
    void aMealAnswersWhenWasItAndACancelWithItsReasonLeavesIt() {
        Parent parent = bot.parent(17_097, "en");
        parent.says("pumped 20 ml tomorrow at 10");
        assertThat(parent.lastMessage().text()).contains("When was it?");

        parent.says("before lunch");

        assertThat(entriesOf(17_097)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(20));
        assertThat(parent.lastMessage().text()).startsWith("✅");

        parent.says("pumped 15 ml tomorrow at 8");
        assertThat(parent.lastMessage().text()).contains("When was it?");
        List<BotMessage> replies = parent.says("cancel i hit the wrong thing");
        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.text()).startsWith("Okay, let's leave"));
        assertThat(entriesOf(17_097)).hasSize(1);
    }

    @Test
    void howItFeelsThenASessionToldGetsTheFeelingReplyAndTheLog() {
        Parent parent = bot.parent(17_098, "es");

        List<BotMessage> replies = parent.says("estoy muerta pero me saqué 30ml");

        assertThat(replies.get(0).text()).contains("cansancio");
        assertThat(replies).anySatisfy(reply -> assertThat(reply.text()).startsWith("✅"));
        assertThat(entriesOf(17_098)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(30));
    }

    @Test
    void notKnowingTheTimeAfterWhenWasItLogsTheSessionNowAndSaysSo() {
        Parent parent = bot.parent(17_093, "es");
        parent.says("me saqué 20 ml mañana a las 10");
        assertThat(parent.lastMessage().text()).contains("¿Cuándo fue?");

        List<BotMessage> replies = parent.says("ni me acuerdo, estoy muerta de cansancio");

        assertThat(entriesOf(17_093)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(20));
        assertThat(replies).anySatisfy(reply -> assertThat(reply.text()).startsWith("Sin problema: lo anoté"));
        assertThat(replies).anySatisfy(reply -> assertThat(reply.text()).startsWith("✅"));
    }

    @Test
    void aPartOfTheDayTypedAfterWhenWasItPlacesTheLogThenAndAFeelingAfterTheTimeIsAnswered() {
        Parent parent = bot.parent(17_019, "es");
        parent.says("me saqué 20 ml mañana a las 10");
        assertThat(parent.lastMessage().text()).contains("¿Cuándo fue?");

        parent.says("anoche");

        assertThat(entriesOf(17_019)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(20));
        assertThat(parent.lastMessage().text()).startsWith("✅").contains("23:00");

        Parent digits = onboardedAtNoon(17_021); // 05:30 has passed, whatever the hour of the run
        digits.says("pumped 10 min tomorrow at 9");
        digits.says("0530");
        assertThat(entriesOf(17_021)).singleElement().satisfies(entry -> assertThat(entry.minutes()).isEqualTo(10));
        assertThat(digits.lastMessage().text()).startsWith("✅").contains("05:30");

        Parent english = onboardedAtNoon(17_020);
        english.says("pumped 10 min tomorrow at 9");
        List<BotMessage> replies = english.says("4am, so sick of night pumps");
        assertThat(entriesOf(17_020)).singleElement().satisfies(entry -> assertThat(entry.minutes()).isEqualTo(10));
        assertThat(replies).anySatisfy(reply -> assertThat(reply.text()).startsWith("✅"));
        assertThat(replies).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anAmountThenASessionOfItsOwnInOneMessageFixTheEntryAndLogTheSession() {
        Parent parent = onboardedAtNoon(17_022);
        parent.says("pumped 15 min");
        parent.presses("💧 Amount");

        parent.says("10ml. and nursed at 5 for 15 min");

        assertThat(entriesOf(17_022)).hasSize(2).anySatisfy(entry -> {
            assertThat(entry.ml()).isEqualTo(10);
            assertThat(entry.minutes()).isEqualTo(15);
        }).anySatisfy(entry -> assertThat(entry.method().name()).isEqualTo("NURSE"));
    }
}
