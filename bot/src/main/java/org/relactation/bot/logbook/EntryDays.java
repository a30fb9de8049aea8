package org.relactation.bot.logbook;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.setOnInsert;

/**
 * The ids of each parent's entries by UTC day of the event, one small document per parent and day. Reading a few
 * days of one parent is then two look-ups by id (the day lists, then the entries), which stays fast however many
 * entries the database holds, on the embedded database as on MongoDB (the embedded one cannot use an index for
 * a range of times, and would read every entry of every parent).
 */
final class EntryDays {
    /** Longer spans (none today) read the entries by time instead. */
    static final int MAX_DAYS = 62;
    private static final String MIGRATED = "migrated";
    static final String REVISION = "rev";
    static final String TOTALS = "totals";

    private final MongoCollection<Document> days;
    private final MongoCollection<Entry> entries;

    EntryDays(MongoCollection<Document> days, MongoCollection<Entry> entries) {
        this.days = days;
        this.entries = entries;
        migrate();
    }

    static String key(long userId, Instant at) {
        return userId + "/" + LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    void add(Entry entry) {
        add(entry.userId(), entry.id(), entry.at());
    }

    /** Lists the entry in its day; the day's revision moves on, so totals kept for it are no longer taken. */
    void add(long userId, ObjectId id, Instant at) {
        days.updateOne(eq("_id", key(userId, at)), combine(setOnInsert("userId", userId), addToSet("ids", id),
                inc(REVISION, 1)), new UpdateOptions().upsert(true));
    }

    void remove(Entry entry) {
        remove(entry.userId(), entry.id(), entry.at());
    }

    void remove(long userId, ObjectId id, Instant at) {
        days.updateOne(eq("_id", key(userId, at)), combine(pull("ids", id), inc(REVISION, 1)));
    }

    /**
     * Moves the revision of the entry's day on: before and after an entry of it changes, so that totals kept for
     * the day are not taken once the change may have begun (see {@link DayTotals}).
     */
    void touch(long userId, Instant at) {
        days.updateOne(eq("_id", key(userId, at)), inc(REVISION, 1));
    }

    /** The day lists of one parent from UTC day {@code first} to {@code last}, by day (days without one left out). */
    Map<LocalDate, Document> read(long userId, LocalDate first, LocalDate last) {
        List<String> keys = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            keys.add(userId + "/" + day);
        }
        Map<LocalDate, Document> found = new HashMap<>();
        for (Document day : days.find(in("_id", keys))) {
            String key = day.getString("_id");
            found.put(LocalDate.parse(key.substring(key.indexOf('/') + 1)), day);
        }
        return found;
    }

    /** The ids a day list holds. */
    static List<ObjectId> ids(Document day) {
        return day == null ? List.of() : day.getList("ids", ObjectId.class, List.of());
    }

    /** How often the day's list or one of its entries changed (0 for a day without a list, or from before). */
    static long revision(Document day) {
        return day == null || day.get(REVISION) == null ? 0 : ((Number) day.get(REVISION)).longValue();
    }

    /** The entries with these ids, in one look-up. */
    List<Entry> entries(Collection<ObjectId> ids) {
        return ids.isEmpty() ? List.of() : entries.find(in("_id", ids)).into(new ArrayList<>());
    }

    /**
     * Keeps totals in one write: by UTC day, the totals of each local day that starts in it (a day list is created
     * without ids for a UTC day that has none).
     */
    void keep(long userId, Map<LocalDate, Map<LocalDate, Document>> totals) {
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        totals.forEach((day, locals) -> {
            List<Bson> updates = new ArrayList<>(List.of(setOnInsert("userId", userId)));
            locals.forEach((local, kept) -> updates.add(set(TOTALS + "." + local, kept)));
            writes.add(new UpdateOneModel<>(eq("_id", userId + "/" + day), combine(updates),
                    new UpdateOptions().upsert(true)));
        });
        days.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** The parent's entries with {@code from <= at < to}, oldest first; empty when the span is too long. */
    Optional<List<Entry>> between(long userId, Instant from, Instant to) {
        return between(List.of(userId), from, to).map(found -> found.getOrDefault(userId, List.of()));
    }

    /**
     * The entries of each of these parents with {@code from <= at < to}, oldest first (parents with none left
     * out): two look-ups by id for all of them together. Empty when the span is too long.
     */
    Optional<Map<Long, List<Entry>>> between(Collection<Long> userIds, Instant from, Instant to) {
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(to.minusMillis(1), ZoneOffset.UTC);
        if (!to.isAfter(from) || userIds.isEmpty()) {
            return Optional.of(Map.of());
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (long userId : userIds) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                keys.add(userId + "/" + day);
            }
        }
        List<ObjectId> ids = new ArrayList<>();
        for (Document day : days.find(in("_id", keys))) {
            ids.addAll(ids(day));
        }
        if (ids.isEmpty()) {
            return Optional.of(Map.of());
        }
        Set<Long> wanted = new HashSet<>(userIds);
        Map<Long, List<Entry>> found = new HashMap<>();
        for (Entry entry : entries.find(in("_id", ids))) {
            if (wanted.contains(entry.userId()) && !entry.at().isBefore(from) && entry.at().isBefore(to)) {
                found.computeIfAbsent(entry.userId(), user -> new ArrayList<>()).add(entry);
            }
        }
        found.values().forEach(list -> list.sort(Comparator.comparing(Entry::at).thenComparing(Entry::id)));
        return Optional.of(found);
    }

    /** Lists the entries stored before day lists existed, once per database. */
    private void migrate() {
        if (days.find(eq("_id", MIGRATED)).first() != null) {
            return;
        }
        for (Entry entry : entries.find()) {
            add(entry);
        }
        days.updateOne(eq("_id", MIGRATED), setOnInsert("at", Instant.now()), new UpdateOptions().upsert(true));
    }
}
