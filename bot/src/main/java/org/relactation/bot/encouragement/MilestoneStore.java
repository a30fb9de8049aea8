package org.relactation.bot.encouragement;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import org.bson.conversions.Bson;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.ExactFilter;
import org.relactation.bot.storage.Schema;

import java.time.LocalDate;
import java.util.function.Predicate;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * The milestones collection: one document per parent, with a version number. A milestone is claimed with one
 * conditional update: "if the document is still at the version I read, add this milestone and move the version
 * on" (an upsert for the first one). Of two logs racing for it exactly one wins: the loser's filter no longer
 * matches (or its upsert hits the unique _id), it reads again and finds the milestone taken. The filter names
 * exactly the fields of the unique (_id, v) index, so on the embedded database too it is one index look-up.
 */
public final class MilestoneStore {
    private static final int ATTEMPTS = 4;

    private final MongoCollection<Celebrated> milestones;

    public MilestoneStore(Database database) {
        this.milestones = database.collection(Schema.MILESTONES, Celebrated.class);
    }

    /** What was celebrated with this parent so far, at its version (nothing yet: version null). */
    public Celebrated read(long userId) {
        Celebrated found = milestones.find(eq("_id", userId)).first();
        return found == null ? Celebrated.none(userId) : found;
    }

    /** True for the one caller that marks {@code milestone} celebrated; false if it already was. */
    public boolean claimOnce(long userId, Milestone milestone) {
        return claimOnce(read(userId), milestone);
    }

    /** The same, trying first against {@code seen}, the document as just read. */
    public boolean claimOnce(Celebrated seen, Milestone milestone) {
        return claim(seen, now -> !now.once().contains(milestone.code()), addToSet("once", milestone.code()));
    }

    /** True for the one caller that marks the record celebrated on {@code day}; false if it already was that day. */
    public boolean claimRecord(long userId, Milestone record, LocalDate day) {
        return claimRecord(read(userId), record, day);
    }

    /** The same, trying first against {@code seen}, the document as just read. */
    public boolean claimRecord(Celebrated seen, Milestone record, LocalDate day) {
        String field = record.code() + "RecordDay";
        return claim(seen, now -> !day.toString().equals(now.recordDay(record)), set(field, day.toString()));
    }

    private boolean claim(Celebrated first, Predicate<Celebrated> notYet, Bson mark) {
        Celebrated seen = first;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                seen = read(first.userId());
            }
            if (!notYet.test(seen)) {
                return false;
            }
            long next = (seen.v() == null ? 0 : seen.v()) + 1;
            try {
                UpdateResult result = milestones.updateOne(ExactFilter.of("_id", seen.userId(), "v", seen.v()),
                        combine(mark, set("v", next)), new UpdateOptions().upsert(true));
                if (result.getMatchedCount() == 1 || result.getUpsertedId() != null) {
                    return true;
                }
            } catch (MongoWriteException e) {
                // Another claim moved the version on (or created the document) first: read again.
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        return false;
    }
}
