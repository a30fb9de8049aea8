package org.relactation.bot.interpreter;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.MessageParts;
import org.relactation.bot.guidance.GuideCards;
import org.relactation.bot.guidance.QuestionMatcher;
import org.relactation.bot.logbook.LogParser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relactation.bot.interpreter.Interpreter.Kind.ACK;
import static org.relactation.bot.interpreter.Interpreter.Kind.CANCEL;
import static org.relactation.bot.interpreter.Interpreter.Kind.FEELING;
import static org.relactation.bot.interpreter.Interpreter.Kind.GREETING;
import static org.relactation.bot.interpreter.Interpreter.Kind.THANKS;
import static org.relactation.bot.interpreter.Interpreter.Kind.LOG;
import static org.relactation.bot.interpreter.Interpreter.Kind.QUESTION;
import static org.relactation.bot.interpreter.Interpreter.Kind.UNDO;

/** How messages are cut and read; accuracy on messages nobody wrote for it is InterpreterEvaluation's. */
class InterpreterTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();
    private static final Interpreter INTERPRETER = new Interpreter(CONTENT, LogParser.load(),
            new QuestionMatcher(CONTENT, new GuideCards(CONTENT)));

    private static List<Interpreter.Kind> kinds(String text, String language) {
        return INTERPRETER.read(text, language).stream().map(Interpreter.Reading::kind).toList();
    }

    @Test
    void aLogAndAQuestionAreTwoParts() {
        assertThat(INTERPRETER.read("pumped 15 min 20 ml. is that enough for 3 weeks in?", "en"))
                .extracting(Interpreter.Reading::kind, Interpreter.Reading::text)
                .containsExactly(Tuple.tuple(LOG, "pumped 15 min 20 ml."),
                        Tuple.tuple(QUESTION, "is that enough for 3 weeks in?"));
    }

    @Test
    void anExclaimingWordBeforeAFeelingsOwnWordsExclaimsIt() {
        // however long the sentence; said of oneself it asks
        assertThat(kinds("q ilusion me hace todo esto", "es")).containsExactly(FEELING);
        assertThat(kinds("q bajon llevo esta semana", "es")).containsExactly(FEELING);
        assertThat(kinds("que hago para sacar mas leche", "es")).containsExactly(QUESTION);
    }

    @Test
    void afterAnOkATopicIsAskedOnlyInAQuestionsForm() {
        assertThat(kinds("vale, me lo apunto", "es")).containsExactly(ACK);
        assertThat(kinds("ok, how often at night", "en")).containsExactly(ACK, QUESTION);
    }

    @Test
    void smallTalkWordsAreReadAsTyped() {
        // a good day denied is a bad one, not a greeting
        assertThat(kinds("hola... hoy no es un buen dia", "es")).containsExactly(GREETING, FEELING);
        assertThat(kinds("thanks, that actually made me feel a lot better", "en")).containsExactly(THANKS, FEELING);
        // a phrase word typed as it is never reads as a typo of another ("lonely" is no "lovely")
        assertThat(kinds("lonely. everyone else makes it look so easy", "en")).containsExactly(FEELING);
        assertThat(kinds("toy reventada, casi no dormí", "es")).containsExactly(FEELING);
    }

    @Test
    void aLogThenWhatWeighsItUpAsks() {
        // after a comma, a question though it has no mark
        assertThat(kinds("le di 60 ml con vasito, esta bien o mejor biberon", "es")).containsExactly(LOG, QUESTION);
        assertThat(kinds("pumped 20 min, normal stuff", "en")).containsExactly(LOG);
        // "tuve que": had to, in the past; a session told, nothing asked
        assertThat(kinds("tuve que darle 30ml de fórmula después del pecho", "es")).containsExactly(LOG);
        // numbers that are no session (a rate), weighed up at the end: asked about
        assertThat(kinds("40ml en 24 horas es poco", "es")).containsExactly(QUESTION);
        // what usually happens, weighed up: a habit asked about, no session
        assertThat(kinds("mi nena moja 5 pañales, es normal?", "es")).containsExactly(QUESTION);
        assertThat(kinds("i usually get 15ml per session is that enough?", "en")).containsExactly(QUESTION);
        assertThat(kinds("got 15ml this session, is that enough?", "en")).containsExactly(LOG, QUESTION);
        // a habit said after the session told is the question's, not the session's
        assertThat(kinds("pumped 20 min it usually takes longer?", "en")).containsExactly(LOG, QUESTION);
    }

    @Test
    void aFeelingBesideALogIsTheParentsOwn() {
        // after a log, what the baby did is no feeling of the parent's
        assertThat(kinds("nursed 15 min on each side then he still cried", "en")).containsExactly(LOG);
        assertThat(kinds("le di teta 10 min, el bebé lloró todo el rato", "es")).containsExactly(LOG);
        assertThat(kinds("nursed 15 min and im exhausted", "en")).containsExactly(LOG, FEELING);
        // how it feels, then a session told after the joining word; a time before it is the session's story
        assertThat(kinds("estoy muerta pero me saqué 30ml", "es")).containsExactly(FEELING, LOG);
        // "did" with a session named after it tells as "pumped" does
        assertThat(kinds("shattered but did my pump", "en")).containsExactly(FEELING, LOG);
        assertThat(kinds("me desperté a las 3 y me saqué 20ml", "es")).containsExactly(LOG);
        assertThat(kinds("sad and lonely pumping at 3am", "en")).containsExactly(FEELING);
        // the baby named before a session told, then how it feels
        assertThat(kinds("LO latched for the first time in 2 months and i cried happy tears", "en"))
                .containsExactly(LOG, FEELING);
    }

    @Test
    void aFeelingAfterAJoiningWordIsAPartOfItsOwnAndAnEmojiCheersAToldLog() {
        assertThat(kinds("pumped for 40 min and im so exhausted", "en")).containsExactly(LOG, FEELING);
        assertThat(kinds("le di pecho 20 min y estoy agotadísima", "es")).containsExactly(LOG, FEELING);
        assertThat(kinds("pumped 15 min and felt relaxed", "en")).containsExactly(LOG);
        assertThat(kinds("nursed at 5 this morning 🎉", "en")).containsExactly(LOG);
        assertThat(kinds("its 4am and im crying over this pump", "en")).containsExactly(FEELING);
    }

    @Test
    void cadaCuantoAsksAfterALog() {
        assertThat(kinds("le di pecho 15 min, cada cuánto tengo que darle", "es")).containsExactly(LOG, QUESTION);
    }

    @Test
    void aTimeBeforeAQuestionIsAPartOfItsOwn() {
        assertThat(INTERPRETER.read("at 7, is that too late for the night one?", "en"))
                .extracting(Interpreter.Reading::text).containsExactly("at 7", "is that too late for the night one?");
        assertThat(kinds("my baby is 4 months, is it too late?", "en")).containsExactly(QUESTION);
    }

    @Test
    void aStatementSaidOfOneselfIsAFeelingUnlessItAsks() {
        assertThat(kinds("my whole body refuses to play along", "en")).containsExactly(FEELING);
        assertThat(kinds("my mother in law keeps saying the bottle is easier, what do I tell her", "en"))
                .doesNotContain(FEELING);
    }

    @Test
    void aQuestionMentioningNumbersIsNeverALog() {
        assertThat(kinds("how long does relactation take, its been 6 weeks", "en")).containsExactly(QUESTION);
        assertThat(kinds("is 20ml after pumping normal", "en")).containsExactly(QUESTION);
    }

    @Test
    void aComparingQueAndAnAccentedVerbOfKnowingAskNothing() {
        assertThat(kinds("me saqué 40 ml, 10 más que ayer", "es")).containsExactly(LOG);
        assertThat(kinds("no sé cuánto salió pero fueron 25 min de extractor", "es")).containsExactly(LOG);
    }

    @Test
    void aQuestionWordAloneAsksAboutWhatCameBefore() {
        assertThat(kinds("she pulls off the breast after 5 min, why?", "en")).containsExactly(QUESTION);
    }

    @Test
    void feelingsToldByTheirSignals() {
        // Weeks of effort with nothing to show, a feeling word first, a sad or joyful emoji.
        assertThat(kinds("three weeks and barely a drop", "en")).containsExactly(FEELING);
        assertThat(kinds("casi un mes sacándome y casi nada 😞", "es")).containsExactly(FEELING);
        assertThat(kinds("sick of washing pump parts 8 times a day", "en")).containsExactly(FEELING);
        // Any feeling first, or nothing but feelings and filler, is shared, whichever feeling is answered first.
        assertThat(kinds("really drained and pretty hopeless tonight", "en")).containsExactly(FEELING);
        assertThat(kinds("i just feel numb about the whole thing", "en")).containsExactly(FEELING);
        assertThat(kinds("me da envidia ver a otras amamantar", "es")).containsExactly(FEELING);
        assertThat(kinds("20ml in one go 😭🎉 i can't believe it", "en")).containsExactly(LOG, FEELING);
        // A question inside a statement after a verb of knowing asks nothing.
        assertThat(kinds("nobody understands why i'm doing this", "en")).containsExactly(FEELING);
        // A joyful emoji alone is the log's own cheer.
        assertThat(kinds("pumping done 22ml 🎉", "en")).containsExactly(LOG);
        // "tried" is no typo of "tired".
        assertThat(kinds("i tried the supplementer", "en")).doesNotContain(FEELING);
    }

    @Test
    void anOpenQuestionTakesNoGreetingFeelingOrWordedQuestionButAnAnswerWithAFeeling() {
        assertThat(INTERPRETER.mayAnswer("good morning all", "en")).isFalse();
        assertThat(INTERPRETER.mayAnswer("honestly i'm really nervous about all this", "en")).isFalse();
        assertThat(INTERPRETER.mayAnswer("should the 2am session be the longest one", "en")).isFalse();
        assertThat(INTERPRETER.mayAnswer("6 weeks?", "en")).isTrue();
        assertThat(INTERPRETER.mayAnswer("stopped 2 months ago and i really regret it", "en")).isTrue();
        assertThat(INTERPRETER.mayAnswer("yes thank you", "en")).isTrue();
        assertThat(INTERPRETER.mayAnswer("thank you", "en")).isFalse();
        assertThat(INTERPRETER.asidesIn("around 3am, so exhausted", "en"))
                .extracting(MessageParts.Part::text).containsExactly("so exhausted");
        assertThat(INTERPRETER.asidesIn("casi nada, 3 ml", "es")).isEmpty();
        // A feeling right after the amount, no comma between; the amount keeps its unit.
        assertThat(INTERPRETER.asidesIn("just 4 ml argh", "en"))
                .extracting(MessageParts.Part::text).containsExactly("argh");
        assertThat(INTERPRETER.asidesIn("30 ml so proud", "en"))
                .extracting(MessageParts.Part::text).containsExactly("so proud");
        assertThat(INTERPRETER.asidesIn("10 ml barely anything", "en")).isEmpty();
        // joy beside how little came is a feeling; "kill me" is frustration said as parents say it
        assertThat(INTERPRETER.asidesIn("15, poquito pero contenta", "es"))
                .extracting(MessageParts.Part::text).containsExactly("poquito pero contenta");
        assertThat(INTERPRETER.asidesIn("like 3 ml. kill me", "en"))
                .extracting(MessageParts.Part::text).containsExactly("kill me");
        // a word or two that open like a question, with no mark and no topic, say what the answer is
        assertThat(INTERPRETER.asidesIn("no, es lima", "es")).isEmpty();
        assertThat(INTERPRETER.asidesIn("no, es lima?", "es")).hasSize(1);
        // a number answered, then weighed up with no word that asks: asked about; a yes weighed up agrees
        assertThat(INTERPRETER.asidesIn("20 ml, está bien para la primera semana", "es"))
                .extracting(MessageParts.Part::question).containsExactly(true);
        assertThat(INTERPRETER.asidesIn("sí, está bien así", "es")).isEmpty();
        // a question word that exclaims a feeling after the answer is a feeling
        assertThat(INTERPRETER.asidesIn("20ml!! que contenta estoy", "es"))
                .extracting(MessageParts.Part::question).containsExactly(false);
    }

    @Test
    void aQuestionThenHowItFeelsAreBothRead() {
        assertThat(kinds("when does this get better, i'm so done", "en")).containsExactly(QUESTION, FEELING);
        // "como" before a number is "about", no question.
        assertThat(kinds("tomó teta un ratito, como 5 min", "es")).containsExactly(LOG);
    }

    @Test
    void aQuestionWordThatExclaimsHowLittleCameAsksNothing() {
        assertThat(kinds("qué poquito", "es")).containsExactly(FEELING);
        assertThat(kinds("me saqué 5 ml, qué poquito", "es")).doesNotContain(QUESTION);
        assertThat(kinds("qué poco sale", "es")).containsExactly(QUESTION);
    }

    @Test
    void aQuestionThatOnlySaysHowItFeelsAsksNothing() {
        assertThat(kinds("why am i so tired all the time", "en")).containsExactly(FEELING);
        assertThat(kinds("para qué sigo", "es")).containsExactly(FEELING);
        assertThat(kinds("es que ya no puedo mas", "es")).containsExactly(FEELING);
        assertThat(kinds("feels like im pumping air at this point", "en")).containsExactly(FEELING);
        // A rhetorical word with no feeling, or a question mark, still asks.
        assertThat(kinds("why is my supply low", "en")).containsExactly(QUESTION);
        // A command word mistyped inside a question is none: "late" is no "later".
        assertThat(kinds("he's 10 weeks, is it too late", "en")).doesNotContain(CANCEL);
    }

    @Test
    void aTopicAfterThanksIsAskedAbout() {
        assertThat(kinds("gracias! y por la noche qué hago", "es")).containsExactly(THANKS, QUESTION);
    }

    @Test
    void aStatementAboutHowItFeelsFindsTheFeelingsTopicAndIsAFeeling() {
        assertThat(kinds("my sister keeps saying to just give formula and it makes me feel terrible", "en"))
                .containsExactly(FEELING);
    }

    @Test
    void aLabelBeforeAColonAsksNothingButAQuestionAfterOneAsks() {
        assertThat(kinds("what i managed: 12ml in 15 min", "en")).containsExactly(LOG);
        assertThat(kinds("question: how long should a session last", "en")).containsExactly(QUESTION);
    }

    @Test
    void aQuestionThenASessionToldAfterAComma() {
        assertThat(kinds("why does less come out at night, pumped 6 ml at 3am", "en")).containsExactly(QUESTION, LOG);
        // Numbers inside the question stay its own.
        assertThat(kinds("how long should i pump, 20 min or 30", "en")).containsExactly(QUESTION);
    }

    @Test
    void aGreetingOrThanksThenAQuestionWithoutAComma() {
        assertThat(kinds("thanks what about nights", "en")).containsExactly(THANKS, QUESTION);
        assertThat(kinds("holaa cuantas veces al dia me saco", "es")).containsExactly(GREETING, QUESTION);
        assertThat(kinds("hi how are you", "en")).containsExactly(GREETING);
    }

    @Test
    void thanksOpenedByAnotherWordOfTheSamePhrase() {
        // "muchas gracias" is a phrase of its own; "gracias" alone also is, and is found first.
        assertThat(kinds("muchas gracias por cierto", "es")).containsExactly(THANKS);
        // "de verdad", "seriously": sincerity, no words of substance
        assertThat(kinds("de verdad muchísimas gracias", "es")).containsExactly(THANKS);
        assertThat(kinds("seriously thank you", "en")).containsExactly(THANKS);
    }

    @Test
    void aWishWithoutItsSubjectIsSaidOfOneself() {
        // "want", "need" as "quiero", "necesito": the subject is dropped, the feeling is the parent's own
        assertThat(kinds("sometimes really want to give up on the whole thing", "en")).containsExactly(FEELING);
        assertThat(kinds("a veces quiero tirar la toalla con todo esto", "es")).containsExactly(FEELING);
    }

    @Test
    void aFewWordsOfPraiseThenThanksAreThanks() {
        assertThat(kinds("eres un sol, gracias", "es")).containsExactly(THANKS);
        assertThat(kinds("wow legend, thank you", "en")).containsExactly(THANKS);
        // a clause of substance before the thanks is still read for what it is
        assertThat(kinds("pumped 20 min, thanks", "en")).containsExactly(LOG, THANKS);
    }

    @Test
    void aFeelingThenAQuestionWithoutAComma() {
        assertThat(kinds("im so tired is it ok to skip the night session", "en")).containsExactly(FEELING, QUESTION);
    }

    @Test
    void aNoteAfterALogStaysWithTheLog() {
        assertThat(kinds("pumped 20 min. she latched on the left", "en")).containsExactly(LOG);
    }

    @Test
    void commandWordsInBothLanguagesWhateverTheParentsLanguage() {
        assertThat(kinds("undo please", "es")).containsExactly(UNDO);
        assertThat(kinds("borra lo último", "en")).containsExactly(UNDO);
        // the verb with a pronoun written on is the verb
        assertThat(kinds("bórrame lo último q te mandé", "es")).containsExactly(UNDO);
        assertThat(kinds("quítame eso porfa", "es")).containsExactly(UNDO);
        // a cancel or an undo first, then why, with no stop between: one command
        assertThat(kinds("cancel i hit the wrong thing", "en")).containsExactly(CANCEL);
        assertThat(kinds("undo wrong button sorry", "en")).containsExactly(UNDO);
        assertThat(kinds("nvm, ill tell u later", "en")).containsExactly(CANCEL);
        assertThat(kinds("undo, pumped 20 min", "en")).containsExactly(UNDO, LOG);
        // a longer removal, ended by its comma
        assertThat(kinds("can you remove the entry i just put, typed it twice", "en")).containsExactly(UNDO);
        // only as written: "llegó" is no typo of "luego" (mejor luego) here
        assertThat(kinds("me llegó el relactador y no sé ni cómo se pone", "es")).doesNotContain(CANCEL);
        assertThat(kinds("olvídalo", "en")).containsExactly(CANCEL);
        assertThat(INTERPRETER.of("never mind", "en")).containsExactly(new MessageParts.Part("never mind", "cancel"));
    }

    @Test
    void aRemovalOfTheLastEntryInTheParentsOwnWordsUndoesIt() {
        assertThat(kinds("scrap the last entry", "en")).containsExactly(UNDO);
        assertThat(kinds("can u delete what i just logged", "en")).containsExactly(UNDO);
        assertThat(kinds("wait undo that log i put the wrong side", "en")).containsExactly(UNDO);
        assertThat(kinds("elimina el registro anterior", "es")).containsExactly(UNDO);
        assertThat(kinds("puedes borrar lo que acabo de anotar", "es")).containsExactly(UNDO);
        assertThat(kinds("could you take off the last log i made", "en")).containsExactly(UNDO);
        // a removal that names no entry, or asks how, is no undo
        assertThat(kinds("remove the nipple shield after a week?", "en")).doesNotContain(UNDO);
        assertThat(kinds("how do i undo the last entry", "en")).doesNotContain(UNDO);
        assertThat(kinds("remove the nipple shield", "en")).doesNotContain(UNDO);
    }

    @Test
    void aQuestionWordWithItsAccentAsksInTwoWordsUnlessItExclaims() {
        assertThat(kinds("estoy agotada cómo sigo", "es")).containsExactly(FEELING, QUESTION);
        // after "de", "con": a question word without its accent joins ("miedo de que..."); with it, it asks
        assertThat(kinds("tengo mucho miedo de q no funcione", "es")).containsExactly(FEELING);
        assertThat(kinds("estoy muy contenta con como va", "es")).containsExactly(FEELING);
        assertThat(kinds("estoy agotada de qué sirve todo esto", "es")).containsExactly(FEELING, QUESTION);
        // so after "of", "about" in English, where no accent tells
        assertThat(kinds("so worried about how long this takes", "en")).containsExactly(FEELING);
        assertThat(kinds("so worried, how long does this take?", "en")).containsExactly(FEELING, QUESTION);
        // "como si": as if, a statement
        assertThat(kinds("me siento fatal, como si no sirviera para esto", "es")).containsExactly(FEELING);
        assertThat(kinds("hoy mamó 5 minutos 😭 qué felicidad", "es")).doesNotContain(QUESTION);
    }

    @Test
    void aRelativeClauseTellingWhatWasDoneSaysWhichMilkAndAsksNothing() {
        assertThat(kinds("le di con cuchara los 20 ml que me saqué antes", "es")).containsExactly(LOG);
        assertThat(kinds("le di los 30 ml que me saqué, está bien?", "es")).containsExactly(LOG, QUESTION);
    }

    @Test
    void theReasonForAMistakeThenARemovalAtTheEndIsOneUndo() {
        assertThat(kinds("nope that was wrong, bin it", "en")).containsExactly(UNDO);
        assertThat(kinds("me equivoqué de botón jaja bórralo", "es")).containsExactly(UNDO);
        assertThat(kinds("the feed i just put never happened, remove pls", "en")).containsExactly(UNDO);
        assertThat(kinds("whoops put that in twice, get rid of one", "en")).containsExactly(UNDO);
        // a log, then a removal, is read part by part; a question before it is no reason
        assertThat(kinds("pumped 20 min, delete it", "en")).containsExactly(LOG, UNDO);
        assertThat(kinds("should i remove it", "en")).doesNotContain(UNDO);
    }

    @Test
    void aRemovalOfEverythingIsTheDeleteCommandNeverAnUndo() {
        assertThat(INTERPRETER.of("delete all my data", "en"))
                .containsExactly(new MessageParts.Part("delete all my data", "delete"));
        assertThat(kinds("borra todos mis datos", "es")).containsExactly(Interpreter.Kind.DELETE);
        assertThat(kinds("is all my data deleted if i stop", "en")).containsExactly(QUESTION);
    }

    @Test
    void aGreetingEndedByAnEmojiThenALogOrAQuestionOfAnyTopic() {
        assertThat(kinds("morning ☀️ pumped 35ml at 6", "en")).containsExactly(GREETING, LOG);
        assertThat(kinds("hello how does this bot work", "en")).containsExactly(GREETING, QUESTION);
        assertThat(kinds("hi how are you", "en")).containsExactly(GREETING);
    }

    @Test
    void listoWithAnotherOkIsAnOkButWithALogWordThatIsNoOkStillLogs() {
        assertThat(kinds("dale, listo", "es")).containsExactly(ACK);
        assertThat(kinds("listo, entendido", "es")).containsExactly(ACK);
        assertThat(kinds("listo ya", "es")).containsExactly(LOG);
        assertThat(kinds("ok done", "en")).containsExactly(LOG);
        assertThat(kinds("listo", "es")).containsExactly(LOG);
    }

    @Test
    void feelingsSaidInEverydayWordsAndOkSaidInSpainsWords() {
        assertThat(kinds("mad at myself for sleeping through the alarm", "en")).containsExactly(FEELING);
        assertThat(kinds("thank you so much, feeling way calmer now", "en")).containsExactly(THANKS, FEELING);
        assertThat(kinds("mi pareja me apoya mucho y eso me da fuerza", "es")).containsExactly(FEELING);
        assertThat(kinds("vale, lo pillo", "es")).containsExactly(ACK);
        assertThat(kinds("ya no aguanto más", "es")).containsExactly(FEELING);
        assertThat(kinds("my partner doesnt get why im doing this", "en")).containsExactly(FEELING);
        assertThat(kinds("algún consejo para la noche", "es")).containsExactly(QUESTION);
        assertThat(kinds("15 minutos de cada lado son suficientes", "es")).containsExactly(QUESTION);
        assertThat(kinds("i only get 5ml per session, how do i get more", "en")).containsExactly(QUESTION);
        // a question phrase stays a question
        assertThat(kinds("vale la pena alquilar un sacaleches", "es")).containsExactly(QUESTION);
        // "so much", "tanta": how much of a feeling, not a word of substance before it
        assertThat(kinds("tanta ansiedad con todo esto", "es")).containsExactly(FEELING);
        assertThat(kinds("so much anxiety lately", "en")).containsExactly(FEELING);
        // how the day went is how it feels; "buen día" alone still greets
        assertThat(kinds("honestly it was a great day", "en")).containsExactly(FEELING);
        assertThat(kinds("hoy ha sido un buen día", "es")).containsExactly(FEELING);
        assertThat(kinds("buen día!", "es")).containsExactly(GREETING);
        // "better" is no typo of "bitter"
        assertThat(kinds("is it better to pump at night or in the morning", "en")).containsExactly(QUESTION);
        // "x q", "porque" first ask as "por qué" does
        assertThat(kinds("x q se me va la leche en la noche", "es")).containsExactly(QUESTION);
        // an "ok" with small words around it
        assertThat(kinds("ohh gotcha then", "en")).containsExactly(ACK);
        assertThat(kinds("ok, queda claro", "es")).containsExactly(ACK);
        assertThat(kinds("thanks so much, feeling a little better now", "en")).containsExactly(THANKS, FEELING);
    }

    @Test
    void aFeelingAfterALogStartsAtAWordAboutOneselfOrIsAStatementOfTheFeelingsTopic() {
        assertThat(kinds("she nursed 15 min without screaming im crying happy tears", "en")).containsExactly(LOG, FEELING);
        assertThat(kinds("me saqué 10 ml y casi lloro de la emoción", "es")).containsExactly(LOG, FEELING);
        assertThat(kinds("gracias de verdad, ya me siento mas tranquila", "es")).containsExactly(THANKS, FEELING);
    }

    @Test
    void queAfterCadaVezJoinsAndAnIronicEmojiAfterTheAnswerIsAFeeling() {
        assertThat(kinds("lloro cada vez q me pongo el sacaleches", "es")).containsExactly(FEELING);
        assertThat(INTERPRETER.asidesIn("nada, como siempre 🙃", "es")).hasSize(1);
    }

    @Test
    void aWordThatCancelsAloneStillCancelsWithWordsNamingTheSetup() {
        assertThat(kinds("salir de la configuración", "es")).containsExactly(CANCEL);
        assertThat(kinds("quit the setup", "en")).containsExactly(CANCEL);
        assertThat(kinds("stop pumping at night?", "en")).containsExactly(QUESTION);
        // a word of its own is no typo of a command word
        assertThat(kinds("forgot to check", "en")).doesNotContain(CANCEL);
        assertThat(kinds("olvidé pesarla", "es")).doesNotContain(CANCEL);
    }

    @Test
    void anAuxiliaryInsideASentenceAsksOnlyBeforeItsSubject() {
        assertThat(kinds("i feel like my body is failing my baby", "en")).containsExactly(FEELING);
        assertThat(kinds("so tired is it ok to skip the night one", "en")).containsExactly(FEELING, QUESTION);
        assertThat(kinds("got 30ml!!! best session ever", "en")).containsExactly(LOG, FEELING);
    }

    @Test
    void aBareQuestionWordEndingAClauseAsksAboutAllOfItAndAWarmEmojiKeepsThanksThanks() {
        assertThat(kinds("my supply drops at night why", "en")).containsExactly(QUESTION);
        assertThat(kinds("so tired why me", "en")).containsExactly(FEELING);
        assertThat(kinds("lloro y no sé por qué", "es")).containsExactly(FEELING);
        assertThat(kinds("muchísimas gracias 🥰", "es")).containsExactly(THANKS);
        assertThat(kinds("holiii 😊", "es")).containsExactly(GREETING);
        // a few more words after the thanks keep it thanks; a feeling named, or a greeting's words later, do not
        assertThat(kinds("thanks a lot for everything 😊", "en")).containsExactly(THANKS);
        assertThat(kinds("hoy fue un buen día 😊", "es")).containsExactly(FEELING);
        assertThat(kinds("so happy, thanks 🥰", "en")).containsExactly(FEELING, THANKS);
        assertThat(kinds("siento que ya no puedo más con esto", "es")).containsExactly(FEELING);
        assertThat(kinds("oops take that last one off", "en")).containsExactly(UNDO);
        // a removal word with only small words points at what was just logged; a cancel word stays a cancel
        assertThat(kinds("bin it", "en")).containsExactly(UNDO);
        assertThat(kinds("borralo, me equivoque de lado", "es")).containsExactly(UNDO);
        assertThat(kinds("cancel it", "en")).containsExactly(CANCEL);
        assertThat(kinds("take a break from pumping at night?", "en")).containsExactly(QUESTION);
    }

    @Test
    void aMessageOfOneKindStaysWhole() {
        assertThat(INTERPRETER.of("pumped 15 min, 20 ml. then nursed 10", "en"))
                .containsExactly(new MessageParts.Part("pumped 15 min, 20 ml. then nursed 10", null));
    }

    @Test
    void aJoiningWordInsideALogStartsNoQuestionButAQuestionInsideALogIsAskedOrCut() {
        assertThat(kinds("pumped 15 min when she napped", "en")).containsExactly(LOG);
        assertThat(kinds("only 3 wet nappies today is that enough", "en")).containsExactly(LOG, QUESTION);
        assertThat(kinds("20 ml que tan bien está", "es")).doesNotContain(LOG);
    }

    @Test
    void numbersWeighedUpWithNoSessionToldAskButAToldOneMayBeEither() {
        assertThat(kinds("45 min es mucho para una extracción", "es")).containsExactly(QUESTION);
        assertThat(kinds("me saqué 15 ml, está bien", "es")).containsExactly(Interpreter.Kind.UNSURE);
        assertThat(kinds("le di 30 ml de fórmula, está bien", "es")).containsExactly(Interpreter.Kind.UNSURE);
    }

    @Test
    void aQuestionMarkAfterADoubtedAmountAsksNothing() {
        assertThat(kinds("hand expressed for like 12 min maybe 3ml?? mostly drops", "en")).containsExactly(LOG);
        assertThat(kinds("me saqué como 10?", "es")).containsExactly(LOG);
        assertThat(kinds("is 3ml ok?", "en")).containsExactly(QUESTION);
        assertThat(kinds("should i pump for like 20 min?", "en")).containsExactly(QUESTION);
    }

    @Test
    void becauseAndNotKnowingAskNothingInsideALog() {
        assertThat(kinds("le di teta 20 min y despues 60 ml de formula xq seguía con hambre", "es"))
                .containsExactly(LOG);
        assertThat(kinds("nursed for 30 min, no clue how much she got", "en")).containsExactly(LOG);
        assertThat(kinds("xq no me sale nada", "es")).containsExactly(QUESTION);
    }

    @Test
    void aSpanOfMonthsIsTheParentsStoryAndAWordLikeAUnitIsNoUnit() {
        assertThat(kinds("nursed him to sleep for the first time in 2 months 🥰 so happy", "en"))
                .containsExactly(LOG, FEELING);
        assertThat(kinds("pumping for a week and still nothing", "en")).containsExactly(FEELING);
        assertThat(kinds("pumped 20 min, 2 weeks in", "en")).containsExactly(LOG);
        assertThat(kinds("white spots in her mouth after nursing", "en")).containsExactly(QUESTION);
    }

    @Test
    void howLittleCameAfterALogIsTheLogsOwn() {
        assertThat(kinds("extracción manual 10 minutos, casi nada", "es")).containsExactly(LOG);
        assertThat(kinds("pumped 20 min, barely anything", "en")).containsExactly(LOG);
        assertThat(kinds("pumped 20 min and barely anything", "en")).containsExactly(LOG);
        assertThat(kinds("pumped 20 min, so sad 😢", "en")).containsExactly(LOG, FEELING);
    }

    @Test
    void anOkAskedAboutIsAQuestion() {
        assertThat(kinds("is that ok?", "en")).containsExactly(QUESTION);
        assertThat(kinds("ok?", "en")).containsExactly(Interpreter.Kind.ACK);
    }

    @Test
    void aQuestionWordAfterTheWordsThatOpenATurnStillAsks() {
        assertThat(kinds("wait what counts as a session", "en")).containsExactly(QUESTION);
        assertThat(kinds("oye cada cuanto me saco", "es")).containsExactly(QUESTION);
        assertThat(kinds("ok so pumped 20 min", "en")).containsExactly(LOG);
    }

    @Test
    void aPartOfTheDayThatOpensALogIsNoGreeting() {
        assertThat(kinds("morning pump done 20ml", "en")).containsExactly(LOG);
        assertThat(kinds("morning all, pumped 20 min", "en")).containsExactly(Interpreter.Kind.GREETING, LOG);
    }

    @Test
    void aWordOneLetterFromAQuestionWordAsksNothingInsideASentence() {
        assertThat(kinds("me da miedo que no funcione con nosotros", "es")).containsExactly(FEELING);
        assertThat(kinds("pumped 10 min waht should i do next", "en")).containsExactly(LOG, QUESTION);
    }

    @Test
    void anAuxiliaryThatTellsInsideASentenceAsksNothing() {
        assertThat(kinds("ugh can barely read this im so tired", "en")).containsExactly(FEELING);
        assertThat(kinds("pumped 20 min is it still normal to get drops", "en")).containsExactly(LOG, QUESTION);
    }

    @Test
    void aSessionToldThenWeighedUpByTheQuestionMarkAloneIsALogAndAQuestion() {
        assertThat(INTERPRETER.read("me saqué 20 ml en 15 min es mucho?", "es"))
                .extracting(Interpreter.Reading::kind, Interpreter.Reading::text)
                .containsExactly(Tuple.tuple(LOG, "me saqué 20 ml en 15 min"), Tuple.tuple(QUESTION, "es mucho?"));
        // a doubt on the amount itself is no question apart; nor is a session only supposed
        assertThat(kinds("pumped 20 min got 15ml?", "en")).containsExactly(QUESTION);
        assertThat(kinds("si le doy 60 ml de formula es mucho?", "es")).containsExactly(QUESTION);
    }

    @Test
    void afterThanksATopicNotAskedInAQuestionsFormSaysWhy() {
        assertThat(kinds("thank you, that helps a lot", "en")).containsExactly(THANKS);
        assertThat(kinds("thanks, and the night pumps?", "en")).containsExactly(THANKS, QUESTION);
        assertThat(kinds("gracias! y de noche qué hago", "es")).containsExactly(THANKS, QUESTION);
    }

    @Test
    void afterAQuestionAnAmountInWordsOfItsOwnIsItsContext() {
        assertThat(kinds("cuándo dejo la fórmula del todo? ya me salen 30 ml", "es")).containsExactly(QUESTION);
        assertThat(kinds("is that normal? pumped 20 ml at 5", "en")).containsExactly(QUESTION, LOG);
    }

    @Test
    void aTimeNobodyCanPlaceWithNoSessionToldIsTheParentsStory() {
        assertThat(kinds("me hice un implante de pecho hace años puedo dar teta", "es")).containsExactly(QUESTION);
    }

    @Test
    void askingNotToLogItCancels() {
        assertThat(kinds("no lo anotes", "es")).containsExactly(CANCEL);
        assertThat(kinds("dont save it", "en")).containsExactly(CANCEL);
        // "me da igual" is no "never mind"
        assertThat(kinds("me da igual lo que digan, sigo", "es")).doesNotContain(CANCEL);
    }

    @Test
    void strengthRunningOutIsTiredness() {
        assertThat(kinds("funcionará algún día? me faltan fuerzas", "es")).containsExactly(QUESTION, FEELING);
    }

    @Test
    void aWordOfItsOwnOneLetterFromACommandWordIsNoCommand() {
        // "llegó" (arrived) is no typo of "luego" (later)
        assertThat(kinds("me llegó el sacaleches nuevo, cómo se limpia", "es")).doesNotContain(CANCEL);
        assertThat(kinds("mejor lueog", "es")).containsExactly(CANCEL);
    }

    @Test
    void aWordOfDoubtAloneAfterANappySaysHowMuch() {
        assertThat(kinds("pañal con pipí, bastante", "es")).containsExactly(LOG);
        assertThat(kinds("big poo, normal?", "en")).containsExactly(LOG, QUESTION);
    }

    @Test
    void afterTheBabysSessionAJoinedClauseWithNoWordOfTheParentsOwnIsStillTheBabys() {
        assertThat(kinds("he nursed 10 min then cried and cried", "en")).containsExactly(LOG);
        assertThat(kinds("he nursed 10 min and i cried happy tears", "en")).containsExactly(LOG, FEELING);
    }

    @Test
    void afterAnOkAPlanWithNoSubjectSaysWhatTheParentWillDo() {
        assertThat(kinds("ok, will give it a go tonight", "en")).containsExactly(ACK);
        assertThat(kinds("ok, will it work?", "en")).containsExactly(ACK, QUESTION);
        assertThat(kinds("ok, is hand expressing as good as the pump", "en")).containsExactly(ACK, QUESTION);
    }

    @Test
    void aQuestionWordWithNothingAfterItToJoinAsks() {
        assertThat(kinds("and the next one when", "en")).containsExactly(QUESTION);
        assertThat(kinds("y la de la noche cuando", "es")).containsExactly(QUESTION);
        assertThat(kinds("no se cuando", "es")).doesNotContain(QUESTION);
    }

    @Test
    void hardSaidOfAThingIsNoFeelingAsHardSaidOfItAllIs() {
        // "duro" after a lump is how it feels to the touch; "es duro" is how it all feels
        assertThat(kinds("noto una zona dura y un bulto duro en el pecho q hago", "es")).containsExactly(QUESTION);
        assertThat(kinds("esto se me hace duro", "es")).containsExactly(FEELING);
    }
}
