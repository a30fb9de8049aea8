package org.relactation.bot.app;

import org.junit.jupiter.api.Test;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.outbound.OutboundQueue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What start-up leaves until the first reply is out: held until then, and never held for good. */
class AfterFirstReplyTest {
    @Test
    void jobsWaitUntilOpenedThenRunAndLaterJobsRunAtOnce() throws InterruptedException {
        Application.AfterFirstReply later = new Application.AfterFirstReply();
        CountDownLatch first = new CountDownLatch(1);
        later.execute(first::countDown);
        assertThat(first.await(200, TimeUnit.MILLISECONDS)).as("held until opened").isFalse();
        later.open();
        assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();
        CountDownLatch second = new CountDownLatch(1);
        later.execute(second::countDown);
        assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void opensOnceTheFirstReplyIsSent() throws InterruptedException {
        CompletableFuture<Void> telegram = new CompletableFuture<>();
        try (OutboundQueue queue = OutboundQueue.start(action -> telegram,
                new OutboundQueue.Limits(0, Duration.ZERO, 0, 4))) {
            Application.AfterFirstReply later = new Application.AfterFirstReply();
            CountDownLatch built = new CountDownLatch(1);
            later.execute(built::countDown);
            later.openAfterFirst(queue, Duration.ofHours(1));
            queue.submit(List.of(new Action.Reply(1, "welcome")));
            assertThat(built.await(200, TimeUnit.MILLISECONDS)).as("held while the reply is out").isFalse();
            telegram.complete(null);
            assertThat(built.await(30, TimeUnit.SECONDS)).as("opened by the reply").isTrue();
        }
    }

    /** A question first after a start waits for the question index, so its reply cannot be what opens it. */
    @Test
    void opensAtTheLatestAfterTheBoundWhenNothingIsSent() throws InterruptedException {
        try (OutboundQueue queue = OutboundQueue.start(action -> new CompletableFuture<>(),
                new OutboundQueue.Limits(0, Duration.ZERO, 0, 4))) {
            Application.AfterFirstReply later = new Application.AfterFirstReply();
            CountDownLatch built = new CountDownLatch(1);
            later.execute(built::countDown);
            later.openAfterFirst(queue, Duration.ofMillis(50));
            assertThat(built.await(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
