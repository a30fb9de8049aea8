package org.relactation.bot.encouragement;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addEachToSet;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * What was celebrated with each parent, kept in their record ({@link UserProfile#milestones()}, read with it). A
 * milestone is claimed with one atomic update of that record, by id alone, which changes it only the first time:
 * "add this code to the set" ({@code $addToSet}), "set the record's day to today" ({@code $set}). Of two logs racing
 * for it exactly one changes the record and wins; the other's update changes nothing (its modified count is 0),
 * on MongoDB as on the embedded database, whatever each had read before.
 *
 * <p>Earlier versions kept these in a collection of their own ({@link Schema#MILESTONES}); what is left there is
 * moved into the parents' records when the store is made (at start), then removed.
 */
public final class MilestoneStore {
    private static final String FIELD = "milestones";

    private final MongoCollection<UserProfile> users;
    private final MongoCollection<Document> earlier;

    public MilestoneStore(Database database) {
        this.users = database.collection(Schema.USERS, UserProfile.class);
        this.earlier = database.collection(Schema.MILESTONES, Document.class);
        moveEarlier();
    }

    /** What was celebrated with this parent so far (nothing for a parent the bot does not know). */
    public UserProfile.Milestones read(long userId) {
        UserProfile found = users.find(eq("_id", userId)).first();
        return found == null ? UserProfile.Milestones.NONE : found.milestones();
    }

    /** True for the one caller that marks {@code milestone} celebrated; false if it already was. */
    public boolean claimOnce(long userId, Milestone milestone) {
        return changed(userId, addToSet(FIELD + ".once", milestone.code()));
    }

    /** True for the one caller that marks the record celebrated on {@code day}; false if it already was that day. */
    public boolean claimRecord(long userId, Milestone record, LocalDate day) {
        return changed(userId, set(FIELD + "." + recordField(record), day.toString()));
    }

    /** The day the record was last celebrated, as {@code seen}, or null. */
    static String recordDay(UserProfile.Milestones seen, Milestone record) {
        return record == Milestone.MILK_RECORD ? seen.milkRecordDay() : seen.supplementRecordDay();
    }

    private static String recordField(Milestone record) {
        return record.code() + "RecordDay";
    }

    private boolean changed(long userId, Bson mark) {
        return users.updateOne(eq("_id", userId), mark).getModifiedCount() == 1;
    }

    /**
     * Moves what an earlier version kept in its own collection into the parents' records: added to what they hold
     * (a move cut by a crash is made again, and changes nothing twice), then removed there.
     */
    private void moveEarlier() {
        for (Document old : earlier.find()) {
            List<Bson> updates = new ArrayList<>();
            updates.add(addEachToSet(FIELD + ".once", old.getList("once", String.class, List.of())));
            for (Milestone record : List.of(Milestone.MILK_RECORD, Milestone.SUPPLEMENT_RECORD)) {
                String day = old.getString(recordField(record));
                if (day != null) {
                    updates.add(set(FIELD + "." + recordField(record), day));
                }
            }
            users.updateOne(eq("_id", old.get("_id")), combine(updates));
            earlier.deleteOne(eq("_id", old.get("_id")));
        }
    }
}
