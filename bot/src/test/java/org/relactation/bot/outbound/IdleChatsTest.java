package org.relactation.bot.outbound;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class IdleChatsTest {
    @Test
    void keepsTakesAndForgetsLikeAMapThroughCollisionsGrowthAndRemovals() {
        IdleChats idle = new IdleChats();
        Map<Long, IdleChats.Kept> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(19);
        for (int step = 0; step < 200_000; step++) {
            // Few distinct ids, some negative, so that slots collide and are removed and filled again.
            long chat = random.nextLong(-3_000, 3_000);
            if (chat == 0) {
                continue;
            }
            if (random.nextInt(3) == 0) {
                assertThat(idle.take(chat)).isEqualTo(expected.remove(chat));
            } else {
                IdleChats.Kept kept = new IdleChats.Kept(random.nextDouble(), random.nextLong(), step);
                idle.put(chat, kept.lately(), kept.notBefore(), kept.lastActive());
                expected.put(chat, kept);
            }
            assertThat(idle.size()).isEqualTo(expected.size());
        }
        idle.forgetIdle(200_000, 50_000);
        expected.values().removeIf(kept -> 200_000 - kept.lastActive() > 50_000);
        assertThat(idle.size()).isEqualTo(expected.size()).isPositive();
        for (long chat = -3_000; chat < 3_000; chat++) {
            assertThat(idle.take(chat)).isEqualTo(chat == 0 ? null : expected.get(chat));
        }
        assertThat(idle.size()).isZero();
    }
}
