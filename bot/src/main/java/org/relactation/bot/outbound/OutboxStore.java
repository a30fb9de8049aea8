package org.relactation.bot.outbound;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import org.bson.codecs.pojo.annotations.BsonId;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pushEach;
import static com.mongodb.client.model.Updates.set;

/**
 * The outbox collection (one document per message the bot is to send in answer to an update) and, per chat, the
 * latest updates whose answer went into it. Only single-document atomic operations: an insert under a unique id, a
 * claim by findOneAndUpdate naming the claimant or a claim that ran out, a delete by id. No transactions.
 */
public final class OutboxStore {
    /** Updates remembered per chat as answered through the outbox: as many as the parent's handled update ids. */
    static final int ANSWERED_KEPT = 50;

    private final MongoCollection<OutboxMessage> messages;
    private final MongoCollection<Answered> answered;

    public OutboxStore(Database database) {
        this.messages = database.collection(Schema.OUTBOX, OutboxMessage.class);
        this.answered = database.collection(Schema.OUTBOX_ANSWERED, Answered.class);
    }

    /** One chat's latest updates whose answer went into the outbox. */
    public record Answered(@BsonId long chatId, List<Long> updates) {
        public Answered {
            updates = updates == null ? List.of() : List.copyOf(updates);
        }
    }

    /**
     * Whether the answer to this update went into the outbox before (it may have been sent since): a redelivered
     * update whose answer is, or was, on its way.
     */
    boolean answered(long chatId, long updateId) {
        Answered chat = answered.find(eq("_id", chatId)).first();
        return chat != null && chat.updates().contains(updateId)
                || messages.find(eq("_id", OutboxMessage.id(chatId, updateId, 0))).first() != null;
    }

    /**
     * Writes the messages of an update's answer, then records the update as answered: in that order, so that a crash
     * in between leaves messages (sent at the next start, which records them then) rather than a record of an
     * answer that is nowhere. Writing the same answer again changes nothing.
     */
    void keep(long chatId, long updateId, List<OutboxMessage> answer) {
        for (OutboxMessage message : answer) {
            try {
                messages.insertOne(message);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        markAnswered(chatId, updateId);
    }

    void markAnswered(long chatId, long updateId) {
        answered.updateOne(eq("_id", chatId), pushEach("updates", List.of(updateId),
                new PushOptions().slice(-ANSWERED_KEPT)), new UpdateOptions().upsert(true));
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

    /** The message went out (or was given up for good): it leaves the outbox. */
    void remove(String id) {
        messages.deleteOne(eq("_id", id));
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
