package org.relactation.bot.conversation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ChatLanesTest {
    private static Inbound message(long updateId, long chatId) {
        return new Inbound(updateId, chatId, chatId, true, "hi", null, "en", Instant.EPOCH);
    }

    @Test
    void eachChatInOrderAndAChatThatWroteOnceBeforeTheChatsThatKeepWriting() {
        List<Inbound> batch = new ArrayList<>();
        LongStream.range(0, 5).forEach(i -> batch.add(message(i, 1)));
        LongStream.range(5, 8).forEach(i -> batch.add(message(i, 2)));
        batch.add(message(8, 3));
        List<Long> handled = Collections.synchronizedList(new ArrayList<>());
        // One worker: the order of the lanes is the order of handling.
        try (ChatLanes lanes = new ChatLanes(1)) {
            lanes.run(batch, inbound -> handled.add(inbound.updateId()));
        }
        assertThat(handled).containsExactly(8L, 5L, 6L, 7L, 0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void aFailingEventIsCountedAndTheRestOfItsChatGoesOn() {
        List<Long> handled = Collections.synchronizedList(new ArrayList<>());
        try (ChatLanes lanes = new ChatLanes(2)) {
            lanes.run(List.of(message(1, 1), message(2, 1), message(3, 2)), inbound -> {
                if (inbound.updateId() == 1) {
                    throw new IllegalStateException("a bug");
                }
                handled.add(inbound.updateId());
            });
            assertThat(lanes.completed()).isEqualTo(3);
        }
        assertThat(handled).containsExactlyInAnyOrder(2L, 3L);
    }
}
