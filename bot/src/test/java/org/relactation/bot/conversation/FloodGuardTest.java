package org.relactation.bot.conversation;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FloodGuardTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T03:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aFloodingChatGetsOneNoteAMinuteAndTheOthersAreUntouched() {
        ManualClock clock = new ManualClock();
        FloodGuard guard = new FloodGuard(5, clock);
        List<FloodGuard.Verdict> flood = new ArrayList<>();

        for (int i = 0; i < 20; i++) {
            flood.add(guard.check(1));
        }

        assertThat(flood.subList(0, 5)).containsOnly(FloodGuard.Verdict.ALLOW);
        assertThat(flood.get(5)).isEqualTo(FloodGuard.Verdict.WARN);
        assertThat(flood.subList(6, 20)).containsOnly(FloodGuard.Verdict.DROP);
        assertThat(guard.check(2)).isEqualTo(FloodGuard.Verdict.ALLOW);
    }

    @Test
    void theChatRecoversAsTheBucketRefills() {
        ManualClock clock = new ManualClock();
        FloodGuard guard = new FloodGuard(6, clock);
        for (int i = 0; i < 8; i++) {
            guard.check(1);
        }

        clock.advance(Duration.ofSeconds(10)); // one token back (6 a minute)
        assertThat(guard.check(1)).isEqualTo(FloodGuard.Verdict.ALLOW);
        assertThat(guard.check(1)).isEqualTo(FloodGuard.Verdict.DROP);

        clock.advance(Duration.ofMinutes(1));
        assertThat(guard.check(1)).isEqualTo(FloodGuard.Verdict.ALLOW);
    }
}
