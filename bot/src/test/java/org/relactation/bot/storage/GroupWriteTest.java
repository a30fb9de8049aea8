package org.relactation.bot.storage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The items handed in while a write is under way are written together, in the next write, each caller once. */
class GroupWriteTest {
    @Test
    void theItemsOfCallersThatComeWhileAWriteIsUnderWayAreWrittenTogetherInTheNext() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> writes = new CopyOnWriteArrayList<>();
        GroupWrite<Integer> group = new GroupWrite<>(items -> {
            writes.add(List.copyOf(items));
            if (writes.size() == 1) {
                started.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        List<Integer> returned = new CopyOnWriteArrayList<>();
        List<Thread> callers = new ArrayList<>();
        callers.add(Thread.ofPlatform().start(() -> {
            group.write(0);
            returned.add(0);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 5; i++) {
            int item = i;
            callers.add(Thread.ofPlatform().start(() -> {
                group.write(item);
                returned.add(item);
            }));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> group.waiting() == 5);
        assertThat(returned).as("nobody returns before a write that holds its item").isEmpty();
        release.countDown();
        for (Thread caller : callers) {
            caller.join(10_000);
        }

        assertThat(writes).hasSize(2);
        assertThat(writes.get(0)).containsExactly(0);
        assertThat(writes.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(returned).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(group.writes()).isEqualTo(2);
        assertThat(group.callers()).isEqualTo(6);
    }
}
