package org.relactation.bot.telegram;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.ChatLanes;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.conversation.Safeguard;
import org.relactation.bot.operations.Metrics;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of updates from long polling is confirmed to Telegram when {@link UpdateIntake#accept} returns. It
 * returns once its replies are sent, so a crash right after loses none of them; replies held up by Telegram keep it
 * waiting for a bounded time only (longer for a warning sign's answer), so one slow chat cannot stall polling.
 */
class UpdateIntakeTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();

    /** A delivery that notes whether someone waits for it. */
    private static final class WatchedDelivery extends CompletableFuture<Outbox.Delivery> {
        final CountDownLatch awaited = new CountDownLatch(1);

        @Override
        public Outbox.Delivery get(long timeout, TimeUnit unit) throws InterruptedException,
                ExecutionException, TimeoutException {
            awaited.countDown();
            return super.get(timeout, unit);
        }

        @Override
        public Outbox.Delivery join() {
            awaited.countDown();
            return super.join();
        }
    }

    /** An outbox that sends nothing until the test says so. */
    private static final class HeldOutbox implements Outbox {
        final WatchedDelivery delivery = new WatchedDelivery();
        final CountDownLatch submitted = new CountDownLatch(1);
        Duration queuedAhead = Duration.ZERO;

        @Override
        public Duration queuedAhead(long chatId) {
            return queuedAhead;
        }

        @Override
        public Delivery send(List<Action> actions) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<Delivery> submit(List<Action> actions) {
            submitted.countDown();
            return delivery;
        }
    }

    /** A message in a group (no database needed), with or without a warning from the safeguard. */
    private static Thread accepting(boolean warning, HeldOutbox outbox, ChatLanes lanes) {
        Safeguard safeguard = inbound -> warning
                ? new Safeguard.Verdict(List.of(new Action.Reply(inbound.chatId(), "call now")), false)
                : Safeguard.Verdict.NONE;
        Router router = new Router(CONTENT, null, "en").safeguard(safeguard);
        UpdateIntake intake = new UpdateIntake(Clock.systemUTC(), router, lanes, () -> { }, outbox, Metrics.none(),
                Duration.ofSeconds(2), Duration.ofSeconds(60));
        Thread thread = new Thread(() -> intake.accept(List.of(groupMessage())));
        thread.start();
        return thread;
    }

    private static Update groupMessage() {
        Message message = new Message();
        message.setMessageId(7);
        message.setDate((int) (System.currentTimeMillis() / 1000));
        message.setChat(Chat.builder().id(-100L).type("group").title("Group").build());
        message.setFrom(User.builder().id(42L).firstName("Parent").isBot(false).build());
        message.setText("she is floppy and won't wake");
        Update update = new Update();
        update.setUpdateId(1);
        update.setMessage(message);
        return update;
    }

    @Test
    void aBatchWithAWarningIsConfirmedOnlyOnceTheWarningIsSent() throws Exception {
        HeldOutbox outbox = new HeldOutbox();
        try (ChatLanes lanes = new ChatLanes(2)) {
            Thread batch = accepting(true, outbox, lanes);
            assertThat(outbox.submitted.await(10, TimeUnit.SECONDS)).isTrue();
            // The batch waits for the warning's delivery before it can end.
            assertThat(outbox.delivery.awaited.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(batch.isAlive()).isTrue();

            outbox.delivery.complete(Outbox.Delivery.DELIVERED);
            batch.join(10_000);
            assertThat(batch.isAlive()).isFalse();
        }
    }

    @Test
    void aBatchWithoutAWarningIsConfirmedOnceItsRepliesAreSent() throws Exception {
        HeldOutbox outbox = new HeldOutbox();
        try (ChatLanes lanes = new ChatLanes(2)) {
            Thread batch = accepting(false, outbox, lanes);
            assertThat(outbox.delivery.awaited.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(batch.isAlive()).isTrue();

            outbox.delivery.complete(Outbox.Delivery.DELIVERED);
            batch.join(10_000);
            assertThat(batch.isAlive()).isFalse();
        }
    }

    @Test
    void repliesHeldUpByTelegramDelayTheBatchOnlyForABoundedTime() throws Exception {
        HeldOutbox outbox = new HeldOutbox();
        try (ChatLanes lanes = new ChatLanes(2)) {
            Thread batch = accepting(false, outbox, lanes);
            batch.join(30_000);
            assertThat(batch.isAlive()).as("confirmed after the reply wait (2 s here) though never sent").isFalse();
            assertThat(outbox.delivery).isNotDone();
        }
    }

    @Test
    void aReplyQueuedBehindMoreOfItsChatsMessagesThanTheWaitCoversIsNotWaitedFor() throws Exception {
        HeldOutbox outbox = new HeldOutbox();
        // Its chat's messages ahead of it take 5 s to go out; the batch would wait 2 s.
        outbox.queuedAhead = Duration.ofSeconds(5);
        try (ChatLanes lanes = new ChatLanes(2)) {
            Thread batch = accepting(false, outbox, lanes);
            batch.join(30_000);
            assertThat(batch.isAlive()).isFalse();
            assertThat(outbox.submitted.getCount()).as("submitted").isZero();
            assertThat(outbox.delivery.awaited.getCount()).as("never waited for").isEqualTo(1);
        }
    }

    @Test
    void aWarningQueuedBehindLessThanItsWaitIsStillWaitedFor() throws Exception {
        HeldOutbox outbox = new HeldOutbox();
        // Behind 5 s of its chat's messages: the warning's wait (60 s here) covers that.
        outbox.queuedAhead = Duration.ofSeconds(5);
        try (ChatLanes lanes = new ChatLanes(2)) {
            Thread batch = accepting(true, outbox, lanes);
            assertThat(outbox.delivery.awaited.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(batch.isAlive()).isTrue();
            outbox.delivery.complete(Outbox.Delivery.DELIVERED);
            batch.join(10_000);
            assertThat(batch.isAlive()).isFalse();
        }
    }
}
