package org.relactation.bot.outbound;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.e2e.DatabaseCommands;
import org.relactation.bot.storage.Database;
import org.relactation.bot.parent.UserStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The durable outbox on the embedded database, sending through a real queue to a recording transmitter. */
class DurableOutboxTest {
    @TempDir
    Path dir;
    Database database;
    UserStore users;
    OutboxStore store;
    final DatabaseCommands commands = new DatabaseCommands();
    final List<OutboundQueue> queues = new ArrayList<>();
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeEach
    void open() {
        database = Database.open(new SettingsLoader(Map.of("DATA_DIR", dir.toString())).load(Optional.empty())
                .storage(), settings -> settings.addCommandListener(commands));
        users = new UserStore(database);
        store = new OutboxStore(database, users);
    }

    @AfterEach
    void close() {
        queues.forEach(queue -> queue.close(Duration.ofMillis(100)));
        database.close();
    }

    /** What a transmitter carried out, in order; sends to a chat in {@code refusing} fail for good (blocked). */
    static final class Recorder implements Transmitter {
        final List<Action> sent = new CopyOnWriteArrayList<>();
        final List<Long> refusing = new CopyOnWriteArrayList<>();
        volatile boolean down;

        @Override
        public CompletableFuture<Void> transmit(Action action) {
            if (down) {
                return new CompletableFuture<>(); // never answers: the process dies first
            }
            if (refusing.contains(action.chatId())) {
                return CompletableFuture.failedFuture(new SendFault(SendFault.Kind.BLOCKED, null, "403"));
            }
            sent.add(action);
            return CompletableFuture.completedFuture(null);
        }

        List<Action> to(long chatId) {
            return sent.stream().filter(action -> action.chatId() == chatId).toList();
        }
    }

    private OutboundQueue queue(Recorder recorder) {
        OutboundQueue queue = OutboundQueue.start(recorder, new OutboundQueue.Limits(0, Duration.ZERO, 0, 16));
        queues.add(queue);
        return queue;
    }

    private DurableOutbox outbox(String claimant, boolean alone) {
        return new DurableOutbox(store, database::makeDurable, DurableOutbox.REMOVAL_LINGER, claimant, alone, clock);
    }

    /** Keeps the answer to an update as the router would, then sends it; returns how sending ended. */
    private static CompletableFuture<Outbox.Delivery> answer(DurableOutbox outbox, long chatId, long updateId,
                                                              List<Action> actions) {
        return answer(outbox, chatId, updateId, actions, false);
    }

    /** @param again the router found the update recorded as handled (a redelivery) */
    private static CompletableFuture<Outbox.Delivery> answer(DurableOutbox outbox, long chatId, long updateId,
                                                              List<Action> actions, boolean again) {
        DurableOutbox.Reply reply = outbox.reply(chatId, chatId, updateId);
        reply.keep(new Router.Handled(List.of(), actions, false, again));
        return reply.send(actions);
    }

    private static Action.Reply text(long chatId, String text) {
        return new Action.Reply(chatId, text);
    }

    /**
     * A Bot API that answers nothing until {@code together} messages are in flight, then all of them at once: so many
     * chats are sent to at the same moment, whatever the machine's speed.
     */
    static final class Together implements Transmitter {
        final int together;
        final List<CompletableFuture<Void>> held = new ArrayList<>();
        volatile java.util.function.Consumer<Action> onTransmit = action -> { };

        Together(int together) {
            this.together = together;
        }

        @Override
        public CompletableFuture<Void> transmit(Action action) {
            onTransmit.accept(action);
            CompletableFuture<Void> answer = new CompletableFuture<>();
            List<CompletableFuture<Void>> all = List.of();
            synchronized (held) {
                held.add(answer);
                if (held.size() == together) {
                    all = List.copyOf(held);
                    held.clear();
                }
            }
            all.forEach(call -> call.complete(null));
            return answer;
        }
    }

    @Test
    void theRemovalsOfMessagesSentToManyChatsAtOnceShareOneCommitEachDurableBeforeItsChatsNextMessage() {
        int chats = 20;
        Together telegram = new Together(chats);
        OutboundQueue queue = OutboundQueue.start(telegram, new OutboundQueue.Limits(0, Duration.ZERO, 0, chats));
        queues.add(queue);
        AtomicInteger commits = new AtomicInteger();
        // A linger far longer than the test: the removals share a commit because they all came, never by timing.
        DurableOutbox outbox = new DurableOutbox(store, () -> {
            database.makeDurable();
            commits.incrementAndGet();
        }, Duration.ofMinutes(1), "one", true, clock);
        outbox.start(queue);
        // When a chat's second message goes out, its first has left the outbox and a commit has ended since.
        List<String> notDurable = new CopyOnWriteArrayList<>();
        telegram.onTransmit = action -> {
            if (((Action.Reply) action).text().equals("and a word") && (commits.get() == 0 || store.all().stream()
                    .anyMatch(message -> message.chatId() == action.chatId() && message.index() == 0))) {
                notDurable.add("chat " + action.chatId());
            }
        };
        int mark = commands.count();
        List<CompletableFuture<Outbox.Delivery>> answers = new ArrayList<>();
        for (long chat = 1; chat <= chats; chat++) {
            answers.add(answer(outbox, chat, 1, List.of(text(chat, "✅ Logged " + chat), text(chat, "and a word"))));
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.join()).isEqualTo(Outbox.Delivery.DELIVERED));
        assertThat(store.all()).isEmpty();
        assertThat(notDurable).as("second messages sent before their first's removal was committed").isEmpty();
        assertThat(commits.get()).as("one commit for the %d first messages' removals, one for the %d second ones'",
                chats, chats).isEqualTo(2);
        assertThat(commands.since(mark)).as("the removals of each round written in one delete")
                .filteredOn(command -> command.startsWith("delete")).containsExactly("delete outbox", "delete outbox");
    }

    @Test
    void whatAKilledRunLeftIsSentFirstAtTheNextStartInEachChatsOrderAndThenLeavesTheOutbox() {
        Recorder dead = new Recorder();
        dead.down = true;
        DurableOutbox first = outbox("first", true);
        first.start(queue(dead));
        for (int update = 1; update <= 5; update++) {
            for (long chat : List.of(11L, 12L)) {
                answer(first, chat, update, List.of(
                        new Action.AnswerButton(chat, "cb" + update, null),
                        text(chat, "logged " + update), text(chat, "and a word " + update)));
            }
        }
        assertThat(store.all()).hasSize(20);

        Recorder alive = new Recorder();
        OutboundQueue queue = queue(alive);
        DurableOutbox second = outbox("second", true);
        second.start(queue);
        CompletableFuture<Outbox.Delivery> next = answer(second, 11, 6, List.of(text(11, "logged 6")));

        assertThat(next.join()).isEqualTo(Outbox.Delivery.DELIVERED);
        queue.close(Duration.ofSeconds(5));
        List<String> expected = new ArrayList<>();
        for (int update = 1; update <= 5; update++) {
            expected.add("logged " + update);
            expected.add("and a word " + update);
        }
        assertThat(alive.to(12)).extracting(action -> ((Action.Reply) action).text()).isEqualTo(expected);
        expected.add("logged 6");
        assertThat(alive.to(11)).as("what was left first, then the new answer; no button answer again")
                .extracting(action -> ((Action.Reply) action).text()).isEqualTo(expected);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aRedeliveredUpdateWhoseAnswerWentIntoTheOutboxIsNotAnsweredAgainWhetherSentOrNot() {
        users.touch(21, 21, "en", now.get());
        Recorder recorder = new Recorder();
        DurableOutbox outbox = outbox("one", true);
        outbox.start(queue(recorder));
        assertThat(answer(outbox, 21, 7, List.of(text(21, "✅ Logged"))).join())
                .isEqualTo(Outbox.Delivery.DELIVERED);

        // Redelivered (the crash came before Telegram heard it was handled): the router, which found it recorded as
        // handled, answers "already logged".
        answer(outbox, 21, 7, List.of(new Action.AnswerButton(21, "cb", null), text(21, "✅ Already logged")), true)
                .join();

        assertThat(recorder.to(21)).containsExactly(text(21, "✅ Logged"), new Action.AnswerButton(21, "cb", null));

        // Redelivered before its answer went out and before the update was recorded as handled (the crash came in
        // between): the outbox finds the answer there and sends it, the redelivery adds nothing.
        // (Telegram stays silent throughout: were it to answer, the first could go out before the assertion.)
        recorder.down = true;
        answer(outbox, 21, 8, List.of(text(21, "✅ Logged 8")));
        answer(outbox, 21, 8, List.of(text(21, "✅ Already logged 8")));
        assertThat(store.all()).extracting(OutboxMessage::text).containsExactly("✅ Logged 8");
    }

    @Test
    void whatAKilledRunLeftIsRecordedAsHandledWhenSentAgainSoThatItsRedeliveryIsNotAnsweredTwice() {
        users.touch(23, 23, "en", now.get());
        Recorder dead = new Recorder();
        dead.down = true;
        DurableOutbox first = outbox("first", true);
        first.start(queue(dead));
        // Kept, then killed before the update was recorded as handled.
        answer(first, 23, 4, List.of(text(23, "✅ Logged")));
        assertThat(users.find(23).orElseThrow().alreadyHandled(4)).isFalse();

        Recorder alive = new Recorder();
        OutboundQueue queue = queue(alive);
        outbox("second", true).start(queue);
        queue.close(Duration.ofSeconds(5));

        assertThat(alive.to(23)).containsExactly(text(23, "✅ Logged"));
        assertThat(store.all()).isEmpty();
        assertThat(users.find(23).orElseThrow().alreadyHandled(4))
                .as("a redelivery now finds it handled, though its answer left the outbox").isTrue();
    }

    @Test
    void keepingTheSameAnswerAgainAsARetryDoesWritesNothingTwice() {
        Recorder recorder = new Recorder();
        DurableOutbox outbox = outbox("one", true);
        outbox.start(queue(recorder));
        List<Action> actions = List.of(text(31, "first"), text(31, "second"));
        DurableOutbox.Reply reply = outbox.reply(31, 31, 9);
        reply.keep(new Router.Handled(List.of(), actions));
        reply.keep(new Router.Handled(List.of(), actions)); // the durable step failed and was retried

        assertThat(store.all()).hasSize(2);
        assertThat(reply.send(actions).join()).isEqualTo(Outbox.Delivery.DELIVERED);
        assertThat(recorder.to(31)).isEqualTo(actions);
    }

    @Test
    void twoInstancesTakingOverWhatADeadOneLeftSendEachMessageOnce() throws Exception {
        Recorder dead = new Recorder();
        dead.down = true;
        DurableOutbox gone = outbox("gone", false);
        gone.start(queue(dead));
        for (int update = 1; update <= 40; update++) {
            answer(gone, 40 + update % 4, update, List.of(text(40 + update % 4, "answer " + update)));
        }
        Recorder recorder = new Recorder();
        DurableOutbox a = outbox("a", false);
        DurableOutbox b = outbox("b", false);
        OutboundQueue queueA = queue(recorder);
        OutboundQueue queueB = queue(recorder);
        a.start(queueA);
        b.start(queueB);
        assertThat(recorder.sent).as("held by an instance whose claim has not run out").isEmpty();

        now.set(now.get().plus(DurableOutbox.LEASE).plusSeconds(1));
        List<Thread> sweeping = new ArrayList<>();
        for (DurableOutbox outbox : List.of(a, b, a, b)) {
            sweeping.add(Thread.ofPlatform().start(outbox::sweep));
        }
        for (Thread thread : sweeping) {
            thread.join();
        }
        queueA.close(Duration.ofSeconds(5));
        queueB.close(Duration.ofSeconds(5));

        assertThat(recorder.sent).hasSize(40).doesNotHaveDuplicates();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aMessageGivenUpForGoodLeavesTheOutboxButOneNotSentAtShutdownStays() {
        Recorder recorder = new Recorder();
        recorder.refusing.add(51L);
        DurableOutbox outbox = outbox("one", true);
        OutboundQueue queue = queue(recorder);
        outbox.start(queue);

        assertThat(answer(outbox, 51, 1, List.of(text(51, "a"), text(51, "b"))).join())
                .isEqualTo(Outbox.Delivery.BLOCKED);
        recorder.down = true;
        answer(outbox, 52, 1, List.of(text(52, "c")));
        queue.close(Duration.ofMillis(100));

        assertThat(store.all()).extracting(OutboxMessage::text).containsExactly("c");
    }

    @Test
    void textsButtonsEditsPicturesAndFilesComeBackFromTheOutboxAsTheyWere() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        byte[] pdf = "%PDF-1.7 …".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Keyboard keyboard = new Keyboard(List.of(List.of(new Button("↩️ Undo", "undo:e1"), new Button("Edit",
                "edit:e1")), List.of(new Button("20 ml", "ml:e1:20"))));
        List<Action> actions = List.of(new Action.Reply(61, "✅ Logged: 15 min", keyboard),
                new Action.Edit(61, 77, "changed", Keyboard.NONE),
                new Action.Photo(61, png, "progress.png", "Your week"),
                new Action.Document(61, pdf, "summary.pdf", "application/pdf", null));
        Recorder dead = new Recorder();
        dead.down = true;
        DurableOutbox first = outbox("first", true);
        first.start(queue(dead));
        answer(first, 61, 3, actions);

        Recorder recorder = new Recorder();
        outbox("second", true).start(queue(recorder));
        queues.getLast().close(Duration.ofSeconds(5));

        assertThat(recorder.to(61)).hasSize(4);
        assertThat(recorder.to(61).get(0)).isEqualTo(actions.get(0));
        assertThat(recorder.to(61).get(1)).isEqualTo(actions.get(1));
        assertThat(recorder.to(61).get(2)).isInstanceOfSatisfying(Action.Photo.class, photo -> {
            assertThat(photo.png()).isEqualTo(png);
            assertThat(photo.fileName()).isEqualTo("progress.png");
            assertThat(photo.caption()).isEqualTo("Your week");
        });
        assertThat(recorder.to(61).get(3)).isInstanceOfSatisfying(Action.Document.class, document -> {
            assertThat(document.content()).isEqualTo(pdf);
            assertThat(document.mimeType()).isEqualTo("application/pdf");
            assertThat(document.caption()).isNull();
        });
        assertThat(Collections.unmodifiableList(store.all())).isEmpty();
    }
}
