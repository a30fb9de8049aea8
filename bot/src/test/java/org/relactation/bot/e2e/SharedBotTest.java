package org.relactation.bot.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bot for all tests of a class (each test uses its own parents), and after every test the check that
 * Telegram refused nothing the bot sent (but 403 from a parent who blocked it): the fake answers like
 * Telegram, so any other 4xx is a bug.
 */
abstract class SharedBotTest {
    @TempDir
    static Path dataDir;
    static BotHarness bot;

    @BeforeAll
    static void startBot() {
        bot = BotHarness.start(dataDir);
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @AfterEach
    void telegramRefusedNothing() {
        // 403 is a parent who blocked the bot, and injected faults are the test's own; anything else is the bot's.
        assertThat(bot.telegram().errors()).allMatch(call -> call.injected() || call.httpStatus() == 403);
    }

    /**
     * A parent onboarded with a fixed UTC offset that puts their clock near noon, so "awake" holds at any hour and
     * the day's times are known.
     */
    static Parent onboardedAtNoon(long id) {
        return onboardedWithOffset(id, 12 - ZonedDateTime.now(ZoneOffset.UTC).getHour());
    }

    /** A parent onboarded in English with every question skipped and a fixed UTC offset of {@code offset} hours. */
    static Parent onboardedWithOffset(long id, int offset) {
        Parent parent = bot.parent(id, "en");
        parent.says("/start");
        for (int i = 0; i < 5; i++) {
            parent.presses("Skip");
        }
        parent.says(offset >= 0 ? "UTC+" + offset : "UTC" + offset);
        parent.presses("Yes, that's right");
        parent.presses("8 (recommended)");
        parent.presses("Skip");
        parent.presses("Skip");
        return parent;
    }
}
