package org.relactation.bot.inbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.parent.UserStore;
import org.relactation.bot.storage.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox on the embedded database: fair turns between chats, each chat in order, durable, bounded. */
class InboxTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, java.time.ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database database;

    @BeforeEach
    void open() {
        database = open(dir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Database open(Path dir) {
        return Database.open(new SettingsLoader(Map.of("DATA_DIR", dir.toString())).load(Optional.empty())
                .storage());
    }

    private Inbox inbox(Database on, int limit) {
        return new Inbox(new InboxStore(on), on::makeDurable, "bot-test", true, CLOCK, limit);
    }

    private static Inbound log(long updateId, long chat) {
        return new Inbound(updateId, chat, chat, true, "pumped 15 min 20 ml", null, "en", NOW);
    }

    /** Telegram's order for 60 chats sending 25 each at once, then one more parent: 1,501 updates in batches of 100. */
    private static List<List<Inbound>> burstThenInnocent() {
        List<Inbound> all = new ArrayList<>();
        int id = 1;
        for (int i = 0; i < 25; i++) {
            for (long chat = 1; chat <= 60; chat++) {
                all.add(log(id++, chat));
            }
        }
        all.add(log(id, 1000));
        List<List<Inbound>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 100) {
            batches.add(all.subList(from, Math.min(all.size(), from + 100)));
        }
        return batches;
    }

    /**
     * Takes everything as {@code workers} workers would, each finishing the oldest update in hand before the next is
     * taken; returns the updates in the order they were taken, checking that no chat ever has two in hand.
     */
    private static List<Inbound> drain(Inbox inbox, int workers) throws InterruptedException {
        List<Inbound> taken = new ArrayList<>();
        ArrayDeque<Inbox.Held> inHand = new ArrayDeque<>();
        Set<Long> chatsInHand = new HashSet<>();
        while (inbox.size() > 0) {
            while (inHand.size() < workers && inbox.turnsWaiting() > 0) {
                Inbox.Held next = inbox.take();
                assertThat(chatsInHand.add(next.inbound().chatId())).as("one update of a chat at a time").isTrue();
                inHand.add(next);
                taken.add(next.inbound());
            }
            Inbox.Held finished = inHand.poll();
            inbox.remove(finished);
            chatsInHand.remove(finished.inbound().chatId());
            inbox.done(finished);
        }
        return taken;
    }

    @Test
    void aParentWhoWritesAfterABurstIsTakenAfterOneUpdateOfEachChatNotAfterAllOfThem() throws Exception {
        Inbox inbox = inbox(database, 5_000);
        for (List<Inbound> batch : burstThenInnocent()) {
            inbox.add(batch);
        }
        List<Inbound> taken = drain(inbox, 8);

        int before = 0;
        while (taken.get(before).chatId() != 1000) {
            before++;
        }
        // One of each of the 60 chats at most, then the parent: Telegram's order would have put 1,500 before.
        assertThat(before).isLessThanOrEqualTo(60);
        assertThat(taken).hasSize(1_501);
        Map<Long, List<Long>> byChat = new HashMap<>();
        taken.forEach(inbound -> byChat.computeIfAbsent(inbound.chatId(), c -> new ArrayList<>())
                .add(inbound.updateId()));
        assertThat(byChat.values()).as("each chat in its order").allSatisfy(ids -> assertThat(ids).isSorted());
        assertThat(new InboxStore(database).count()).isZero();
    }

    @Test
    void whatTheInboxHeldIsTakenAgainAfterARestartEachChatInOrderAndAnUpdateStoredTwiceOnce() throws Exception {
        Inbox first = inbox(database, 5_000);
        first.add(List.of(log(1, 7), log(2, 8), log(3, 7)));
        Inbox.Held handled = first.take();
        first.remove(handled); // handled, its removal made durable with its data
        database.makeDurable();
        // Killed here: update 2 in hand, not done; 3 waiting. The file is opened again by the next run.
        database.close();
        database = open(dir);

        Inbox next = inbox(database, 5_000);
        assertThat(next.start()).isEqualTo(2);
        // Telegram had not heard the batch arrived: it sends it again, and the next poll brings one more.
        next.add(List.of(log(1, 7), log(2, 8), log(3, 7), log(4, 8)));
        List<Long> order = new ArrayList<>();
        for (Inbound inbound : drain(next, 1)) {
            order.add(inbound.updateId());
        }
        // What the inbox held comes first, chats taking turns. Update 1 was handled: stored again, it comes again
        // (and is recognised by the record of handled updates); 2 and 3, still held, are not taken twice.
        assertThat(order).containsExactly(2L, 3L, 4L, 1L);
    }

    @Test
    void handledUpdatesRecordedAsSuchLeaveTogetherOnceEnoughWaitOrWithTheNextBatchOrRemoval() throws Exception {
        Inbox inbox = inbox(database, 5_000);
        InboxStore store = new InboxStore(database);
        List<Inbound> batch = new ArrayList<>();
        for (int id = 1; id <= 60; id++) {
            batch.add(log(id, id));
        }
        inbox.add(batch);
        for (int i = 1; i < Inbox.LEAVE_TOGETHER; i++) {
            handle(inbox, true);
        }
        assertThat(store.count()).as("none removed yet").isEqualTo(60);
        handle(inbox, true);
        assertThat(store.count()).as("the %d removed together", Inbox.LEAVE_TOGETHER)
                .isEqualTo(60 - Inbox.LEAVE_TOGETHER);

        handle(inbox, true);
        handle(inbox, true);
        inbox.add(List.of(log(61, 61)));
        assertThat(store.count()).as("the two waiting leave with the next batch").isEqualTo(60 - Inbox.LEAVE_TOGETHER - 1);

        handle(inbox, true);
        handle(inbox, false);
        assertThat(store.count()).as("an update removed at once takes the one waiting with it")
                .isEqualTo(60 - Inbox.LEAVE_TOGETHER - 3);
        handle(inbox, true);
        inbox.sweep();
        assertThat(store.count()).as("the sweep removes what waits").isEqualTo(60 - Inbox.LEAVE_TOGETHER - 4);
    }

    @Test
    void aHandledUpdateWhoseRemovalWaitedWhenTheBotWasKilledComesAgainAtTheNextStart() throws Exception {
        Inbox first = inbox(database, 5_000);
        first.add(List.of(log(1, 7), log(2, 8)));
        handle(first, true);
        database.makeDurable();
        database.close(); // killed: the removal was waiting
        database = open(dir);

        // Handled again, the parent's record tells it was handled (DuplicateStage): nothing is stored or sent twice.
        assertThat(inbox(database, 5_000).start()).isEqualTo(2);
    }

    @Test
    void noMoreHandledUpdatesWaitToLeaveThanHalfOfWhatAParentsRecordRemembersAsHandled() {
        assertThat(Inbox.LEAVE_TOGETHER).isLessThanOrEqualTo(UserStore.HANDLED_KEPT / 2);
    }

    /** Takes the next update and removes it as handled: {@code recorded} in its parent's record, or not. */
    private static void handle(Inbox inbox, boolean recorded) throws InterruptedException {
        Inbox.Held next = inbox.take();
        if (recorded) {
            inbox.removeHandled(next);
        } else {
            inbox.remove(next);
        }
        inbox.done(next);
    }

    @Test
    void readingWaitsWhileTheInboxIsFull() throws Exception {
        Inbox inbox = inbox(database, 100);
        List<Inbound> hundred = new ArrayList<>();
        for (int id = 1; id <= 100; id++) {
            hundred.add(log(id, id));
        }
        inbox.add(hundred);
        assertThat(inbox.room()).isZero();
        CountDownLatch roomAgain = new CountDownLatch(1);
        AtomicInteger room = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try {
                room.set(inbox.awaitRoom());
                roomAgain.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        assertThat(roomAgain.await(200, TimeUnit.MILLISECONDS)).as("still full").isFalse();

        Inbox.Held one = inbox.take();
        inbox.remove(one);
        inbox.done(one);
        assertThat(roomAgain.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(room.get()).isEqualTo(1);
        inbox.close();
        reader.join();
    }
}
