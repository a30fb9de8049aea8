package org.relactation.bot.outbound;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Outbox.Delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboundQueueTest {
    private static final Duration NO_GAP = Duration.ZERO;

    /** A transmitter that records each call and answers as the test scripts it (success by default). */
    static final class Recorder implements Transmitter {
        record Call(long chatId, String text, long atNanos) {
        }

        final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        final Map<String, ConcurrentLinkedQueue<Function<Action, CompletableFuture<Void>>>> scripts =
                new ConcurrentHashMap<>();

        void script(String text, Function<Action, CompletableFuture<Void>> answer) {
            scripts.computeIfAbsent(text, t -> new ConcurrentLinkedQueue<>()).add(answer);
        }

        @Override
        public CompletableFuture<Void> transmit(Action action) {
            String text = action instanceof Action.Reply reply ? reply.text() : "answer";
            calls.add(new Call(action.chatId(), text, System.nanoTime()));
            ConcurrentLinkedQueue<Function<Action, CompletableFuture<Void>>> script = scripts.get(text);
            Function<Action, CompletableFuture<Void>> answer = script == null ? null : script.poll();
            return answer == null ? CompletableFuture.completedFuture(null) : answer.apply(action);
        }

        List<String> textsTo(long chatId) {
            synchronized (calls) {
                return calls.stream().filter(c -> c.chatId() == chatId).map(Call::text).toList();
            }
        }

        List<Long> timesTo(long chatId) {
            synchronized (calls) {
                return calls.stream().filter(c -> c.chatId() == chatId).map(Call::atNanos).toList();
            }
        }
    }

    private final Recorder recorder = new Recorder();
    private OutboundQueue queue;

    private OutboundQueue queue(int perSecond, Duration gap, int retries) {
        queue = new OutboundQueue(recorder, new OutboundQueue.Limits(perSecond, gap, retries, 16));
        return queue;
    }

    @AfterEach
    void close() {
        if (queue != null) {
            queue.close(Duration.ofSeconds(1));
        }
    }

    private static List<Action> reply(long chat, String text) {
        return List.of(new Action.Reply(chat, text));
    }

    private static CompletableFuture<Void> fail(SendFault.Kind kind, Duration retryAfter) {
        return CompletableFuture.failedFuture(new SendFault(kind, retryAfter, "scripted"));
    }

    @Test
    void everyChatKeepsItsOrderWhileChatsInterleave() {
        OutboundQueue queue = queue(0, NO_GAP, 3);
        List<CompletableFuture<Delivery>> outcomes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            for (long chat = 1; chat <= 20; chat++) {
                outcomes.add(queue.submit(reply(chat, "m" + i)));
            }
        }
        assertThat(outcomes).allSatisfy(o -> assertThat(o.join()).isEqualTo(Delivery.DELIVERED));
        List<String> expected = IntStream.range(0, 50).mapToObj(i -> "m" + i).toList();
        for (long chat = 1; chat <= 20; chat++) {
            assertThat(recorder.textsTo(chat)).containsExactlyElementsOf(expected);
        }
        assertThat(queue.depth()).isZero();
    }

    @Test
    void twoMessagesToOneChatAreAtLeastTheGapApart() {
        Duration gap = Duration.ofMillis(80);
        OutboundQueue queue = queue(0, gap, 3);
        List<CompletableFuture<Delivery>> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(queue.submit(reply(7, "m" + i)));
            outcomes.add(queue.submit(reply(8, "m" + i)));
        }
        outcomes.forEach(CompletableFuture::join);
        for (long chat : new long[]{7, 8}) {
            List<Long> times = recorder.timesTo(chat);
            for (int i = 1; i < times.size(); i++) {
                assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(gap.toNanos() - 2_000_000L);
            }
        }
        // The two chats wait in parallel, not one after the other.
        assertThat(recorder.timesTo(8).get(0) - recorder.timesTo(7).get(0)).isLessThan(gap.toNanos());
    }

    @Test
    void buttonAnswersNeitherWaitForNorStartTheGap() {
        OutboundQueue queue = queue(0, Duration.ofSeconds(30), 3);
        queue.submit(reply(5, "first")).join();
        // Within the 30-second gap: the answer to a button press still goes out at once.
        assertThat(queue.submit(List.of(new Action.AnswerButton(5, "cb", null))).join())
                .isEqualTo(Delivery.DELIVERED);
    }

    @Test
    void theGlobalRateIsNeverExceededOverAnyWindow() {
        int perSecond = 100;
        OutboundQueue queue = queue(perSecond, NO_GAP, 3);
        List<CompletableFuture<Delivery>> outcomes = new ArrayList<>();
        for (long chat = 1; chat <= 250; chat++) {
            outcomes.add(queue.submit(reply(chat, "hello")));
        }
        outcomes.forEach(CompletableFuture::join);
        List<Long> times;
        synchronized (recorder.calls) {
            times = recorder.calls.stream().map(Recorder.Call::atNanos).sorted().toList();
        }
        int burst = perSecond / 5;
        long second = Duration.ofSeconds(1).toNanos();
        for (int i = 0; i < times.size(); i++) {
            int j = i;
            while (j < times.size() && times.get(j) - times.get(i) < second) {
                j++;
            }
            assertThat(j - i).as("messages within one second from #%d", i).isLessThanOrEqualTo(perSecond + burst);
        }
        assertThat(times).hasSize(250);
    }

    @Test
    void a429PausesOnlyItsChatForRetryAfterAndTheMessageStillArrives() {
        OutboundQueue queue = queue(0, NO_GAP, 3);
        recorder.script("a1", action -> fail(SendFault.Kind.RATE_LIMITED, Duration.ofMillis(300)));
        CompletableFuture<Delivery> a1 = queue.submit(reply(1, "a1"));
        CompletableFuture<Delivery> a2 = queue.submit(reply(1, "a2"));
        List<CompletableFuture<Delivery>> others = IntStream.range(0, 10)
                .mapToObj(i -> queue.submit(reply(2, "b" + i))).toList();
        others.forEach(CompletableFuture::join);
        assertThat(a1).isNotDone();
        assertThat(a1.join()).isEqualTo(Delivery.DELIVERED);
        assertThat(a2.join()).isEqualTo(Delivery.DELIVERED);
        assertThat(recorder.textsTo(1)).containsExactly("a1", "a1", "a2");
        List<Long> times = recorder.timesTo(1);
        assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(298).toNanos());
        assertThat(queue.rateLimitedCount()).isEqualTo(1);
    }

    @Test
    void transientFaultsAreRetriedThenGivenUpWithoutHoldingTheNextMessage() {
        OutboundQueue queue = queue(0, NO_GAP, 2);
        recorder.script("flaky", action -> fail(SendFault.Kind.TRANSIENT, null));
        recorder.script("flaky", action -> fail(SendFault.Kind.TRANSIENT, null));
        for (int i = 0; i < 3; i++) {
            recorder.script("broken", action -> fail(SendFault.Kind.TRANSIENT, null));
        }
        assertThat(queue.submit(reply(3, "flaky")).join()).isEqualTo(Delivery.DELIVERED);
        CompletableFuture<Delivery> broken = queue.submit(reply(3, "broken"));
        CompletableFuture<Delivery> after = queue.submit(reply(3, "after"));
        assertThat(broken.join()).isEqualTo(Delivery.FAILED);
        assertThat(after.join()).isEqualTo(Delivery.DELIVERED);
        assertThat(recorder.textsTo(3)).containsExactly("flaky", "flaky", "flaky", "broken", "broken", "broken",
                "after");
    }

    @Test
    void aBlockedChatStopsItsUnitAndReportsBlocked() {
        OutboundQueue queue = queue(0, NO_GAP, 3);
        recorder.script("one", action -> fail(SendFault.Kind.BLOCKED, null));
        List<Action> both = List.of(new Action.Reply(4, "one"), new Action.Reply(4, "two"));
        assertThat(queue.submit(both).join()).isEqualTo(Delivery.BLOCKED);
        assertThat(recorder.textsTo(4)).containsExactly("one");
    }

    @Test
    void aSlowCallInOneChatDoesNotHoldUpOtherChats() {
        OutboundQueue queue = queue(0, NO_GAP, 3);
        CompletableFuture<Void> slow = new CompletableFuture<>();
        recorder.script("slow", action -> slow);
        CompletableFuture<Delivery> held = queue.submit(reply(1, "slow"));
        CompletableFuture<Delivery> behind = queue.submit(reply(1, "behind"));
        List<CompletableFuture<Delivery>> others = new ArrayList<>();
        for (long chat = 2; chat <= 30; chat++) {
            others.add(queue.submit(reply(chat, "quick")));
        }
        others.forEach(CompletableFuture::join);
        assertThat(held).isNotDone();
        assertThat(behind).isNotDone();
        assertThat(recorder.textsTo(1)).containsExactly("slow");
        slow.complete(null);
        assertThat(behind.join()).isEqualTo(Delivery.DELIVERED);
        assertThat(recorder.textsTo(1)).containsExactly("slow", "behind");
    }

    @Test
    void roomFollowsTheBacklogAtTheGlobalRate() {
        OutboundQueue queue = queue(10, NO_GAP, 3);
        CompletableFuture<Void> never = new CompletableFuture<>();
        recorder.script("stuck", action -> never);
        int before = queue.room();
        assertThat(before).isEqualTo(10 * 60);
        queue.submit(reply(1, "stuck"));
        queue.submit(reply(1, "waiting"));
        assertThat(queue.room()).isEqualTo(before - 2);
    }

    @Test
    void closingReportsWhatCouldNotBeSentAsFailed() {
        OutboundQueue queue = queue(0, NO_GAP, 3);
        recorder.script("stuck", action -> new CompletableFuture<>());
        queue.submit(reply(1, "stuck"));
        CompletableFuture<Delivery> waiting = queue.submit(reply(1, "waiting"));
        queue.close(Duration.ofMillis(100));
        assertThat(waiting.join()).isEqualTo(Delivery.FAILED);
        assertThat(queue.submit(reply(2, "late")).join()).isEqualTo(Delivery.FAILED);
        this.queue = null;
    }

    @Test
    void anEmptyUnitIsDeliveredAtOnce() {
        assertThat(queue(0, NO_GAP, 3).submit(List.of()).join()).isEqualTo(Delivery.DELIVERED);
    }
}
