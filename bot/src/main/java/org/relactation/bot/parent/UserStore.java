package org.relactation.bot.parent;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static com.mongodb.client.model.Updates.unset;

/** The users collection: one document per parent, keyed by Telegram user id. Every write is one atomic update. */
public final class UserStore {
    /** Fields a question flow may write; anything else is refused, whatever a button claims. */
    public static final Set<String> ANSWER_FIELDS = Set.of("setup.situation", "setup.gap", "setup.babyAge",
            "setup.feeding", "setup.goal", "setup.dueDate", "timezone", "rhythm.sessionsPerDay", "rhythm.wakeFrom", "rhythm.wakeTo",
            "rhythm.nightSession", "rhythm.mode", "rhythm.everyMinutes", "rhythm.fixedTimes", "rhythm.nightAt",
            "rhythm.quietFrom", "rhythm.quietTo");

    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<UserProfile> users;
    /** The same collection, for the claims of updates in hand, which the profile does not carry. */
    private final MongoCollection<Document> claims;
    /** Visits read by {@link #touch} whose time is written by the {@link #markHandled} that follows. */
    private final ConcurrentMap<Long, Instant> lastSeen = new ConcurrentHashMap<>();

    public UserStore(Database database) {
        this.users = database.collection(Schema.USERS, UserProfile.class);
        this.claims = database.collection(Schema.USERS, Document.class);
    }

    /**
     * Records that a parent wrote: creates them on first contact (with {@code language}), otherwise updates
     * the chat and last-seen time; returns the stored profile (the last-seen time in it may be the previous one). For a known parent in the same chat this is a read
     * only: the last-seen time is written together with {@link #markHandled}, so that an update costs one write
     * to the parent's document instead of two.
     */
    public UserProfile touch(long userId, long chatId, String language, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        UserProfile known = users.find(eq("_id", userId)).first();
        if (known != null && known.chatId() == chatId) {
            return seen(known, at);
        }
        return users.findOneAndUpdate(eq("_id", userId),
                combine(setOnInsert("language", language), setOnInsert("createdAt", at),
                        set("chatId", chatId), set("lastSeenAt", at)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    /** Like {@link #touch} but never creates: a button press from someone the bot no longer knows (after /delete). */
    public Optional<UserProfile> touchExisting(long userId, long chatId, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        UserProfile known = users.find(eq("_id", userId)).first();
        if (known == null) {
            return Optional.empty();
        }
        if (known.chatId() == chatId) {
            return Optional.of(seen(known, at));
        }
        return Optional.ofNullable(users.findOneAndUpdate(eq("_id", userId),
                combine(set("chatId", chatId), set("lastSeenAt", at)), AFTER));
    }

    /** Telegram said the parent blocked the bot: nothing more is sent until they write again. */
    public void markBlocked(long userId, Instant at) {
        users.updateOne(eq("_id", userId), set("blockedAt", at.truncatedTo(ChronoUnit.MILLIS)));
    }

    /** The parent wrote again after blocking the bot; true only for the first message that finds them blocked. */
    public boolean clearBlocked(long userId) {
        return users.updateOne(and(eq("_id", userId), Filters.ne("blockedAt", null)),
                set("blockedAt", null)).getModifiedCount() == 1;
    }

    /** The profile as read; the visit's time waits in memory for {@link #markHandled}, which writes it. */
    private UserProfile seen(UserProfile known, Instant at) {
        lastSeen.put(known.userId(), at);
        return known;
    }

    /** How many handled update ids each parent keeps: far more than Telegram could ever redeliver at once. */
    public static final int HANDLED_KEPT = 50;

    /**
     * Records that an update was handled to the end and its answer kept, keeping only the latest ids; with the
     * last-seen time of the visit ({@link #touch}), in one write. Nothing for a parent the bot does not know, or no
     * longer (the answer to /delete leaves nothing behind): then false.
     */
    public boolean markHandled(long userId, long updateId) {
        return markHandled(userId, updateId, false);
    }

    /** The same, and lets go of the update's claim ({@link #claimUpdate}) in the same write. */
    public boolean markHandled(long userId, long updateId, boolean claimed) {
        List<Bson> updates = new ArrayList<>(3);
        updates.add(Updates.pushEach("handled", List.of(updateId),
                new PushOptions().slice(-HANDLED_KEPT)));
        Instant seen = lastSeen.remove(userId);
        if (seen != null) {
            updates.add(set("lastSeenAt", seen));
        }
        if (claimed) {
            updates.add(unset(claimField(updateId)));
        }
        return users.updateOne(eq("_id", userId), updates.size() == 1 ? updates.get(0) : combine(updates))
                .getMatchedCount() == 1;
    }

    /** What {@link #claimUpdate} found. */
    public enum Claim {
        /** The caller holds the update now: it handles it. */
        TAKEN,
        /** It was handled to the end already: a redelivery. */
        HANDLED,
        /** Another claimant holds it and its claim has not run out: that one answers it. */
        HELD_ELSEWHERE
    }

    /**
     * Claims an update before it is handled, for instances that share the database and may be posted the same
     * update at the same moment: one atomic update of the parent's document, which takes the claim if the update
     * is not handled yet and nobody else holds it (a claim of the same claimant is its own retry; one older than
     * {@code lease} was left by an instance that died). {@link #markHandled(long, long, boolean)} lets go of it.
     */
    public Claim claimUpdate(long userId, long updateId, String claimant, Instant now, Duration lease) {
        String field = claimField(updateId);
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        Bson free = Filters.or(exists(field, false), eq(field + ".by", claimant),
                Filters.lt(field + ".at", at.minus(lease)));
        Bson filter = and(eq("_id", userId), Filters.ne("handled", updateId), free);
        Document taken = claims.findOneAndUpdate(filter,
                set(field, new Document("by", claimant).append("at", at)),
                new FindOneAndUpdateOptions().projection(Projections.include("_id")));
        if (taken != null) {
            return Claim.TAKEN;
        }
        Document found = claims.find(eq("_id", userId))
                .projection(Projections.include("handled")).first();
        if (found == null) {
            return Claim.TAKEN; // gone meanwhile (/delete): the handler finds nobody
        }
        List<Long> handled = found.getList("handled", Long.class, List.of());
        return handled.contains(updateId) ? Claim.HANDLED : Claim.HELD_ELSEWHERE;
    }

    private static String claimField(long updateId) {
        return "claims.u" + updateId;
    }

    /** Marks the parent as started; true only the first time, so the welcome is said once. */
    public boolean markStarted(long userId, Instant now) {
        return users.findOneAndUpdate(and(eq("_id", userId), exists("startedAt", false)),
                set("startedAt", now.truncatedTo(ChronoUnit.MILLIS))) != null;
    }

    /**
     * Stores answers and moves the parent to the next question ({@code next} null ends the flow), in one update.
     * Only {@link #ANSWER_FIELDS} may be written; a null value removes the answer (skipped).
     */
    public UserProfile answer(long userId, Map<String, Object> answers, UserProfile.Onboarding next) {
        List<Bson> updates = new ArrayList<>();
        answers.forEach((field, value) -> {
            if (!ANSWER_FIELDS.contains(field)) {
                throw new IllegalArgumentException("Not an answer field: " + field);
            }
            updates.add(value == null ? unset(field) : set(field, value));
        });
        updates.add(next == null ? unset("onboarding") : set("onboarding", next));
        return users.findOneAndUpdate(eq("_id", userId), combine(updates), AFTER);
    }

    /** Day 1 of the plan, set once at the end of the first onboarding. */
    public void startPlan(long userId, Instant now) {
        users.updateOne(and(eq("_id", userId), exists("planStartedAt", false)),
                set("planStartedAt", now.truncatedTo(ChronoUnit.MILLIS)));
    }

    public UserProfile setLanguage(long userId, String language) {
        return users.findOneAndUpdate(eq("_id", userId), set("language", language), AFTER);
    }

    /** Remembers that the parent read a guide card, for "what have they not learned yet". */
    public void markLearned(long userId, String cardId) {
        users.updateOne(eq("_id", userId), addToSet("learned", cardId));
    }

    /** Remembers the method of a session the parent named, so that a plain "done" means the same next time. */
    /** Opens a follow-up (the amount or minutes buttons of an entry are shown). */
    public void setFollowUp(long userId, UserProfile.FollowUp followUp) {
        users.updateOne(eq("_id", userId), set("followUp", followUp));
    }

    /** Closes the follow-up, if one is open. */
    public void clearFollowUp(long userId) {
        users.updateOne(eq("_id", userId), unset("followUp"));
    }

    public void setDefaultMethod(long userId, String method) {
        users.updateOne(eq("_id", userId), set("defaultMethod", method));
    }

    public Optional<UserProfile> find(long userId) {
        return Optional.ofNullable(users.find(eq("_id", userId)).first());
    }

    /** The profiles of these parents that exist, by user id: one look-up for all of them. */
    public Map<Long, UserProfile> findAll(Collection<Long> userIds) {
        Map<Long, UserProfile> found = new HashMap<>();
        if (!userIds.isEmpty()) {
            users.find(Filters.in("_id", userIds))
                    .forEach(user -> found.put(user.userId(), user));
        }
        return found;
    }

    public long count() {
        return users.countDocuments();
    }
}
