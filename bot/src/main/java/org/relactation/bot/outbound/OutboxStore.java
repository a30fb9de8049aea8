package org.relactation.bot.outbound;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.parent.UserStore;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * The outbox collection: one document per message the bot is to send in answer to an update. An update is recorded
 * as handled in the parent's record ({@link UserStore#markHandled}: nothing is left behind for a parent who is gone)
 * only once its answer is here, so that record tells a redelivery its answer went out or is on its way. Only single-document atomic operations: an insert under a unique id, a claim by
 * findOneAndUpdate naming the claimant or a claim that ran out, a delete by id. No transactions.
 */
public final class OutboxStore {
    private final MongoCollection<OutboxMessage> messages;
    private final UserStore users;

    public OutboxStore(Database database, UserStore users) {
        this.messages = database.collection(Schema.OUTBOX, OutboxMessage.class);
        this.users = users;
    }

    /**
     * Writes the messages of an update's answer (the pipeline then records the update as handled: in that order, so
     * that a crash in between leaves messages, sent at the next start, which records them then, rather than a record
     * of an answer that is nowhere). False, writing nothing, when the first message is there already and this is
     * not a {@code retry}: the answer was kept by an earlier handling of the update, which a crash cut before its
     * record. Writing the same answer again as a retry changes nothing.
     */
    boolean keep(List<OutboxMessage> answer, boolean retry) {
        for (OutboxMessage message : answer) {
            try {
                messages.insertOne(message);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                if (!retry && message.index() == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Records the update whose answer this is as handled: what a previous run left is, once sent, not sent again. */
    void markHandled(long userId, long updateId) {
        users.markHandled(userId, updateId);
    }

    /** Renews this claimant's hold on a message just before it goes out; false when it is not theirs any more. */
    boolean take(String id, String claimant, Instant now, Duration lease) {
        return messages.findOneAndUpdate(and(eq("_id", id), eq("claimedBy", claimant)),
                set("claimedUntil", until(now, lease))) != null;
    }

    /** Takes a message whose claim ran out (its instance died, or could not release it); false when another did. */
    boolean claim(String id, String claimant, Instant now, Duration lease) {
        return messages.findOneAndUpdate(and(eq("_id", id), lt("claimedUntil", now)),
                combine(set("claimedBy", claimant), set("claimedUntil", until(now, lease)))) != null;
    }

    /** Takes a message whoever held it: at start, alone on the database, from this bot's previous run. */
    boolean takeOver(String id, String claimant, Instant now, Duration lease) {
        return messages.findOneAndUpdate(eq("_id", id),
                combine(set("claimedBy", claimant), set("claimedUntil", until(now, lease)))) != null;
    }

    /** The messages went out (or were given up for good): they leave the outbox, in one delete. */
    void remove(List<String> ids) {
        if (ids.size() == 1) {
            messages.deleteOne(eq("_id", ids.getFirst()));
        } else if (!ids.isEmpty()) {
            messages.deleteMany(in("_id", ids));
        }
    }

    /** What is in the outbox, each chat's messages in their order (the outbox holds only what is on its way). */
    List<OutboxMessage> all() {
        List<OutboxMessage> all = messages.find().into(new ArrayList<>());
        all.sort(Comparator.comparingLong(OutboxMessage::chatId).thenComparingLong(OutboxMessage::updateId)
                .thenComparingInt(OutboxMessage::index));
        return all;
    }

    private static Instant until(Instant now, Duration lease) {
        return now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
    }
}
