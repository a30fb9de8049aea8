package org.relactation.bot.reminders;

import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.storage.DatabaseFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.IntConsumer;

/**
 * The timed job that sends what fell due, every {@link #EVERY}: reminders, then morning notes, batch after batch
 * while batches come back full. A batch is never larger than the room in the outbound queue, so a claimed reminder
 * goes out long before its claim could expire. A database outage ends the run: what was not sent stays due (a claim
 * taken runs out), and the next run tries again.
 */
public final class ReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    /** How often due reminders are looked for. */
    public static final Duration EVERY = Duration.ofSeconds(20);
    /** How many reminders (or morning notes) one batch sends at most. */
    public static final int BATCH = 10_000;

    private final ReminderDispatcher reminders;
    private final MorningNotes mornings;
    private final Clock clock;
    private final IntConsumer sent;

    /** @param sent told how many were sent by each batch (for operators' counters) */
    public ReminderJob(ReminderDispatcher reminders, MorningNotes mornings, Clock clock, IntConsumer sent) {
        this.reminders = reminders;
        this.mornings = mornings;
        this.clock = clock;
        this.sent = sent;
    }

    /** One run for every parent. */
    public void run(Outbox outbox) {
        run(outbox, OptionalLong.empty());
    }

    /** One run, for one parent only when {@code onlyUser} is given (the console). */
    public void run(Outbox outbox, OptionalLong onlyUser) {
        try {
            int limit;
            int count;
            do {
                limit = Math.min(BATCH, outbox.room());
                count = limit == 0 ? 0 : reminders.dispatchDue(clock.instant(), onlyUser, limit, outbox);
                sent.accept(count);
            } while (limit > 0 && count == limit); // a full batch: more may be due
            do {
                limit = Math.min(BATCH, outbox.room());
                count = limit == 0 ? 0 : mornings.dispatchDue(clock.instant(), onlyUser, limit, outbox);
                sent.accept(count);
            } while (limit > 0 && count == limit);
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            LOG.warn("Reminder run stopped, the database is unreachable ({}); the next run tries again",
                    e.getClass().getName());
        }
    }
}
