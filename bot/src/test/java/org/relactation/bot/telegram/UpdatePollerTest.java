package org.relactation.bot.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relactation.bot.e2e.BotHarness;
import org.relactation.bot.telegram.fake.ApiCall;
import org.relactation.bot.telegram.fake.FakeTelegram;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Long polling against the fake Bot API, one poll at a time ({@link UpdatePoller#pollOnce}), with the pauses after
 * failed polls taken in simulated time: no test here waits for real.
 */
class UpdatePollerTest {
    private final FakeTelegram telegram = FakeTelegram.start(BotHarness.TOKEN);
    private final List<Update> handled = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private Duration simulated = Duration.ZERO;
    private Duration backAt = Duration.ofDays(1);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private UpdatePoller poller;

    @BeforeEach
    void start() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logs.setContext(context);
        logs.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
        // Each pause moves the simulated clock; the Bot API comes back once it reaches backAt.
        UpdatePoller.Sleeper sleeper = pause -> {
            pauses.add(pause);
            simulated = simulated.plus(pause);
            if (simulated.compareTo(backAt) >= 0) {
                telegram.unreachable(false);
            }
        };
        poller = new UpdatePoller(UpdatePoller.client(1), telegram.telegramUrl(), BotHarness.TOKEN,
                offset -> GetUpdates.builder().offset(offset).limit(100).timeout(0).build(), handled::addAll,
                sleeper, RandomGenerator.of("L64X128MixRandom"));
    }

    @AfterEach
    void stop() {
        poller.stop(Duration.ofSeconds(5));
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        telegram.close();
    }

    private List<Integer> handledIds() {
        return handled.stream().map(Update::getUpdateId).toList();
    }

    private long pollsServing(int updateId) {
        return telegram.callsOf("getUpdates").stream().filter(ApiCall::ok)
                .filter(call -> StreamSupport.stream(call.result().spliterator(), false)
                        .anyMatch(update -> update.get("update_id").asInt() == updateId))
                .count();
    }

    @Test
    void theUpdateReadAheadAtStartUpStillReads() {
        // Start-up reads this update ahead to load TelegramBots' types; a library that reads it no more fails here.
        assertThatCode(UpdatePoller::warmUp).doesNotThrowAnyException();
    }

    @Test
    void anUpdateThatCannotBeReadIsTriedThreeTimesThenSkippedAndConfirmedWhileTheOthersAreHandledAtOnce() {
        int before = telegram.userSends(41, "pumped 10 min", "en");
        int unreadable = telegram.userSendsUnreadable(42, "my secret words");
        int after = telegram.userSends(43, "pumped 20 min", "en");

        poller.pollOnce();
        // What came before it is handled at once; it is fetched again, first in the next poll.
        assertThat(handledIds()).containsExactly(before);
        assertThat(poller.offset()).isEqualTo(unreadable);

        poller.pollOnce();
        assertThat(handledIds()).containsExactly(before);
        poller.pollOnce();
        // Third try: skipped, and the rest of the batch handled in the same poll.
        assertThat(handledIds()).containsExactly(before, after);
        assertThat(poller.offset()).isEqualTo(after + 1);
        assertThat(pollsServing(unreadable)).isEqualTo(UpdatePoller.MAX_TRIES);

        // The next poll's offset confirms it: Telegram stops sending it.
        poller.pollOnce();
        assertThat(telegram.pendingUpdates()).isZero();
        assertThat(pollsServing(unreadable)).isEqualTo(UpdatePoller.MAX_TRIES);
        assertThat(pauses).isEmpty();

        List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).contains("Update " + unreadable + " could not be read (MismatchedInputException) after 3"
                + " tries; skipped");
        assertThat(lines).noneMatch(line -> line.contains("secret"));
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
    }

    @Test
    void againstAnUnreachableBotApiThePausesGrowToFiveSecondsAtMostWithJitter() {
        int update = telegram.userSends(44, "pumped 15 min", "en");
        telegram.unreachable(true);
        backAt = Duration.ofSeconds(60);

        while (handled.isEmpty() && pauses.size() < 100) {
            poller.pollOnce();
        }

        assertThat(handledIds()).containsExactly(update);
        // Half a second doubling: each pause between half its step and the step, never more than 5 s.
        double[] steps = {0.5, 1, 2, 4, 5};
        for (int i = 0; i < pauses.size(); i++) {
            double step = steps[Math.min(i, steps.length - 1)];
            assertThat(pauses.get(i).toNanos() / 1e9).as("pause %d", i + 1).isBetween(step / 2, step);
        }
        assertThat(pauses).allSatisfy(pause -> assertThat(pause).isLessThanOrEqualTo(Duration.ofSeconds(5)));
        assertThat(pauses.subList(4, pauses.size())).as("jittered, not all the same").doesNotHaveDuplicates();
        // The first poll after the Bot API came back was at most one capped pause after it did.
        assertThat(simulated.minus(backAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(logs.list.stream().map(ILoggingEvent::getFormattedMessage))
                .filteredOn(line -> line.startsWith("Polling the Bot API failed ("))
                .as("one warning for the outage, not one per poll").hasSize(1);
    }

    @Test
    void aRefusedPollIsPausedAfterLikeAnUnreachableApi() {
        telegram.failNext("getUpdates", 2, 502, "Bad Gateway", null);
        int update = telegram.userSends(45, "pumped 5 min", "en");

        poller.pollOnce();
        poller.pollOnce();
        poller.pollOnce();

        assertThat(handledIds()).containsExactly(update);
        assertThat(pauses).hasSize(2);
        assertThat(pauses.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(pauses.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }
}
