package org.relactation.bot.outbound;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Outbox.Delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbound queue in simulated time ({@link SimulatedTime}): every send is stamped with its simulated moment, so
 * the limits are asserted exactly, with no tolerance and no waiting.
 */
class OutboundQueueTest {
    private static final Duration NO_GAP = Duration.ZERO;
    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final long MILLI = Duration.ofMillis(1).toNanos();

    /** A transmitter that records each call at its simulated moment and answers as the test scripts it. */
    final class Recorder implements Transmitter {
        record Call(long chatId, String text, long at) {
        }

        final List<Call> calls = new ArrayList<>();
        final Map<String, ArrayDeque<Function<Action, CompletableFuture<Void>>>> scripts = new HashMap<>();

        void script(String text, Function<Action, CompletableFuture<Void>> answer) {
            scripts.computeIfAbsent(text, t -> new ArrayDeque<>()).add(answer);
        }

        @Override
        public CompletableFuture<Void> transmit(Action action) {
            String text = action instanceof Action.Reply reply ? reply.text() : "answer";
            calls.add(new Call(action.chatId(), text, time.getAsLong()));
            ArrayDeque<Function<Action, CompletableFuture<Void>>> script = scripts.get(text);
            Function<Action, CompletableFuture<Void>> answer = script == null ? null : script.poll();
            return answer == null ? CompletableFuture.completedFuture(null) : answer.apply(action);
        }

        List<String> textsTo(long chatId) {
            return calls.stream().filter(c -> c.chatId() == chatId).map(Call::text).toList();
        }

        List<Long> timesTo(long chatId) {
            return calls.stream().filter(c -> c.chatId() == chatId).map(Call::at).toList();
        }

        long timeOf(String text) {
            return calls.stream().filter(c -> c.text().equals(text)).mapToLong(Call::at).findFirst().orElseThrow();
        }

        List<Long> allTimes() {
            return calls.stream().map(Call::at).sorted().toList();
        }
    }

    private final SimulatedTime time = new SimulatedTime();
    private final Recorder recorder = new Recorder();
    private OutboundQueue queue;

    private OutboundQueue queue(int perSecond, Duration gap, int retries) {
        return queue(new OutboundQueue.Limits(perSecond, gap, retries, 16), RandomGenerator.getDefault());
    }

    private OutboundQueue queue(OutboundQueue.Limits limits, RandomGenerator random) {
        queue = new OutboundQueue(recorder, limits, time, time, SimulatedTime.DIRECT, random);
        return queue;
    }

    @AfterEach
    void close() {
        if (queue != null) {
            time.runUntilIdle();
            queue.close(Duration.ZERO);
        }
    }

    private static List<Action> reply(long chat, String text) {
        return List.of(new Action.Reply(chat, text));
    }

    private static CompletableFuture<Void> fail(SendFault.Kind kind, Duration retryAfter) {
        return CompletableFuture.failedFuture(new SendFault(kind, retryAfter, "scripted"));
    }

    /** The most sends in any window of {@code window} nanoseconds. */
    private static int busiest(List<Long> times, long window) {
        int most = 0;
        for (int i = 0, j = 0; i < times.size(); i++) {
            while (j < times.size() && times.get(j) - times.get(i) < window) {
                j++;
            }
            most = Math.max(most, j - i);
        }
        return most;
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
        time.runUntilIdle();
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isCompletedWithValue(Delivery.DELIVERED));
        List<String> expected = IntStream.range(0, 50).mapToObj(i -> "m" + i).toList();
        for (long chat = 1; chat <= 20; chat++) {
            assertThat(recorder.textsTo(chat)).containsExactlyElementsOf(expected);
        }
        assertThat(queue.depth()).isZero();
    }

    /** What start-up leaves until the first reply is out (the question index) is started by this. */
    @Test
    void afterFirstDoneRunsOnceTheFirstUnitIsDoneAndAtOnceForThoseWhoAskLater() {
        OutboundQueue queue = queue(0, Duration.ofSeconds(1), 3);
        AtomicInteger runs = new AtomicInteger();
        queue.afterFirstDone(runs::incrementAndGet);
        queue.submit(reply(7, "first"));
        queue.submit(reply(7, "second"));
        assertThat(runs).hasValue(0);
        time.advance(Duration.ZERO);
        assertThat(recorder.timesTo(7)).containsExactly(0L);
        assertThat(runs).hasValue(1);
        time.runUntilIdle();
        assertThat(runs).hasValue(1);
        queue.afterFirstDone(runs::incrementAndGet);
        assertThat(runs).hasValue(2);
    }

    @Test
    void twoMessagesToOneChatAreExactlyTheGapApartAndChatsWaitInParallel() {
        OutboundQueue queue = queue(0, Duration.ofSeconds(1), 3);
        for (int i = 0; i < 5; i++) {
            queue.submit(reply(7, "m" + i));
            queue.submit(reply(8, "m" + i));
        }
        time.runUntilIdle();
        List<Long> everySecond = LongStream.range(0, 5).map(i -> i * SECOND).boxed().toList();
        assertThat(recorder.timesTo(7)).containsExactlyElementsOf(everySecond);
        assertThat(recorder.timesTo(8)).containsExactlyElementsOf(everySecond);
    }

    @Test
    void buttonAnswersNeitherWaitForNorStartTheGap() {
        OutboundQueue queue = queue(0, Duration.ofSeconds(30), 3);
        queue.submit(reply(5, "first"));
        time.advance(Duration.ofSeconds(1));
        CompletableFuture<Delivery> answer = queue.submit(List.of(new Action.AnswerButton(5, "cb", null)));
        CompletableFuture<Delivery> next = queue.submit(reply(5, "second"));
        time.advance(Duration.ZERO);
        // Within the 30-second gap: the answer to a button press goes out at once, and the gap still runs.
        assertThat(answer).isCompletedWithValue(Delivery.DELIVERED);
        assertThat(recorder.timesTo(5)).containsExactly(0L, SECOND);
        time.runUntilIdle();
        assertThat(next).isCompletedWithValue(Delivery.DELIVERED);
        assertThat(recorder.timeOf("second")).isEqualTo(30 * SECOND);
    }

    @Test
    void theGlobalRateIsExactlyTheLimitOverEverySecond() {
        for (int perSecond : new int[]{25, 30}) {
            recorder.calls.clear();
            OutboundQueue queue = queue(perSecond, NO_GAP, 3);
            for (long chat = 1; chat <= 10L * perSecond; chat++) {
                queue.submit(reply(chat, "hello"));
            }
            time.runUntilIdle();
            List<Long> times = recorder.allTimes();
            assertThat(times).hasSize(10 * perSecond);
            assertThat(busiest(times, SECOND)).as("the busiest second at %d/s", perSecond).isEqualTo(perSecond);
            // Evenly spaced: one send every 1/perSecond of a second (rounded up to the nanosecond), no burst.
            long slot = Math.ceilDiv(SECOND, perSecond);
            for (int i = 1; i < times.size(); i++) {
                assertThat(times.get(i) - times.get(i - 1)).isEqualTo(slot);
            }
        }
    }

    /**
     * The step before sending (reminders recorded as sent, in groups) runs off the queue's thread and takes its own
     * time: when several such steps end together, their calls still go out a slot apart, not at once. Without the
     * pacing at the transmitter, the last second here held every one of them at the same moment.
     */
    @Test
    void callsWhoseStepsBeforeSendingEndTogetherStillGoOutASlotApart() {
        List<Runnable> steps = new ArrayList<>();
        queue = new OutboundQueue(recorder, new OutboundQueue.Limits(25, NO_GAP, 3, 16), time, time, steps::add,
                RandomGenerator.getDefault());
        for (long chat = 1; chat <= 10; chat++) {
            queue.submit(reply(chat, "reminder"), () -> true);
        }
        // Ten started a slot apart, each step before sending still running (a group write under way)...
        time.advance(Duration.ofMillis(400));
        assertThat(steps).hasSize(10);
        assertThat(recorder.calls).isEmpty();
        // ...then all done at once: the calls follow a slot apart, from now.
        List<Runnable> done = List.copyOf(steps);
        steps.clear();
        done.forEach(Runnable::run);
        while (!steps.isEmpty()) { // the reports of outcomes
            List<Runnable> more = List.copyOf(steps);
            steps.clear();
            more.forEach(Runnable::run);
            time.advance(Duration.ZERO);
        }
        time.runUntilIdle();
        steps.forEach(Runnable::run);
        List<Long> times = recorder.allTimes();
        assertThat(times).hasSize(10);
        long slot = Math.ceilDiv(SECOND, 25);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).as("call %d", i).isEqualTo(slot);
        }
        assertThat(busiest(times, SECOND)).isLessThanOrEqualTo(25);
    }

    @Test
    void aGroupGetsAtMostTwentyMessagesAMinute() {
        OutboundQueue queue = queue(25, Duration.ofSeconds(1), 3);
        long group = -1_001_234L;
        for (int i = 0; i < 25; i++) {
            queue.submit(reply(group, "g" + i));
        }
        queue.submit(reply(42, "private"));
        time.runUntilIdle();
        List<Long> expected = new ArrayList<>();
        LongStream.range(0, 20).forEach(i -> expected.add(i * SECOND));
        // The 21st waits until the first of the last twenty is a minute old, then one a minute-window allows.
        LongStream.range(0, 5).forEach(i -> expected.add((60 + i) * SECOND));
        assertThat(recorder.timesTo(group)).containsExactlyElementsOf(expected);
        assertThat(busiest(recorder.timesTo(group), Duration.ofMinutes(1).toNanos())).isEqualTo(20);
        // A private chat is not held to the group limit.
        assertThat(recorder.timeOf("private")).isLessThan(SECOND);
    }

    @Test
    void a429PausesOnlyItsChatForExactlyRetryAfterAndTheMessageStillArrives() {
        OutboundQueue queue = queue(0, NO_GAP, 3);
        recorder.script("a1", action -> fail(SendFault.Kind.RATE_LIMITED, Duration.ofMillis(300)));
        CompletableFuture<Delivery> a1 = queue.submit(reply(1, "a1"));
        CompletableFuture<Delivery> a2 = queue.submit(reply(1, "a2"));
        List<CompletableFuture<Delivery>> others = IntStream.range(0, 10)
                .mapToObj(i -> queue.submit(reply(2, "b" + i))).toList();
        time.advance(Duration.ofMillis(299));
        assertThat(others).allSatisfy(o -> assertThat(o).isCompletedWithValue(Delivery.DELIVERED));
        assertThat(a1).isNotDone();
        time.advance(Duration.ofMillis(1));
        assertThat(a1).isCompletedWithValue(Delivery.DELIVERED);
        assertThat(a2).isCompletedWithValue(Delivery.DELIVERED);
        assertThat(recorder.textsTo(1)).containsExactly("a1", "a1", "a2");
        assertThat(recorder.timesTo(1)).containsExactly(0L, 300 * MILLI, 300 * MILLI);
        assertThat(queue.rateLimitedCount()).isEqualTo(1);
    }

    /** A random source that answers the given fractions in turn. */
    private static RandomGenerator fractions(double... values) {
        ArrayDeque<Double> left = new ArrayDeque<>(Arrays.stream(values).boxed().toList());
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return left.isEmpty() ? 0 : left.poll();
            }
        };
    }

    @Test
    void transientFaultsAreRetriedAfterDoublingPausesWithJitterThenGivenUpWithoutHoldingTheNextMessage() {
        // Jitter: each pause is half its step plus a random part of the other half (0, 0.5, then 1 here).
        OutboundQueue queue = queue(new OutboundQueue.Limits(0, NO_GAP, 2, 16), fractions(0, 0.5, 0, 1));
        recorder.script("flaky", action -> fail(SendFault.Kind.TRANSIENT, null));
        recorder.script("flaky", action -> fail(SendFault.Kind.TRANSIENT, null));
        for (int i = 0; i < 3; i++) {
            recorder.script("broken", action -> fail(SendFault.Kind.TRANSIENT, null));
        }
        CompletableFuture<Delivery> flaky = queue.submit(reply(3, "flaky"));
        time.runUntilIdle();
        assertThat(flaky).isCompletedWithValue(Delivery.DELIVERED);
        // 250 ms step: 125 ms (+0 of the other half); 500 ms step: 250 + 125 ms.
        assertThat(recorder.timesTo(3)).containsExactly(0L, 125 * MILLI, 500 * MILLI);

        long start = time.getAsLong();
        CompletableFuture<Delivery> broken = queue.submit(reply(3, "broken"));
        CompletableFuture<Delivery> after = queue.submit(reply(3, "after"));
        time.runUntilIdle();
        assertThat(broken).isCompletedWithValue(Delivery.FAILED);
        assertThat(after).isCompletedWithValue(Delivery.DELIVERED);
        assertThat(recorder.textsTo(3)).containsExactly("flaky", "flaky", "flaky", "broken", "broken", "broken",
                "after");
        // 125 ms (0 of the other half), then the whole 500 ms step; the next message goes out at once.
        assertThat(recorder.timesTo(3).subList(3, 7)).containsExactly(start, start + 125 * MILLI,
                start + 625 * MILLI, start + 625 * MILLI);
    }

    @Test
    void theRetryPauseDoublesFromAQuarterSecondUpToAMinuteAndIsJittered() {
        OutboundQueue low = queue(new OutboundQueue.Limits(0, NO_GAP, 3, 16), fractions(new double[12]));
        double[] ones = new double[12];
        Arrays.fill(ones, 0.999_999_999);
        OutboundQueue high = new OutboundQueue(recorder, new OutboundQueue.Limits(0, NO_GAP, 3, 16), time, time,
                SimulatedTime.DIRECT, fractions(ones));
        long step = 250 * MILLI;
        for (int attempt = 0; attempt < 12; attempt++) {
            long full = Math.min(step << Math.min(attempt, 8), Duration.ofSeconds(60).toNanos());
            assertThat(low.backoff(attempt).toNanos()).isEqualTo(full / 2);
            assertThat(high.backoff(attempt).toNanos()).isLessThanOrEqualTo(full).isGreaterThan(full / 100 * 99);
        }
        // With a real random source the pauses of many retries are spread, not all the same.
        OutboundQueue spread = new OutboundQueue(recorder, new OutboundQueue.Limits(0, NO_GAP, 3, 16), time, time,
                SimulatedTime.DIRECT, RandomGenerator.of("L64X128MixRandom"));
        assertThat(IntStream.range(0, 20).mapToObj(i -> spread.backoff(3)).distinct().count()).isGreaterThan(1);
    }

    @Test
    void aBlockedChatStopsItsUnitAndReportsBlocked() {
        OutboundQueue queue = queue(0, NO_GAP, 3);
        recorder.script("one", action -> fail(SendFault.Kind.BLOCKED, null));
        List<Action> both = List.of(new Action.Reply(4, "one"), new Action.Reply(4, "two"));
        CompletableFuture<Delivery> outcome = queue.submit(both);
        time.runUntilIdle();
        assertThat(outcome).isCompletedWithValue(Delivery.BLOCKED);
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
        time.runUntilIdle();
        assertThat(others).allSatisfy(o -> assertThat(o).isCompletedWithValue(Delivery.DELIVERED));
        assertThat(held).isNotDone();
        assertThat(behind).isNotDone();
        assertThat(recorder.textsTo(1)).containsExactly("slow");
        slow.complete(null);
        time.runUntilIdle();
        assertThat(behind).isCompletedWithValue(Delivery.DELIVERED);
        assertThat(recorder.textsTo(1)).containsExactly("slow", "behind");
    }

    @Test
    void roomFollowsTheBacklogAtTheGlobalRate() {
        OutboundQueue queue = queue(10, NO_GAP, 3);
        recorder.script("stuck", action -> new CompletableFuture<>());
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
        time.runUntilIdle();
        queue.close(Duration.ZERO);
        assertThat(waiting).isCompletedWithValue(Delivery.FAILED);
        assertThat(queue.submit(reply(2, "late"))).isCompletedWithValue(Delivery.FAILED);
        this.queue = null;
    }

    @Test
    void anEmptyUnitIsDeliveredAtOnce() {
        assertThat(queue(0, NO_GAP, 3).submit(List.of())).isCompletedWithValue(Delivery.DELIVERED);
    }

    // ---- fairness ----

    /** What the bot starts by itself: a reminder, with its step before sending. */
    private CompletableFuture<Delivery> reminder(long chat, String text) {
        return queue.submit(reply(chat, text), () -> true);
    }

    /**
     * Issue 16's attack in simulated time, with the shipped limits (25 a second, one a second per chat) and 500
     * reminders due at the start: 60 chats each write 25 messages, all under the flood limit, either all at once
     * ({@code burst}) or one every 2 s ({@code steady}, so their replies come faster than the rate allows). One more
     * parent writes now and then, at {@code innocentWrites} (tenths of a second); one of their replies is two
     * messages. Returns how long each of the innocent parent's replies waited, and checks that everyone else got
     * everything within the limits.
     */
    private Map<String, Duration> innocentWaits(boolean burst, List<Long> innocentWrites) {
        OutboundQueue queue = queue(25, Duration.ofSeconds(1), 3);
        long innocent = 999;
        List<CompletableFuture<Delivery>> all = new ArrayList<>();
        for (long parent = 5_000; parent < 5_500; parent++) {
            all.add(reminder(parent, "reminder"));
        }
        Map<String, Long> asked = new TreeMap<>();
        int[] written = new int[61];
        for (long tenth = 0; tenth < 550; tenth++) {
            long now = time.getAsLong();
            for (int chat = 1; chat <= 60; chat++) {
                long offset = (chat - 1) * 2 * SECOND / 60;
                boolean writes = burst ? tenth == 0 : now >= offset && (now - offset) % (2 * SECOND) < 100 * MILLI;
                while (writes && written[chat] < 25) {
                    all.add(queue.submit(reply(chat, "chatty " + chat + " #" + written[chat]++)));
                    writes = burst;
                }
            }
            if (innocentWrites.contains(tenth)) {
                String text = String.format("innocent #%02d", asked.size());
                asked.put(text, now);
                all.add(queue.submit(asked.size() == 3 ? List.of(new Action.Reply(innocent, text),
                        new Action.Reply(innocent, "and more")) : reply(innocent, text)));
            }
            time.advance(Duration.ofMillis(100));
        }
        time.runUntilIdle();

        assertThat(all).allSatisfy(o -> assertThat(o).isCompletedWithValue(Delivery.DELIVERED));
        assertThat(recorder.calls).hasSize(500 + 60 * 25 + innocentWrites.size() + 1);
        assertThat(busiest(recorder.allTimes(), SECOND)).isEqualTo(25);
        for (long chat = 1; chat <= 60; chat++) {
            List<Long> times = recorder.timesTo(chat);
            for (int i = 1; i < times.size(); i++) {
                assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(SECOND);
            }
        }
        // The second message of the two goes out one chat gap after the first, not after a round of all chats.
        assertThat(Duration.ofNanos(recorder.timeOf("and more") - recorder.timeOf("innocent #02")))
                .isLessThanOrEqualTo(Duration.ofMillis(1_080));
        Map<String, Duration> waits = new TreeMap<>();
        asked.forEach((text, at) -> waits.put(text, Duration.ofNanos(recorder.timeOf(text) - at)));
        return waits;
    }

    @Test
    void anInnocentParentIsAnsweredWithinTwoSecondsWhileSixtyChatsSendTwentyFiveMessagesEachAtOnce() {
        List<Long> writes = List.of(10L, 40L, 70L, 85L, 120L, 170L, 200L, 215L, 260L, 300L, 350L, 380L, 420L);
        assertThat(innocentWaits(true, writes)).hasSize(writes.size())
                .allSatisfy((text, wait) -> assertThat(wait).as(text).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void anInnocentParentIsAnsweredWithinTwoSecondsWhileSixtyChatsEachWriteEveryTwoSeconds() {
        List<Long> writes = List.of(30L, 80L, 105L, 155L, 205L, 230L, 280L, 330L, 355L, 405L, 455L);
        assertThat(innocentWaits(false, writes)).hasSize(writes.size())
                .allSatisfy((text, wait) -> assertThat(wait).as(text).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void repliesGoBeforeRemindersWhichStillGetOneTurnInFive() {
        OutboundQueue queue = queue(10, NO_GAP, 3);
        for (long parent = 100; parent < 120; parent++) {
            reminder(parent, "reminder");
        }
        for (long chat = 1; chat <= 20; chat++) {
            queue.submit(reply(chat, "reply"));
        }
        time.runUntilIdle();
        // The first reminder was already on its way when the replies came; then four replies to one reminder.
        String order = String.join("", recorder.calls.stream()
                .map(call -> call.text().equals("reply") ? "R" : "b").toList());
        assertThat(order).isEqualTo("b" + "RRRRb".repeat(5) + "b".repeat(14));
    }

    @Test
    void aParentWhoWritesWhileTheirReminderWaitsIsServedAsAReplyInTheirChatsOrder() {
        OutboundQueue queue = queue(10, NO_GAP, 3);
        for (long parent = 100; parent < 130; parent++) {
            reminder(parent, "reminder " + parent);
        }
        time.advance(Duration.ofMillis(150));
        // Parent 125's reminder still waits: their reply takes the whole line ahead, reminder first, as queued.
        queue.submit(reply(125, "reply"));
        time.runUntilIdle();
        assertThat(recorder.textsTo(125)).containsExactly("reminder 125", "reply");
        assertThat(recorder.calls.subList(2, 4)).extracting(Recorder.Call::chatId).containsExactly(125L, 125L);
    }

    @Test
    void aChatThatHasHadNothingForAWhileGoesBeforeChatsThatKeepWriting() {
        OutboundQueue queue = queue(10, NO_GAP, 3);
        for (int i = 0; i < 5; i++) {
            for (long chat = 1; chat <= 10; chat++) {
                queue.submit(reply(chat, "chatty"));
            }
        }
        time.advance(Duration.ofMillis(2_050));
        queue.submit(reply(99, "quiet"));
        time.runUntilIdle();
        // The quiet chat is next, though 29 messages of the chats that keep writing were still queued before it.
        assertThat(recorder.timeOf("quiet")).isEqualTo(2_100 * MILLI);
    }

    @Test
    void aChatWithNothingToSendKeepsOnlyItsWeightAndGapWhichStillHold() {
        OutboundQueue queue = queue(10, Duration.ofSeconds(1), 3);
        for (int i = 0; i < 3; i++) {
            queue.submit(reply(1, "busy " + i));
        }
        queue.submit(reply(-5, "group"));
        time.runUntilIdle();
        // After a fan-out every chat reached is kept a minute: a private chat's as three numbers, not a line.
        assertThat(queue.linesKept()).isEqualTo(1);
        assertThat(queue.idleChatsKept()).isEqualTo(1);
        long lastBusy = recorder.timeOf("busy 2");
        queue.submit(reply(1, "again"));
        time.runUntilIdle();
        // The gap held across the idle spell.
        assertThat(recorder.timeOf("again")).isEqualTo(lastBusy + SECOND);
        time.advance(Duration.ofSeconds(2));
        queue.submit(reply(3, "takes the slot"));
        queue.submit(reply(1, "once more"));
        queue.submit(reply(2, "fresh"));
        time.runUntilIdle();
        // So did the weight: chat 1, sent four messages lately, goes after a chat sent none, though it came first.
        assertThat(recorder.timeOf("fresh")).isLessThan(recorder.timeOf("once more"));
        assertThat(queue.idleChatsKept()).isEqualTo(3);
        time.advance(Duration.ofMinutes(2));
        queue.submit(reply(3, "later"));
        time.runUntilIdle();
        // Forgotten a minute after their last message, like the lines before them.
        assertThat(queue.idleChatsKept()).isEqualTo(1);
        assertThat(queue.linesKept()).isZero();
    }

    @Test
    void queuedAheadIsTheChatGapTimesTheChatsMessagesNotStartedYet() {
        OutboundQueue queue = queue(25, Duration.ofSeconds(1), 3);
        assertThat(queue.queuedAhead(7)).isZero();
        queue.submit(List.of(new Action.Reply(7, "a"), new Action.Reply(7, "b")));
        queue.submit(List.of(new Action.AnswerButton(7, "cb", null)));
        queue.submit(reply(7, "c"));
        // Counted when submitted, before the loop has seen them; an answer to a button press takes no gap.
        assertThat(queue.queuedAhead(7)).isEqualTo(Duration.ofSeconds(3));
        assertThat(queue.queuedAhead(8)).isZero();
        time.advance(Duration.ZERO);
        // "a" has started: the next one can go a gap after it, and one more after that.
        assertThat(queue.queuedAhead(7)).isEqualTo(Duration.ofSeconds(2));
        time.advance(Duration.ofSeconds(1));
        assertThat(queue.queuedAhead(7)).isEqualTo(Duration.ofSeconds(1));
        time.runUntilIdle();
        assertThat(queue.queuedAhead(7)).isZero();

        // A unit given up at its first message no longer counts the rest.
        recorder.script("blocked", action -> fail(SendFault.Kind.BLOCKED, null));
        queue.submit(List.of(new Action.Reply(9, "blocked"), new Action.Reply(9, "never")));
        time.runUntilIdle();
        assertThat(queue.queuedAhead(9)).isZero();
    }
}
