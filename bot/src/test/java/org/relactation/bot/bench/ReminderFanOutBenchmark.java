package org.relactation.bot.bench;

import org.relactation.bot.app.Application;
import org.relactation.bot.reminders.Reminder;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.lte;

/**
 * 2. Reminder fan-out: parents whose reminder falls due in the same minute, dispatched as the scheduled job does
 * (batches until one is not full) through the real sender to a counting Bot API. Once with the send limits lifted
 * (rate, time, and the live set after a full collection at two sizes, to see whether memory grows with parents),
 * once with the default limits for a few seconds (the busiest second against the limit).
 */
final class ReminderFanOutBenchmark {
    static final String NAME = "2. Reminders";
    /** The default global send limit of the outbound queue (telegram.sendPerSecond). */
    static final int DEFAULT_SEND_PER_SECOND = 25;
    /** A run stops after this long (the rate is measured over it and the total time projected), to keep the
     *  whole benchmark within minutes when sending is slow. */
    static final Duration BUDGET = Duration.ofSeconds(45);
    static final int BATCH = 2_000;
    static final int TARGET_PER_SECOND = 2_500;
    private final int parents;

    ReminderFanOutBenchmark(int parents) {
        this.parents = parents;
    }

    void run(Table table) throws Exception {
        Run small = fanOut(parents / 10, Files.createTempDirectory("bench-reminders-small"));
        Run full = fanOut(parents, Files.createTempDirectory("bench-reminders"));
        boolean fast = full.perSecond() >= TARGET_PER_SECOND;
        table.add(NAME, String.format("%,d due in one minute: sent per second", parents),
                String.format("%.0f /s", full.perSecond()), Table.target("≥ 2,500 /s", fast));
        boolean finished = full.sent() == parents && full.left() == 0;
        table.add(NAME, "total time" + (finished ? "" : " (projected from the rate: stopped after "
                        + BUDGET.toSeconds() + " s)"),
                String.format("%.1f s", finished ? full.seconds() : parents / full.perSecond()),
                finished ? "all sent ✔" : String.format("%,d sent, %,d still due", full.sent(), full.left()));
        boolean flat = full.live().ownMb() <= small.live().ownMb() * 1.25 + 16;
        table.add(NAME, String.format("live set after a full GC (least of %d), end of run: %,d vs %,d parents",
                LiveSet.COLLECTIONS, parents / 10, parents),
                String.format("%d MB / %d MB", small.live().totalMb(), full.live().totalMb()));
        table.add(NAME, String.format("of which the embedded database's page cache (H2's count: %d / %d MB of %d)",
                        small.live().cacheUsedMb(), full.live().cacheUsedMb(), full.live().cacheBoundMb()),
                String.format("%d MB / %d MB", small.live().cacheMb(), full.live().cacheMb()));
        table.add(NAME, "the bot's own: the live set with that cache emptied",
                String.format("%d MB / %d MB", small.live().ownMb(), full.live().ownMb()),
                Table.target("flat (≤ 1.25 × + 16 MB)", flat));
        table.add(NAME, "peak heap used (with garbage)", String.format("%d MB", full.peakHeapMb()));
        table.add(NAME, "bench JVM's heap (bot, database, Bot API sink together)",
                String.format("-Xmx%d MB", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        table.goal(Table.Goal.REMINDERS, String.format("%.0f /s for %,d due; the bot's own live set %d MB at %,d, "
                        + "%d MB at %,d (with the embedded database's page cache %d and %d MB)", full.perSecond(),
                parents, small.live().ownMb(), parents / 10, full.live().ownMb(), parents, small.live().totalMb(),
                full.live().totalMb()),
                fast && flat && parents >= 100_000);
        limited(table);
    }

    record Run(long sent, long left, double seconds, LiveSet live, long peakHeapMb) {
        double perSecond() {
            return sent / seconds;
        }
    }

    private Run fanOut(int count, Path dataDir) throws Exception {
        Instant due = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        try (SinkBotApi sink = SinkBotApi.start();
             Application application = BenchBot.start(BenchBot.settings(sink.baseUrl(), dataDir,
                     BenchSettings.lifted()), Clock.systemUTC())) {
            long seeding = System.nanoTime();
            Seeds.parents(application.database(), 1, count, due.minus(5, ChronoUnit.DAYS));
            Seeds.reminders(application.database(), 1, count, due);
            System.out.printf("  %,d parents and reminders written in %.1f s%n", count,
                    (System.nanoTime() - seeding) / 1e9);
            Instant at = due.plusSeconds(30);
            System.gc();
            HeapWatch heap = HeapWatch.start();
            long started = System.nanoTime();
            // What the scheduled job does, in smaller batches so that the time budget can end the run.
            while (application.reminders().dispatchDue(at, BATCH, application.outbox()) == BATCH
                    && System.nanoTime() - started < BUDGET.toNanos()) {
                System.out.printf("  %,d sent after %.1f s%n", sink.sent(), (System.nanoTime() - started) / 1e9);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            heap.stop();
            LiveSet live = LiveSet.measure(application.database());
            long left = application.database().collection(Schema.REMINDERS, Reminder.class)
                    .countDocuments(lte("dueAt", at));
            return new Run(sink.sent(), left, seconds, live, heap.peakMb());
        }
    }

    /** With the default limits, for a few seconds: the busiest second must stay at or under the limit. */
    private void limited(Table table) throws Exception {
        Path dataDir = Files.createTempDirectory("bench-reminders-limited");
        Instant due = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        int count = 2_000;
        long from;
        long to;
        try (SinkBotApi sink = SinkBotApi.start();
             Application application = BenchBot.start(BenchBot.settings(sink.baseUrl(), dataDir,
                     BenchSettings.defaults()), Clock.systemUTC())) {
            Seeds.parents(application.database(), 1, count, due.minus(5, ChronoUnit.DAYS));
            Seeds.reminders(application.database(), 1, count, due);
            Thread dispatching = Thread.ofVirtual().start(() -> application.reminders()
                    .dispatchDue(due.plusSeconds(30), count, application.outbox()));
            from = System.currentTimeMillis() / 1000 + 1;
            to = from + 5;
            while (System.currentTimeMillis() / 1000 < to && dispatching.isAlive()) {
                Thread.sleep(100);
            }
            to = Math.min(to, System.currentTimeMillis() / 1000);
            int busiest = sink.busiestSecond(from, to);
            table.add(NAME, "default limit: busiest second", busiest + " sent",
                    Table.target("≤ " + DEFAULT_SEND_PER_SECOND + " /s", busiest <= DEFAULT_SEND_PER_SECOND));
            // Stop early: the rest would take minutes at the limit.
            application.close();
            dispatching.join(Duration.ofSeconds(60));
        }
    }

    /**
     * What the heap still holds after a full collection, the bot still open: in all, and with the embedded database's
     * page cache emptied (H2's pages with their documents decoded, bounded by its size; on MongoDB that memory is
     * mongod's, not the bot's). Each is the least of {@link #COLLECTIONS} full collections, so that a collection
     * that ran while something was still being let go does not count.
     *
     * @param totalMb the live set
     * @param cacheMb what emptying the page cache freed
     * @param ownMb the live set with the page cache emptied: the bot, and what the embedded server keeps besides
     * @param cacheUsedMb what the page cache held as H2 counts it
     * @param cacheBoundMb its bound as H2 counts it
     */
    record LiveSet(long totalMb, long cacheMb, long ownMb, int cacheUsedMb, int cacheBoundMb) {
        static final int COLLECTIONS = 3;

        static LiveSet measure(Database database) {
            long total = leastAfterFullCollections();
            Database.PageCache cache = database.pageCache().orElse(new Database.PageCache(0, 0));
            database.emptyPageCache();
            long own = leastAfterFullCollections();
            if (Boolean.getBoolean("bench.histogram")) {
                histogram();
            }
            return new LiveSet(total, Math.max(0, total - own), own, cache.usedMegabytes(), cache.boundMegabytes());
        }

        private static long leastAfterFullCollections() {
            long least = Long.MAX_VALUE;
            for (int i = 0; i < COLLECTIONS; i++) {
                System.gc();
                least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
            return least / (1024 * 1024);
        }
    }

    /**
     * -Dbench.histogram=true: prints the classes that hold the most of the live set without the page cache (the class
     * histogram jcmd prints, asked of this JVM itself), to see what grows with the number of parents.
     */
    private static void histogram() {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            histogram.lines().limit(45).forEach(line -> System.out.println("  " + line));
        } catch (javax.management.JMException e) {
            System.out.println("  no histogram: " + e.getMessage());
        }
    }

    /** Samples the heap in use, garbage included: the most it reached. */
    static final class HeapWatch {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private Thread thread;

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.thread = Thread.ofPlatform().daemon().start(watch::sample);
            return watch;
        }

        private void sample() {
            while (running.get()) {
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                    }
                }
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        long peakMb() {
            return peak.get() / (1024 * 1024);
        }
    }
}
