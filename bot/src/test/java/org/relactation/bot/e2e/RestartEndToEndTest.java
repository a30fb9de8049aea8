package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Data survives a restart on the same data directory: the embedded database is a file, not memory. */
class RestartEndToEndTest {
    @TempDir
    Path dataDir;

    @Test
    void theParentIsStillKnownAfterARestart() {
        try (BotHarness bot = BotHarness.start(dataDir)) {
            Parent parent = bot.parent(2001, "en");
            parent.says("/start");
            parent.presses("Bringing my milk back");
            assertThat(parent.newText()).contains("How long ago did your milk stop");

            bot.restart();

            assertThat(bot.application().users().find(2001)).isPresent();
            parent.says("/start");
            assertThat(parent.newText()).contains("Welcome back!").doesNotContain("I don't replace your doctor")
                    .contains("How long ago did your milk stop");
            assertThat(bot.application().users().find(2001).orElseThrow().setup().situation())
                    .isEqualTo("relactate");
        }
    }
}
