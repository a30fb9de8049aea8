package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One chat flooding the bot is slowed down politely; another chat is answered as usual. */
class FloodEndToEndTest {
    @TempDir
    Path dataDir;

    @Test
    void aFloodGetsOnePoliteNoteAndDoesNotSilenceOthers() {
        try (BotHarness bot = BotHarness.start(dataDir, Map.of("BOT_FLOOD_PER_MINUTE", "10"))) {
            for (int i = 0; i < 200; i++) {
                bot.telegram().userSends(8001, "hello " + i, "en");
                bot.delivered();
            }
            Parent calm = bot.parent(8002, "en");
            calm.says("/help");

            assertThat(calm.newText()).contains("/help – What I can do");
            // 10 answered, one note, the rest dropped (a slow machine may refill a token or two meanwhile).
            assertThat(bot.telegram().messagesTo(8001)).hasSizeBetween(11, 13)
                    .filteredOn(m -> m.text().contains("a lot of messages at once")).hasSize(1);
            assertThat(bot.telegram().errors()).isEmpty();
        }
    }
}
