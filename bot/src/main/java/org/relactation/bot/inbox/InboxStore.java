package org.relactation.bot.inbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * The inbox collection: one document per update read and not yet handled. Only single-document atomic operations,
 * as on MongoDB without transactions: a bulk insert under unique ids (an update fetched again is refused as a
 * duplicate, not stored twice), a claim by findOneAndUpdate naming the claimant or a claim that ran out, a delete
 * by ids.
 */
public final class InboxStore {
    private final MongoCollection<InboxUpdate> updates;

    public InboxStore(Database database) {
        this.updates = database.collection(Schema.INBOX, InboxUpdate.class);
    }

    /**
     * Stores the updates in one unordered bulk insert and returns those that were new: one already in the inbox (read
     * again after a crash before Telegram was told) is left as it is.
     */
    List<InboxUpdate> add(List<InboxUpdate> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try {
            updates.insertMany(batch, new InsertManyOptions().ordered(false));
            return batch;
        } catch (MongoBulkWriteException e) {
            Set<Integer> refused = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
            List<InboxUpdate> added = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                if (!refused.contains(i)) {
                    added.add(batch.get(i));
                }
            }
            return added;
        }
    }

    /** Everything in the inbox, oldest update first (update ids grow, so each chat's order too). */
    List<InboxUpdate> all() {
        List<InboxUpdate> all = updates.find().into(new ArrayList<>());
        all.sort(Comparator.comparingLong(InboxUpdate::id));
        return all;
    }

    /** Takes an update whose claim ran out (its instance died); false when another instance did. */
    boolean claim(long id, String claimant, Instant now, Duration lease) {
        return updates.findOneAndUpdate(and(eq("_id", id), lt("claimedUntil", now)),
                combine(set("claimedBy", claimant), set("claimedUntil", until(now, lease)))) != null;
    }

    /** Renews this claimant's hold on an update just before it is handled; false when it is not theirs any more. */
    boolean renew(long id, String claimant, Instant now, Duration lease) {
        return updates.findOneAndUpdate(and(eq("_id", id), eq("claimedBy", claimant)),
                set("claimedUntil", until(now, lease))) != null;
    }

    /** The updates are handled: they leave the inbox, in one delete. */
    void remove(Collection<Long> ids) {
        if (ids.size() == 1) {
            updates.deleteOne(eq("_id", ids.iterator().next()));
        } else if (!ids.isEmpty()) {
            updates.deleteMany(in("_id", ids));
        }
    }

    /** How many updates the inbox holds (for tests and the operator). */
    public long count() {
        return updates.countDocuments();
    }

    static Instant until(Instant now, Duration lease) {
        return now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
    }
}
