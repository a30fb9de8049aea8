package org.relactation.bot.storage;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every collection the bot uses, its indexes, and the field that holds the parent's Telegram user id (what
 * /delete and /export go by). Created at start-up if missing. Safe to run on every start and from several
 * instances at once: creating an existing index is a no-op, and a collection created concurrently is fine.
 */
public final class Schema {
    public static final String USERS = "users";
    public static final String ENTRIES = "entries";
    public static final String REMINDERS = "reminders";
    public static final String MORNING_NOTES = "morning_notes";
    public static final String MILESTONES = "milestones";
    public static final String ENTRY_DAYS = "entry_days";
    public static final String KEYBOARDS = "keyboards";
    public static final String OUTBOX = "outbox";
    public static final String INBOX = "inbox";

    /**
     * A collection, the field naming whose document it is, the indexes one would design for MongoDB itself, and
     * those the embedded server's planner needs on top ({@code embeddedIndexes}, made only there).
     */
    public record Collection(String name, String userField, List<IndexModel> indexes, List<IndexModel> embeddedIndexes) {
        Collection(String name, String userField, List<IndexModel> indexes) {
            this(name, userField, indexes, List.of());
        }
    }

    public static final List<Collection> COLLECTIONS = List.of(
            new Collection(USERS, "_id", List.of()),
            // The ids of a parent's entries by UTC day of the event ("userId/2026-11-25"), with copies of the recent
            // days' entries: a recent day's entries are one look-up by id, an older day's two, fast on the embedded
            // database too, which cannot use user_time for a range. Before the entries in this list, which is the
            // order /delete goes in: a delete cut short leaves no copy of an entry that is gone.
            new Collection(ENTRY_DAYS, "userId", List.of()),
            new Collection(ENTRIES, "userId", List.of(
                    // One entry per source (Telegram update, button press): a redelivered update logs nothing twice.
                    new IndexModel(Indexes.ascending("userId", "source"),
                            new IndexOptions().unique(true).name("user_source")),
                    new IndexModel(Indexes.ascending("userId", "at"), new IndexOptions().name("user_time"))),
                    // Unique only because it starts with _id: makes "this entry of this parent" an index look-up on
                    // the embedded database, which uses an index only when a query names exactly its fields.
                    List.of(new IndexModel(Indexes.ascending("_id", "userId"), new IndexOptions().unique(true)
                            .name("id_user")))),
            // One document per parent: the next reminder due. Dispatch looks them up by time.
            // Also by (_id, pausedUntil): moving a reminder that is not paused is one update (see ReminderStore).
            new Collection(REMINDERS, "_id", dueIndexes(), withPause(claimIndexes())),
            // The next morning note of each parent: the same shape and claiming as reminders.
            new Collection(MORNING_NOTES, "_id", dueIndexes(), claimIndexes()),
            // Earlier versions' milestones, one document per parent: now kept in the parent's record, and what is
            // left here is moved there at start (MilestoneStore). Its (_id, v) index served the claims then.
            new Collection(MILESTONES, "_id", List.of(), List.of(new IndexModel(Indexes.ascending("_id", "v"),
                    new IndexOptions().unique(true).name("version")))),
            // One document per chat: which buttons the bot's latest messages carry, for checking a press.
            new Collection(KEYBOARDS, "_id", List.of()),
            // One document per message the bot is to send in answer to an update, until Telegram took it: kept with
            // the update's data, so a crash loses no reply. Its chat is the parent's in a private chat (/delete).
            // Taken by (_id, claimedBy) and, once a claim ran out, by (_id, claimedUntil): index look-ups on the
            // embedded database too (unique only because they start with _id).
            new Collection(OUTBOX, "chatId", List.of(
                    new IndexModel(Indexes.ascending("_id", "claimedBy"), new IndexOptions().unique(true)
                            .name("claimant")),
                    new IndexModel(Indexes.ascending("_id", "claimedUntil"), new IndexOptions().unique(true)
                            .name("claim")))),
            // One document per update read from Telegram and not yet handled, under its update_id (so an update
            // fetched again is stored once): stored before Telegram is told it arrived, removed with the update's
            // data. Claimed by _id with its claimant or its claim's end, only where instances share the database.
            new Collection(INBOX, "userId", List.of()));

    /** The claim indexes, and one more for moving a reminder that is not paused (embedded only, as they are). */
    private static List<IndexModel> withPause(List<IndexModel> indexes) {
        List<IndexModel> all = new ArrayList<>(indexes);
        all.add(new IndexModel(Indexes.ascending("_id", "pausedUntil"), new IndexOptions().unique(true).name("pause")));
        return List.copyOf(all);
    }

    private static List<IndexModel> dueIndexes() {
        return List.of(new IndexModel(Indexes.ascending("dueAt"), new IndexOptions().name("due")));
    }

    /**
     * Two indexes unique only because they start with _id: they make the claim (by id, due time and claim) and the
     * completion (by id and claimant) index look-ups on the embedded database, which uses an index only when a query
     * names exactly its fields (without them each claim read every document). MongoDB itself finds the one document
     * by _id and checks the other fields on it: there they would only cost a write on every claim.
     */
    private static List<IndexModel> claimIndexes() {
        return List.of(new IndexModel(Indexes.ascending("_id", "dueAt", "claimedUntil"),
                        new IndexOptions().unique(true).name("claim")),
                new IndexModel(Indexes.ascending("_id", "claimedBy"), new IndexOptions().unique(true).name("claimant")));
    }

    private Schema() {
    }

    /**
     * @param embedded whether this is the embedded server: its planner's indexes ({@link Collection#embeddedIndexes})
     *                 are made there; on MongoDB itself they are dropped if an earlier version made them
     */
    static void ensure(MongoDatabase database, boolean embedded) {
        Set<String> existing = new HashSet<>();
        database.listCollectionNames().into(existing);
        for (Collection collection : COLLECTIONS) {
            if (!existing.contains(collection.name())) {
                try {
                    database.createCollection(collection.name());
                } catch (MongoCommandException e) {
                    // 48 NamespaceExists: another instance created it between our look and our create.
                    if (e.getErrorCode() != 48) {
                        throw e;
                    }
                }
            }
            List<IndexModel> indexes = new ArrayList<>(collection.indexes());
            if (embedded) {
                indexes.addAll(collection.embeddedIndexes());
            } else {
                dropIfPresent(database, collection);
            }
            if (!indexes.isEmpty()) {
                database.getCollection(collection.name()).createIndexes(indexes);
            }
        }
    }

    private static void dropIfPresent(MongoDatabase database, Collection collection) {
        for (IndexModel index : collection.embeddedIndexes()) {
            try {
                database.getCollection(collection.name()).dropIndex(index.getOptions().getName());
            } catch (MongoCommandException e) {
                // 27 IndexNotFound: never made here, or another instance dropped it first.
                if (e.getErrorCode() != 27) {
                    throw e;
                }
            }
        }
    }
}
