package org.relactation.bot.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

/** The users collection: one document per parent, keyed by Telegram user id. */
public final class UserStore {
    private final MongoCollection<UserProfile> users;

    public UserStore(Database database) {
        this.users = database.collection(Schema.USERS, UserProfile.class);
    }

    /**
     * Records that a parent wrote: creates them on first contact (with {@code language}), otherwise updates
     * the chat and last-seen time. One atomic round trip; returns the stored profile.
     */
    public UserProfile touch(long userId, long chatId, String language, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return users.findOneAndUpdate(eq("_id", userId),
                combine(setOnInsert("language", language), setOnInsert("createdAt", at),
                        set("chatId", chatId), set("lastSeenAt", at)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    /** Marks the parent as started; true only the first time, so the welcome is said once. */
    public boolean markStarted(long userId, Instant now) {
        return users.findOneAndUpdate(and(eq("_id", userId), exists("startedAt", false)),
                set("startedAt", now.truncatedTo(ChronoUnit.MILLIS))) != null;
    }

    public Optional<UserProfile> find(long userId) {
        return Optional.ofNullable(users.find(eq("_id", userId)).first());
    }

    public long count() {
        return users.countDocuments();
    }
}
