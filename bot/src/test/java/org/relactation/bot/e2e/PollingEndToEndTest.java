package org.relactation.bot.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relactation.bot.telegram.fake.ApiCall;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Long polling through Telegram's bad days: an update the bot's library cannot read, and a Bot API that cannot be
 * reached for a while. (How long the pauses between failed polls are is shown in simulated time, by
 * {@code UpdatePollerTest}.)
 */
class PollingEndToEndTest extends SharedBotTest {

    @AfterEach
    void reachableAgain() {
        bot.telegram().clearFaults();
    }

    private static long pollsServing(int updateId) {
        return bot.telegram().callsOf("getUpdates").stream().filter(ApiCall::ok)
                .filter(call -> StreamSupport.stream(call.result().spliterator(), false)
                        .anyMatch(update -> update.get("update_id").asInt() == updateId))
                .count();
    }

    @Test
    void anUpdateTheLibraryCannotReadIsSkippedAfterThreeTriesAndHoldsUpNoOtherChat() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        Parent other = bot.parent(6302, "en");
        int unreadable;
        try {
            unreadable = bot.telegram().userSendsUnreadable(6301, "pumped 15 min secret-note");

            other.says("/help");

            assertThat(other.newText()).contains("/help – What I can do");
            // Confirmed by the next poll's offset: Telegram stops sending it.
            await().atMost(Duration.ofSeconds(10)).until(() -> bot.telegram().pendingUpdates() == 0);
        } finally {
            root.detachAppender(captured);
        }
        assertThat(pollsServing(unreadable)).isEqualTo(3);
        assertThat(bot.telegram().messagesTo(6301)).isEmpty();
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("Update " + unreadable + " could not be read (MismatchedInputException) after 3 tries;"
                        + " skipped")
                .noneMatch(line -> line.contains("secret-note"));
    }

    @Test
    void aMessageSentWhileTheBotApiWasUnreachableIsAnsweredOnceItIsBack() {
        bot.telegram().unreachable(true);
        await().atMost(Duration.ofSeconds(20)).until(() -> bot.telegram().callsOf("getUpdates").stream()
                .filter(call -> call.httpStatus() == 0).count() >= 2);
        bot.userSendsWithoutWaiting(6303, "/help");

        bot.telegram().unreachable(false);
        bot.awaitHandled();

        assertThat(bot.telegram().messagesTo(6303)).singleElement()
                .satisfies(message -> assertThat(message.text()).contains("/help – What I can do"));
    }
}
