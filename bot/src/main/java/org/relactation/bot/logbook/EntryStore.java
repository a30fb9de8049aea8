package org.relactation.bot.logbook;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.ExactFilter;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.parent.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

/** The entries collection. Every query is scoped by the parent's user id; every write is one atomic operation. */
public final class EntryStore {
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER);

    /** How far back the latest session is looked for in the day lists before a query by time. */
    private static final Duration RECENT_SPAN = Duration.ofDays(7);

    private final MongoCollection<Entry> entries;
    private final EntryDays days;
    private final DayTotals totals;

    public EntryStore(Database database) {
        this.entries = database.collection(Schema.ENTRIES, Entry.class);
        this.days = new EntryDays(database.collection(Schema.ENTRY_DAYS, Document.class), entries);
        this.totals = new DayTotals(days);
    }

    /** What {@link #add} did: stored the entry, or found the same source already stored (a redelivery). */
    public record Saved(Entry entry, boolean duplicate) {
    }

    /** Stores {@code entry} once per (parent, source); a second add of the same source returns the first. */
    public Saved add(Entry entry) {
        Entry toStore = new Entry(entry.id() == null ? new ObjectId() : entry.id(), entry.userId(), entry.source(),
                entry.kind(), entry.method(), entry.side(), entry.minutes(), entry.ml(), millis(entry.at()),
                entry.supplement(), entry.wet(), entry.dirty(), entry.note(), millis(entry.createdAt()),
                entry.leftMl(), entry.rightMl(), entry.leftMinutes(), entry.rightMinutes(), entry.grams(),
                entry.weightUnit());
        // Stored first, then listed in its day with its copy: a crash between the two writes leaves the entry
        // unlisted until its update, delivered again (it was not confirmed), finds it stored and lists it.
        try {
            entries.insertOne(toStore);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Entry existing = entries.find(and(eq("userId", entry.userId()), eq("source", entry.source()))).first();
            if (existing == null) {
                throw e;
            }
            days.add(existing); // lists it if a crash came between the two writes; else changes nothing but the revision
            return new Saved(existing, true);
        }
        days.add(toStore);
        return new Saved(toStore, false);
    }

    /** The parent's entry stored from {@code source}, found by the unique (parent, source) index. */
    public Optional<Entry> bySource(long userId, String source) {
        return Optional.ofNullable(entries.find(ExactFilter.of("userId", userId, "source", source)).first());
    }

    public Optional<Entry> find(long userId, ObjectId id) {
        return Optional.ofNullable(entries.find(mine(userId, id)).first());
    }

    /**
     * The latest session up to {@code now} (later times cannot be logged, but keep the bound explicit). Read from
     * the last week's day lists (by id); only a parent with no session that week costs a query by time, which
     * the embedded database answers by reading every entry.
     */
    public Optional<Entry> latestSession(long userId, Instant now) {
        Instant to = now.plusSeconds(1);
        Optional<Entry> recent = between(userId, to.minus(RECENT_SPAN), to).stream().filter(Entry::isSession)
                .reduce((earlier, later) -> later);
        return recent.isPresent() ? recent : Optional.ofNullable(entries.find(and(eq("userId", userId),
                eq("kind", EntryKind.SESSION.name()), lt("at", to))).sort(Sorts.descending("at", "_id")).first());
    }

    /**
     * The baby's weight logged last before {@code at} (by its time), for the change since then. Weights are few, and
     * only a new weight or its confirmation asks, so this is one query over the parent's entries.
     */
    public Optional<Entry> weightBefore(long userId, Instant at) {
        return Optional.ofNullable(entries.find(and(eq("userId", userId), eq("kind", EntryKind.WEIGHT.name()),
                lt("at", millis(at)))).sort(Sorts.descending("at", "_id")).first());
    }

    /**
     * The most recently logged entry (by when it was logged): what /undo takes back. An entry is dated at most
     * {@link LogLimits#MAX_DAYS_BACK} days before it was logged, so the entries of the last
     * {@code 2 × MAX_DAYS_BACK + 2} days hold it whenever the latest of them was logged within the last
     * {@code MAX_DAYS_BACK + 1} days; otherwise (a parent away for over a week) it is found by a query over all
     * their entries.
     */
    public Optional<Entry> lastLogged(long userId, Instant now) {
        Duration back = Duration.ofDays(LogLimits.MAX_DAYS_BACK + 1);
        Instant to = now.plusSeconds(1);
        Optional<Entry> recent = between(userId, to.minus(back).minus(back), to).stream()
                .max(Comparator.comparing(Entry::createdAt).thenComparing(Entry::id));
        if (recent.isPresent() && !recent.get().createdAt().isBefore(to.minus(back))) {
            return recent;
        }
        return Optional.ofNullable(entries.find(eq("userId", userId)).sort(Sorts.descending("createdAt", "_id"))
                .first());
    }

    /**
     * Summaries of the parent's {@code count} local days ending with {@code today}, oldest first, for milestones:
     * the last {@link DayTotals#FULL_DAYS} complete, older ones with totals only (no longest gap, no night session),
     * which are kept once summed instead of read again from every entry of the days.
     */
    List<DaySummary> summaries(UserProfile user, ZoneId zone, LocalDate today, int count, Instant now) {
        return totals.days(user, zone, today, count, now);
    }

    /** Entries with {@code from <= at < to}, oldest first. */
    public List<Entry> between(long userId, Instant from, Instant to) {
        return days.between(userId, from, to).orElseGet(() -> entries.find(and(eq("userId", userId),
                gte("at", from), lt("at", to))).sort(Sorts.ascending("at", "_id")).into(new ArrayList<>()));
    }

    /**
     * The entries of each of these parents with {@code from <= at < to}, oldest first (parents with none left
     * out), read together: for a batch of reminders, which only look back a little.
     */
    public Map<Long, List<Entry>> between(Collection<Long> userIds, Instant from, Instant to) {
        return days.between(userIds, from, to).orElseGet(() -> {
            Map<Long, List<Entry>> each = new HashMap<>();
            for (long userId : userIds) {
                List<Entry> found = between(userId, from, to);
                if (!found.isEmpty()) {
                    each.put(userId, found);
                }
            }
            return each;
        });
    }

    /** Whether the parent has any entry before {@code before}: the day she started is not later than that. */
    public boolean anyBefore(long userId, Instant before) {
        return entries.find(and(eq("userId", userId), lt("at", before))).limit(1).first() != null;
    }

    /** Every entry of the parent, oldest first: for export. */
    public List<Entry> all(long userId) {
        return entries.find(eq("userId", userId)).sort(Sorts.ascending("at", "_id")).into(new ArrayList<>());
    }

    /**
     * Deletes the entry. Its day's revision moves on and its copy goes before (neither totals kept for the day nor the
     * copy are taken from then on, even if the process dies before the day list is updated), and again with the list.
     */
    public boolean delete(long userId, ObjectId id) {
        Optional<Entry> before = find(userId, id);
        if (before.isEmpty()) {
            return false;
        }
        days.changing(userId, id, before.get().at());
        Entry deleted = entries.findOneAndDelete(mine(userId, id));
        if (deleted != null) {
            days.remove(deleted);
        }
        return deleted != null;
    }

    public Optional<Entry> setTime(long userId, ObjectId id, Instant at) {
        Optional<Entry> before = find(userId, id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        days.changing(userId, id, before.get().at());
        boolean otherDay = !EntryDays.key(userId, before.get().at()).equals(EntryDays.key(userId, millis(at)));
        if (otherDay) {
            // Listed in both days until the move is done (a read in between finds it once, by time), without a copy
            // until it is moved.
            days.add(userId, id, millis(at));
        }
        Optional<Entry> after = Optional.ofNullable(entries.findOneAndUpdate(mine(userId, id),
                set("at", millis(at)), AFTER));
        if (otherDay) {
            days.remove(userId, id, before.get().at());
            after.ifPresent(days::add);
        } else {
            days.changed(userId, at, after.orElse(null));
        }
        return after;
    }

    /** A new amount; what each side gave is dropped unless the amount stays the same (it no longer adds up). */
    public Optional<Entry> setMl(long userId, ObjectId id, Integer ml) {
        return change(userId, id, before -> Objects.equals(before.ml(), ml) ? set("ml", ml)
                : combine(set("ml", ml), unset("leftMl"), unset("rightMl")));
    }

    /** A new length; the minutes of each side are dropped unless it stays the same. */
    public Optional<Entry> setMinutes(long userId, ObjectId id, Integer minutes) {
        return change(userId, id, before -> Objects.equals(before.minutes(), minutes)
                ? set("minutes", minutes)
                : combine(set("minutes", minutes), unset("leftMinutes"), unset("rightMinutes")));
    }

    /** What each breast gave; the amount becomes their sum, and the session one of both sides. */
    public Optional<Entry> setMlBySide(long userId, ObjectId id, int left, int right) {
        return change(userId, id, before -> combine(set("ml", left + right), set("leftMl", left),
                set("rightMl", right), set("side", Side.BOTH.name())));
    }

    /** The minutes on each breast; the length becomes their sum, and the session one of both sides. */
    public Optional<Entry> setMinutesBySide(long userId, ObjectId id, int left, int right) {
        return change(userId, id, before -> combine(set("minutes", left + right), set("leftMinutes", left),
                set("rightMinutes", right), set("side", Side.BOTH.name())));
    }

    /** Another weight, in grams, and the unit it was given in. */
    public Optional<Entry> setWeight(long userId, ObjectId id, int grams, WeightUnit unit) {
        return change(userId, id, before -> combine(set("grams", grams), set("weightUnit", unit.name())));
    }

    public Optional<Entry> setMethod(long userId, ObjectId id, Method method) {
        return change(userId, id, before -> set("method", method.name()));
    }

    /** Another side; amounts by side are kept only for both sides (one breast has no left and right). */
    public Optional<Entry> setSide(long userId, ObjectId id, Side side) {
        return change(userId, id, before -> side == Side.BOTH ? set("side", side.name())
                : combine(set("side", side.name()), unset("leftMl"), unset("rightMl"), unset("leftMinutes"),
                unset("rightMinutes")));
    }

    /**
     * Changes an entry, its day's revision moved on before (its copy dropped) and after (its copy written anew; see
     * {@link #delete}); the update is made from the entry as it was.
     */
    private Optional<Entry> change(long userId, ObjectId id,
                                   Function<Entry, Bson> update) {
        Optional<Entry> before = find(userId, id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        days.changing(userId, id, before.get().at());
        Optional<Entry> after = Optional.ofNullable(entries.findOneAndUpdate(mine(userId, id),
                update.apply(before.get()), AFTER));
        days.changed(userId, before.get().at(), after.orElse(null));
        return after;
    }

    public long count(long userId) {
        return entries.countDocuments(eq("userId", userId));
    }

    /** How many sessions the parent has logged, ever. */
    public long countSessions(long userId) {
        return entries.countDocuments(and(eq("userId", userId), eq("kind", EntryKind.SESSION.name())));
    }

    /**
     * This entry of this parent, as a flat filter ({@code {_id, userId}}) that the id_user index answers: the
     * driver writes {@code and(...)} as {@code $and}, which the embedded database never answers from an index.
     */
    private static Bson mine(long userId, ObjectId id) {
        return ExactFilter.of("_id", id, "userId", userId);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
