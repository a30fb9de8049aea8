package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.AnsweredCallback;
import org.relactation.bot.telegram.fake.BotMessage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buttons that cannot be forged: a press counts only on a message of the presser's own chat that carries that very
 * button now, as the bot showed it. Telegram does not check a callback's data, so each case here is a callback
 * query no real button made; each gets "that button has expired" and changes nothing.
 */
class ButtonsEndToEndTest extends SharedBotTest {

    private static List<Entry> entriesOf(long userId) {
        return new EntryStore(bot.application().database()).all(userId);
    }

    private static AnsweredCallback lastAnswer() {
        List<AnsweredCallback> answers = bot.telegram().answeredCallbacks();
        return answers.get(answers.size() - 1);
    }

    /** A button the message really carried before: a second tap, answered kindly, changing nothing. */
    private static void answeredAlready(long userId) {
        assertThat(lastAnswer().userId()).isEqualTo(userId);
        assertThat(lastAnswer().text()).isEqualTo("That one is already answered 💛");
    }

    private static void answeredExpired(long userId) {
        assertThat(lastAnswer().userId()).isEqualTo(userId);
        assertThat(lastAnswer().text()).isEqualTo("That button has expired. /help shows what I can do.");
    }

    @Test
    void madeUpDataOnARealMessageChangesNothing() {
        Parent parent = bot.parent(9101, "en");
        parent.says("pumped 10 min");
        BotMessage confirmation = parent.lastMessage();
        BotMessage today = parent.says("/today").get(0);
        String undo = confirmation.callbackDataOf("↩️ Undo").orElseThrow();

        for (String data : List.of("q:p", "del:now", "del:sure", "lg:", "x:y")) {
            assertThat(parent.pressesMadeUp(9101, confirmation.messageId(), data)).isEmpty();
            answeredExpired(9101);
        }
        // A real button of this chat, named on a message that does not carry it.
        assertThat(parent.pressesMadeUp(9101, today.messageId(), undo)).isEmpty();
        answeredExpired(9101);

        assertThat(entriesOf(9101)).singleElement().satisfies(entry -> assertThat(entry.minutes()).isEqualTo(10));
        assertThat(parent.messages()).containsExactly(confirmation, today);
        // The real buttons still work.
        parent.presses("Nursed");
        assertThat(entriesOf(9101)).hasSize(2);
    }

    @Test
    void aPressOnAMessageOfAnotherChatIsAnsweredToThePresserAlone() {
        Parent victim = bot.parent(9102, "en");
        Parent attacker = bot.parent(9103, "en");
        attacker.says("/help");
        BotMessage today = victim.says("/today").get(0);

        assertThat(attacker.pressesMadeUp(9102, today.messageId(), "q:n")).isEmpty();

        answeredExpired(9103);
        assertThat(entriesOf(9102)).isEmpty();
        assertThat(entriesOf(9103)).isEmpty();
        assertThat(victim.messages()).containsExactly(today);
        assertThat(bot.application().users().find(9103).orElseThrow().chatId()).isEqualTo(9103);
    }

    @Test
    void aPressOnAMessageTheParentNeverReceivedOrOnTheirOwnDoesNothing() {
        Parent parent = bot.parent(9104, "en");
        parent.says("/today");
        int ownMessage = bot.telegram().lastMessageId(9104) - 1; // the parent's "/today", before the reply
        parent.says("/help");

        assertThat(parent.pressesMadeUp(9104, 99_999, "q:n")).isEmpty();
        answeredExpired(9104);
        assertThat(parent.pressesMadeUp(9104, ownMessage, "q:n")).isEmpty();
        answeredExpired(9104);

        assertThat(entriesOf(9104)).isEmpty();
        // Nothing was edited that is not there: the fake would have refused it (checked after each test).
    }

    @Test
    void aStepAlreadyAnsweredHasExpired() {
        Parent parent = bot.parent(9105, "en");
        parent.says("/delete");
        BotMessage question = parent.lastMessage();
        String first = question.callbackDataOf("Yes, delete").orElseThrow();
        parent.presses("Yes, delete");
        BotMessage second = parent.lastMessage();

        // The first step again, on the message that now asks the second: it was answered and is gone.
        parent.pressesMadeUp(9105, question.messageId(), first);

        answeredAlready(9105);
        assertThat(parent.lastMessage()).isEqualTo(second);
    }

    @Test
    void aConfirmationTheParentClosedDeletesNothing() {
        Parent parent = bot.parent(9106, "en");
        parent.says("pumped 10 min");
        parent.says("/delete");
        BotMessage question = parent.lastMessage();
        parent.presses("Yes, delete");
        String really = parent.lastMessage().callbackDataOf("Delete everything").orElseThrow();
        parent.presses("No, keep it");
        assertThat(parent.lastMessage().text()).isEqualTo("Nothing was deleted. 💛");

        // The real "Delete everything", pressed again on its own message once the question was closed.
        parent.pressesMadeUp(9106, question.messageId(), really);

        answeredAlready(9106);
        assertThat(entriesOf(9106)).hasSize(1);
        assertThat(bot.application().users().find(9106)).isPresent();
    }
}
