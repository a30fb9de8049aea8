package org.relactation.bot.operations;

import com.mongodb.MongoClientSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.relactation.bot.outbound.OutboundQueue;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The bot's operator metrics by name, so that callers say what happened ({@link #updateHandled}) rather than
 * which meter to touch. {@link #prometheus()} records them for {@code /metrics}; {@link #none()} (console,
 * tests that do not look) records nothing and costs next to nothing. Thread-safe.
 */
public final class Metrics {
    private final MeterRegistry registry;
    private final Timer updates;
    private final Counter remindersSent;
    private final Counter webhookRejected;

    private Metrics(MeterRegistry registry) {
        this.registry = registry;
        this.updates = Timer.builder("bot.updates.handled")
                .description("Updates handled to the end (replies sent or given up), and how long each took")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
        this.remindersSent = Counter.builder("bot.reminders.sent")
                .description("Reminders and morning notes delivered").register(registry);
        this.webhookRejected = Counter.builder("bot.webhook.rejected")
                .description("Webhook requests refused (wrong secret, path, method or body)").register(registry);
    }

    /** Metrics recorded for Prometheus. */
    public static Metrics prometheus() {
        return new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** Metrics that go nowhere: every method may still be called. */
    public static Metrics none() {
        return new Metrics(new CompositeMeterRegistry());
    }

    /** An update was handled to the end, {@code took} after it arrived. */
    public void updateHandled(Duration took) {
        updates.record(took);
    }

    public void remindersSent(int count) {
        remindersSent.increment(count);
    }

    public void webhookRejected() {
        webhookRejected.increment();
    }

    /** Reports the outbound queue, read at each scrape: its depth, what it delivered or gave up, and 429s. */
    public void outbox(OutboundQueue queue) {
        Gauge.builder("bot.outbox.queue.depth", queue::depth).description("Messages waiting to be sent")
                .register(registry);
        FunctionCounter.builder("bot.telegram.throttled", queue,
                        OutboundQueue::rateLimitedCount)
                .description("Bot API answers 429 Too Many Requests").register(registry);
        FunctionCounter.builder("bot.outbox.delivered", queue,
                        OutboundQueue::deliveredCount)
                .description("Message units delivered").register(registry);
        FunctionCounter.builder("bot.outbox.failed", queue,
                        OutboundQueue::failedCount)
                .description("Message units given up (after retries) or refused (blocked)").register(registry);
    }

    public long updatesHandled() {
        return updates.count();
    }

    /**
     * Reports the database faults met while handling updates, read at each scrape from where they are caught (see
     * {@code OutageRetry.faultsMet}): a command listener on the driver would make it build an event for every command.
     */
    public void databaseFaults(LongSupplier faultsMet) {
        FunctionCounter.builder("bot.database.errors", faultsMet, LongSupplier::getAsLong)
                .description("Database faults met while handling updates (unreachable, timed out, not confirmed)")
                .register(registry);
    }

    /** Adds the MongoDB driver's connection pool metrics (its size and waits; Micrometer's own listener). */
    public void instrument(MongoClientSettings.Builder builder) {
        builder.applyToConnectionPoolSettings(pool -> pool.addConnectionPoolListener(
                new MongoMetricsConnectionPoolListener(registry)));
    }

    /** Everything recorded, in Prometheus' text format; empty for {@link #none()}. */
    public String scrape() {
        return registry instanceof PrometheusMeterRegistry prometheus ? prometheus.scrape() : "";
    }
}
