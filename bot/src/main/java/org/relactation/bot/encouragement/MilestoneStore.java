package org.relactation.bot.encouragement;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import org.bson.conversions.Bson;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;

import java.time.LocalDate;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.set;

/**
 * The milestones collection: one document per parent. A milestone is claimed with one conditional update (an
 * upsert whose filter says "not celebrated yet"), so of two logs racing for it exactly one wins: the loser's
 * filter no longer matches and its upsert hits the unique _id.
 */
public final class MilestoneStore {
    private final MongoCollection<Celebrated> milestones;

    public MilestoneStore(Database database) {
        this.milestones = database.collection(Schema.MILESTONES, Celebrated.class);
    }

    /** The once-ever milestones already celebrated with this parent. */
    public List<String> celebrated(long userId) {
        Celebrated found = milestones.find(eq("_id", userId)).first();
        return found == null ? List.of() : found.once();
    }

    /** True for the one caller that marks {@code milestone} celebrated; false if it already was. */
    public boolean claimOnce(long userId, Milestone milestone) {
        return claim(userId, ne("once", milestone.code()), addToSet("once", milestone.code()));
    }

    /** True for the one caller that marks the record celebrated on {@code day}; false if it already was that day. */
    public boolean claimRecord(long userId, Milestone record, LocalDate day) {
        String field = record.code() + "RecordDay";
        return claim(userId, ne(field, day.toString()), set(field, day.toString()));
    }

    private boolean claim(long userId, Bson notYet, Bson mark) {
        // Twice at most: the first parent document may be created by a concurrent claim of another milestone,
        // whose insert beats ours; the second try then finds the document.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                UpdateResult result = milestones.updateOne(and(eq("_id", userId), notYet), mark,
                        new UpdateOptions().upsert(true));
                return result.getModifiedCount() == 1 || result.getUpsertedId() != null;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        return false;
    }
}
