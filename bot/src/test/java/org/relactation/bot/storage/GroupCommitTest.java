package org.relactation.bot.storage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Callers that come while a commit is written share the next one, and none returns before a commit that holds its writes. */
class GroupCommitTest {
    /** A commit that waits for the test on its first run, and counts the writes it holds. */
    private static final class HeldCommit implements Runnable {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();
        final List<Integer> durable = new ArrayList<>();
        volatile RuntimeException failSecond;

        @Override
        public void run() {
            int run = runs.incrementAndGet();
            int holding = writes.get();
            if (run == 1) {
                started.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (run == 2 && failSecond != null) {
                throw failSecond;
            }
            synchronized (durable) {
                durable.add(holding);
            }
        }
    }

    /** A caller: writes, then asks for them to be durable; notes what was durable when it returned, or its failure. */
    private static Thread caller(GroupCommit group, HeldCommit commit, List<Integer> durableOnReturn,
                                 AtomicReference<RuntimeException> failure) {
        Thread thread = new Thread(() -> {
            int mine = commit.writes.incrementAndGet();
            try {
                group.commit();
                synchronized (commit.durable) {
                    durableOnReturn.add(commit.durable.stream().mapToInt(Integer::intValue).max().orElse(0) - mine);
                }
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        thread.start();
        return thread;
    }

    @Test
    void callersThatComeWhileACommitIsWrittenShareTheNextAndReturnOnlyOnceItHoldsTheirWrites() throws Exception {
        HeldCommit commit = new HeldCommit();
        GroupCommit group = new GroupCommit(commit);
        List<Integer> margins = new ArrayList<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread first = caller(group, commit, margins, failure);
        assertThat(commit.started.await(10, TimeUnit.SECONDS)).isTrue();
        List<Thread> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(caller(group, commit, margins, failure));
        }
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> group.waiting() == 5);
        commit.release.countDown();
        first.join(10_000);
        for (Thread other : others) {
            other.join(10_000);
        }

        assertThat(failure.get()).isNull();
        assertThat(group.commits()).as("one commit for the first, one for the five that came meanwhile")
                .isEqualTo(2);
        assertThat(group.callers()).isEqualTo(6);
        // Each returned once a commit held at least its own write.
        assertThat(margins).hasSize(6).allSatisfy(margin -> assertThat(margin).isGreaterThanOrEqualTo(0));
    }

    @Test
    void aFailedCommitFailsEveryCallerThatSharedIt() throws Exception {
        HeldCommit commit = new HeldCommit();
        commit.failSecond = new IllegalStateException("disk full");
        GroupCommit group = new GroupCommit(commit);
        List<Integer> margins = new ArrayList<>();
        AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();
        Thread first = caller(group, commit, margins, firstFailure);
        assertThat(commit.started.await(10, TimeUnit.SECONDS)).isTrue();
        List<AtomicReference<RuntimeException>> failures = new ArrayList<>();
        List<Thread> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            failures.add(failure);
            others.add(caller(group, commit, margins, failure));
        }
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> group.waiting() == 3);
        commit.release.countDown();
        first.join(10_000);
        for (Thread other : others) {
            other.join(10_000);
        }

        assertThat(firstFailure.get()).isNull();
        assertThat(failures).allSatisfy(failure -> assertThat(failure.get()).isSameAs(commit.failSecond));
        // The next caller gets a commit of its own.
        group.commit();
        assertThat(group.commits()).isEqualTo(3);
    }
}
