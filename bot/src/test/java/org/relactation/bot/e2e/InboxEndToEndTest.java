package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.storage.Database;
import org.relactation.bot.telegram.fake.ApiCall;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long polling reads ahead into the inbox, and chats take turns there: issue 16's attack, 60 chats sending 25 logs
 * each at once and a parent writing just after, counted in updates, not timed.
 */
class InboxEndToEndTest {
    private static final String LOG = "pumped 15 min 20 ml";
    private static final long FIRST = 9_001;
    private static final int CHATTY = 60;
    private static final int EACH = 25;
    private static final long INNOCENT = FIRST + CHATTY;

    @TempDir
    Path dataDir;

    /**
     * Telegram hands out updates in order, so without the inbox the parent's update is read only once the 1,500
     * before it were handled, and their confirmations go out first. With it, the parent waits for one update of each
     * chat at most.
     */
    @Test
    void aParentWhoWritesJustAfterSixtyChatsSentTwentyFiveLogsEachIsAnsweredBeforeMostOfThem() {
        try (BotHarness bot = BotHarness.start(dataDir)) {
            for (long chat = FIRST; chat <= INNOCENT; chat++) {
                bot.started(chat, "en");
            }
            Database.CommitCount before = bot.application().database().commitCount();
            burstThenInnocent(bot);
            bot.awaitHandled(Duration.ofMinutes(5));

            List<ApiCall> logged = bot.telegram().callsOf("sendMessage").stream().filter(ApiCall::ok)
                    .filter(call -> call.param("text").startsWith("✅ Logged")).toList();
            assertThat(logged).hasSize(CHATTY * EACH + 1);
            int ahead = 0;
            while (!Long.toString(INNOCENT).equals(logged.get(ahead).param("chat_id"))) {
                ahead++;
            }
            assertThat(ahead).as("confirmations to the 60 chats sent before the parent's").isLessThan(CHATTY * EACH / 3);

            // Group commit: the updates handled while a commit was written shared the next one.
            Database.CommitCount after = bot.application().database().commitCount();
            long commits = after.commits() - before.commits();
            long calls = after.calls() - before.calls();
            // Each update asks; the removals of the messages sent at the same moment ask once (RemovalCommits).
            assertThat(calls).as("each update, the sent messages' removals, each batch read")
                    .isGreaterThan(CHATTY * EACH + 1L);
            assertThat(commits).as("commits for %d calls", calls).isLessThan(calls);
            bot.assertTelegramRefusedNothing();
        }
    }

    /** Queued at the fake Bot API in Telegram's order, faster than any bot handles them. */
    private static void burstThenInnocent(BotHarness bot) {
        for (int i = 0; i < EACH; i++) {
            for (long chat = FIRST; chat < INNOCENT; chat++) {
                bot.telegram().userSends(chat, LOG, "en");
                bot.delivered();
            }
        }
        bot.telegram().userSends(INNOCENT, LOG, "en");
        bot.delivered();
    }
}
