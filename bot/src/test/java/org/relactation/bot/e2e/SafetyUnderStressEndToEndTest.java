package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.telegram.fake.BotMessage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A warning sign is answered when the rest of the handling cannot be: a chat slowed down, the database down. */
class SafetyUnderStressEndToEndTest {
    @TempDir
    Path dataDir;

    @Test
    void aChatSlowedDownByFloodControlStillGetsItsWarning() {
        try (BotHarness bot = BotHarness.start(dataDir, Map.of("BOT_FLOOD_PER_MINUTE", "3"))) {
            for (int i = 0; i < 6; i++) {
                bot.telegram().userSends(14_001, "hello " + i, "en");
                bot.delivered();
            }
            bot.awaitHandled();
            int before = bot.telegram().messagesTo(14_001).size();

            bot.parent(14_001, "en").says("she is floppy and wont wake up");

            List<BotMessage> after = bot.telegram().messagesTo(14_001);
            assertThat(after).hasSize(before + 1);
            assertThat(after.get(before).text()).contains("emergency").contains("now");
        }
    }

    @Test
    void withTheDatabaseDownTheWarningComesFirstThenNotSaved() {
        try (BotHarness bot = BotHarness.start(dataDir, Map.of("DB_OUTAGE_RETRY", "1",
                "MONGODB_SERVER_SELECTION_TIMEOUT", "1", "MONGODB_CONNECT_TIMEOUT", "1",
                "MONGODB_SOCKET_TIMEOUT", "2"))) {
            Parent parent = bot.parent(14_002, "es-MX");
            parent.says("hola");
            bot.application().database().stopEmbeddedServer();
            try {
                List<BotMessage> replies = parent.says("me extraje 10 min, el bebé no ha mojado pañales desde ayer");

                assertThat(replies).hasSize(2);
                // The country comes from the Telegram language when the parent's record cannot be read.
                assertThat(replies.get(0).text()).contains("pañales").contains("911");
                assertThat(replies.get(1).text()).contains("no se ha guardado");
            } finally {
                bot.application().database().startEmbeddedServer();
            }
        }
    }
}
