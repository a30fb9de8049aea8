package org.relactation.bot.bench;

import org.relactation.bot.app.Application;
import org.relactation.bot.e2e.BotHarness;
import org.relactation.bot.telegram.fake.ApiCall;
import org.relactation.bot.telegram.fake.FakeTelegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * 5. Fairness (issue 16's attack): 60 onboarded parents each log 25 times, all under the flood limit, while one more
 * parent logs now and then; the bot runs with the send limits as shipped (25 a second, one a second per chat).
 * Measured in real time, from the moment the parent's message reaches the fake Bot API to the moment the bot's
 * "Logged" reaches it. Two shapes: <b>steady</b>, each of the 60 writing every 2 s (their replies come faster than
 * the 25 a second Telegram allows, so the outbound queue has a backlog all along), and <b>burst</b>, each of the 60
 * sending their 25 at once (1,500 updates queued at Telegram ahead of the innocent parent's).
 */
final class FairnessBenchmark {
    static final String NAME = "7. Fairness";
    private static final String LOG = "pumped 15 min 20 ml";
    private static final int CHATTY = 60;
    private static final int EACH = 25;

    void run(Table table) throws Exception {
        Path dataDir = Files.createTempDirectory("bench-fairness");
        ScheduledExecutorService users = Executors.newScheduledThreadPool(2);
        try (FakeTelegram telegram = FakeTelegram.start(BotHarness.TOKEN);
             Application application = BenchBot.start(BenchBot.settings(telegram.baseUrl(), dataDir,
                     BenchSettings.defaults()), Clock.systemUTC())) {
            Instant now = Instant.now();
            Seeds.parents(application.database(), 7_000_000, 2 * (CHATTY + 1), now);
            Seeds.reminders(application.database(), 7_000_000, 2 * (CHATTY + 1), now.plus(Duration.ofHours(3)));
            steady(telegram, application, users, table);
            burst(telegram, application, users, table);
            // Calls start 40 ms apart; as they arrive at the Bot API, network and scheduling bunch them a little.
            int busiest = busiest(telegram);
            table.add(NAME, "busiest second at the Bot API, all chats (sent at 25 a second)", busiest + " sent",
                    Table.target("≤ 30 /s, Telegram's limit", busiest <= 30));
        } finally {
            users.shutdownNow();
            Files.walk(dataDir).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void steady(FakeTelegram telegram, Application application, ScheduledExecutorService users,
                        Table table) {
        long first = 7_000_000;
        long innocent = first + CHATTY;
        long handled = application.updatesHandled();
        for (int chat = 0; chat < CHATTY; chat++) {
            long id = first + chat;
            long offset = chat * 2_000L / CHATTY;
            for (int i = 0; i < EACH; i++) {
                users.schedule(() -> telegram.userSends(id, LOG, "en"), offset + i * 2_000L, TimeUnit.MILLISECONDS);
            }
        }
        List<Instant> sent = innocent(telegram, users, innocent, 12, Duration.ofSeconds(2), Duration.ofSeconds(4));
        awaitDone(application, handled + CHATTY * EACH + sent.size());
        report(table, "steady (60 parents, a log every 2 s each)", telegram, innocent, sent, first);
    }

    private void burst(FakeTelegram telegram, Application application, ScheduledExecutorService users,
                       Table table) {
        long first = 7_000_000 + CHATTY + 1;
        long innocent = first + CHATTY;
        long handled = application.updatesHandled();
        for (int i = 0; i < EACH; i++) {
            for (int chat = 0; chat < CHATTY; chat++) {
                telegram.userSends(first + chat, LOG, "en");
            }
        }
        List<Instant> sent = innocent(telegram, users, innocent, 6, Duration.ofSeconds(1), Duration.ofSeconds(6));
        awaitDone(application, handled + CHATTY * EACH + sent.size());
        report(table, "burst (60 parents, 25 logs each at once)", telegram, innocent, sent, first);
    }

    /** The innocent parent logs {@code count} times, every {@code every} from {@code start}; returns when. */
    private static List<Instant> innocent(FakeTelegram telegram, ScheduledExecutorService users, long innocent,
                                          int count, Duration start, Duration every) {
        List<Instant> sent = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            users.schedule(() -> {
                sent.add(Instant.now());
                telegram.userSends(innocent, LOG, "en");
            }, start.plus(every.multipliedBy(i)).toMillis(), TimeUnit.MILLISECONDS);
        }
        await().atMost(start.plus(every.multipliedBy(count)).plusSeconds(5)).until(() -> sent.size() == count);
        return sent;
    }

    private static void awaitDone(Application application, long handled) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> application.updatesHandled() >= handled && application.outboxDepth() == 0);
    }

    private static List<Instant> loggedTo(FakeTelegram telegram, long chat) {
        return telegram.callsOf("sendMessage").stream().filter(ApiCall::ok)
                .filter(call -> Long.toString(chat).equals(call.param("chat_id")))
                .filter(call -> call.param("text").startsWith("✅ Logged")).map(ApiCall::at).toList();
    }

    private static void report(Table table, String shape, FakeTelegram telegram, long innocent, List<Instant> sent,
                               long firstChatty) {
        List<Instant> replies = loggedTo(telegram, innocent);
        Latencies waits = new Latencies();
        for (int i = 0; i < Math.min(sent.size(), replies.size()); i++) {
            waits.add(Duration.between(sent.get(i), replies.get(i)).toNanos());
        }
        double worst = waits.percentileMillis(100);
        List<Instant> served = telegram.calls().stream().filter(call -> call.method().equals("getUpdates"))
                .filter(ApiCall::ok).flatMap(call -> servedAt(call, innocent).stream()).toList();
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < Math.min(sent.size(), replies.size()); i++) {
            each.append(String.format(" %d+%d", Duration.between(sent.get(i), served.get(i)).toMillis(),
                    Duration.between(served.get(i), replies.get(i)).toMillis()));
        }
        System.out.println(shape + ": innocent, ms until served + served until reply:" + each);
        table.add(NAME, shape + ": innocent parent, each reply (median / worst of " + waits.count() + ")",
                Latencies.millis(waits.percentileMillis(50)) + " / " + Latencies.millis(worst),
                Table.target("< 2 s", worst < 2_000 && waits.count() == sent.size()));
        Latencies chatty = new Latencies();
        for (long id = firstChatty; id < firstChatty + CHATTY; id++) {
            long chat = id;
            List<Instant> theirs = loggedTo(telegram, chat);
            List<Instant> asked = telegram.calls().stream().filter(call -> call.method().equals("getUpdates"))
                    .filter(ApiCall::ok).flatMap(call -> servedAt(call, chat).stream()).toList();
            for (int i = 0; i < Math.min(theirs.size(), asked.size()); i++) {
                chatty.add(Duration.between(asked.get(i), theirs.get(i)).toNanos());
            }
        }
        table.add(NAME, shape + ": the 60, update served → reply (p50 / p99)",
                Latencies.millis(chatty.percentileMillis(50)) + " / " + Latencies.millis(chatty.percentileMillis(99)));
    }

    private static List<Instant> servedAt(ApiCall poll, long chat) {
        List<Instant> times = new ArrayList<>();
        poll.result().forEach(update -> {
            if (update.path("message").path("chat").path("id").asLong() == chat) {
                times.add(poll.at());
            }
        });
        return times;
    }

    /** The most messages sent in any one second. */
    private static int busiest(FakeTelegram telegram) {
        List<Instant> times = telegram.callsOf("sendMessage").stream().filter(ApiCall::ok).map(ApiCall::at)
                .sorted().toList();
        int most = 0;
        for (int i = 0, j = 0; i < times.size(); i++) {
            while (j < times.size() && Duration.between(times.get(i), times.get(j)).compareTo(Duration.ofSeconds(1)) < 0) {
                j++;
            }
            most = Math.max(most, j - i);
        }
        return most;
    }
}
