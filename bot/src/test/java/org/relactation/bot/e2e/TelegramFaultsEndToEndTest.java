package org.relactation.bot.e2e;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.ApiCall;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Telegram's faults are survived without losing the reply: 429 with retry_after, 5xx, dropped connections, 403. */
class TelegramFaultsEndToEndTest {
    @TempDir
    static Path dataDir;
    static BotHarness bot;

    @BeforeAll
    static void start() {
        bot = BotHarness.start(dataDir);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @AfterEach
    void clear() {
        bot.telegram().clearFaults();
        // Only the faults the test caused may have failed: injected ones, and 403 from a parent who blocked the bot.
        assertThat(bot.telegram().errors()).allMatch(call -> call.injected() || call.httpStatus() == 403);
    }

    @Test
    void a429IsWaitedOutAndTheReplyStillArrives() {
        Parent parent = bot.parent(6001, "en");
        bot.telegram().failNext("sendMessage", 1, 429, "Too Many Requests: retry after 1", 1);

        parent.says("/help");

        assertThat(parent.newText()).contains("/help – What I can do");
        List<ApiCall> sends = bot.telegram().callsOf("sendMessage").stream()
                .filter(call -> "6001".equals(call.param("chat_id"))).toList();
        assertThat(sends).extracting(ApiCall::httpStatus).containsExactly(429, 200);
        assertThat(Duration.between(sends.get(0).at(), sends.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetried() {
        Parent parent = bot.parent(6002, "en");
        bot.telegram().failNext("sendMessage", 2, 502, "Bad Gateway", null);
        parent.says("/help");
        assertThat(parent.newText()).contains("/help – What I can do");

        bot.telegram().dropConnectionNext("sendMessage", 2);
        parent.says("/about");
        assertThat(parent.newText()).contains("does not diagnose");
    }

    @Test
    void aParentWhoBlockedTheBotCostsNothingAndIsAnsweredAgainOnceBack() {
        Parent parent = bot.parent(6003, "en");
        bot.telegram().block(6003);

        parent.says("/help");
        assertThat(parent.messages()).isEmpty();

        bot.telegram().unblock(6003);
        parent.says("/help");
        assertThat(parent.newText()).contains("/help – What I can do");
    }

    @Test
    void aLogIsStoredOnceEvenWhenItsConfirmationHadToBeRetried() {
        Parent parent = bot.parent(6004, "en");
        bot.telegram().failNext("sendMessage", 1, 500, "Internal Server Error", null);

        parent.says("pumped 10 min");

        assertThat(parent.newText()).startsWith("✅ Logged: pumped");
        assertThat(new EntryStore(bot.application().database()).all(6004)).hasSize(1);
    }

    @Test
    void aSlowBotApiDelaysNoChatBehindAnother() {
        // Every sendMessage takes effect (the reply reaches its chat) but is not answered until released.
        bot.telegram().holdAnswers("sendMessage");
        List<Long> chats = LongStream.rangeClosed(6101, 6110).boxed().toList();
        chats.forEach(chat -> bot.userSendsWithoutWaiting(chat, "/help"));

        // One chat after another, the second reply would wait for the first call's answer, which never comes.
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> chats.stream().allMatch(chat -> !bot.telegram().messagesTo(chat).isEmpty()));
        assertThat(bot.telegram().callsOf("sendMessage")).as("answered before the release")
                .noneMatch(call -> chats.contains(Long.parseLong(call.param("chat_id"))));

        bot.telegram().releaseAnswers();
        bot.awaitHandled();
        assertThat(bot.telegram().callsOf("sendMessage")).filteredOn(call -> chats.contains(
                Long.parseLong(call.param("chat_id")))).hasSize(chats.size());
    }

    @Test
    void aChatWaitingOutA429DoesNotHoldUpAnotherChat() {
        Parent waiting = bot.parent(6201, "en");
        Parent other = bot.parent(6202, "en");
        bot.telegram().failNext("sendMessage", 1, 429, "Too Many Requests: retry after 3", 3);
        bot.userSendsWithoutWaiting(6201, "/help");
        Awaitility.await().until(() -> bot.telegram().callsOf("sendMessage").stream()
                .anyMatch(call -> call.httpStatus() == 429));

        bot.userSendsWithoutWaiting(6202, "/about");

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> !other.messages().isEmpty());
        assertThat(other.newText()).contains("does not diagnose");
        // The 429 said three seconds: the other chat was answered while this one was still waiting.
        assertThat(waiting.messages()).isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> !waiting.messages().isEmpty());
        assertThat(waiting.newText()).contains("/help – What I can do");
        bot.awaitHandled();
    }
}
