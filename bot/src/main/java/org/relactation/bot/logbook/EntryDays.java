package org.relactation.bot.logbook;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.BsonDocument;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonTypeClassMap;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import static com.mongodb.client.model.Updates.unset;

/**
 * The ids of each parent's entries by UTC day of the event, one small document per parent and day, each with a copy
 * of the entry as stored ({@value #COPIES}, by id) while the day is recent. Reading a few recent days of one parent
 * is then one look-up by id (the day lists, whose copies are the entries), and older days two (the lists, then the
 * entries they name), which stays fast however many entries the database holds, on the embedded database as on
 * MongoDB (the embedded one cannot use an index for a range of times, and would read every entry of every parent).
 *
 * <p>A copy is written only with the entry as it is in {@code entries}, after that write ({@link #add(Entry)},
 * {@link #changed}), and removed before the entry changes ({@link #changing}, {@link #remove}) or once its day is
 * no longer recent ({@link #keep}); an id without a copy is read from {@code entries}. So a copy never differs from
 * its entry, even when the process dies between two writes: the entry is then read from {@code entries}, or, for an
 * entry inserted and not yet listed, listed by the redelivered update ({@link EntryStore#add}). The parent's own
 * update is the only writer of the parent's entries at a time, so two changes of one entry never overlap.
 */
final class EntryDays {
    /** Longer spans (none today) read the entries by time instead. */
    static final int MAX_DAYS = 62;
    private static final String MIGRATED = "migrated";
    static final String REVISION = "rev";
    static final String TOTALS = "totals";
    /** The copies of the day's entries, by id: {@code {"<id>": {the entry as stored}}}. */
    static final String COPIES = "entries";
    private static final DecoderContext DECODING = DecoderContext.builder().build();

    private final MongoCollection<Document> days;
    /**
     * The same collection, read with the documents inside a day list ({@value #TOTALS}, {@value #COPIES}) left as
     * the bytes they came in: a copy is decoded once, straight into an {@link Entry}, and only when it is read.
     */
    private final MongoCollection<Document> reading;
    private final MongoCollection<Entry> entries;
    private final Codec<Entry> entryCodec;

    EntryDays(MongoCollection<Document> days, MongoCollection<Entry> entries) {
        this.days = days;
        this.reading = days.withCodecRegistry(CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(
                new DocumentCodec(days.getCodecRegistry(), new BsonTypeClassMap(Map.of(BsonType.DOCUMENT,
                        RawBsonDocument.class)))), days.getCodecRegistry()));
        this.entries = entries;
        this.entryCodec = entries.getCodecRegistry().get(Entry.class);
        migrate();
    }

    static String key(long userId, Instant at) {
        return userId + "/" + LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /**
     * Lists an entry as stored in {@code entries} in its day, with its copy; the day's revision moves on, so totals
     * kept for it are no longer taken.
     */
    void add(Entry stored) {
        days.updateOne(eq("_id", key(stored.userId(), stored.at())), combine(setOnInsert("userId", stored.userId()),
                addToSet("ids", stored.id()), set(copy(stored.id()), stored), inc(REVISION, 1)),
                new UpdateOptions().upsert(true));
    }

    /** Lists an entry in its day without a copy (it is read from {@code entries}), the revision moved on. */
    void add(long userId, ObjectId id, Instant at) {
        days.updateOne(eq("_id", key(userId, at)), combine(setOnInsert("userId", userId), addToSet("ids", id),
                inc(REVISION, 1)), new UpdateOptions().upsert(true));
    }

    void remove(Entry entry) {
        remove(entry.userId(), entry.id(), entry.at());
    }

    void remove(long userId, ObjectId id, Instant at) {
        days.updateOne(eq("_id", key(userId, at)), combine(pull("ids", id), unset(copy(id)), inc(REVISION, 1)));
    }

    /**
     * Before an entry of the day changes: its copy goes and the day's revision moves on, so that neither the copy
     * nor totals kept for the day are taken once the change may have begun (see {@link DayTotals}).
     */
    void changing(long userId, ObjectId id, Instant at) {
        days.updateOne(eq("_id", key(userId, at)), combine(unset(copy(id)), inc(REVISION, 1)));
    }

    /**
     * After an entry of the day changed (not its day): the revision moves on again, and the entry as it is now is
     * its copy; with {@code after} null (the entry was gone), only the revision.
     */
    void changed(long userId, Instant at, Entry after) {
        Bson revision = inc(REVISION, 1);
        days.updateOne(eq("_id", key(userId, at)), after == null ? revision
                : combine(set(copy(after.id()), after), revision));
    }

    private static String copy(ObjectId id) {
        return COPIES + "." + id.toHexString();
    }

    /** The day lists of one parent from UTC day {@code first} to {@code last}, by day (days without one left out). */
    Map<LocalDate, Document> read(long userId, LocalDate first, LocalDate last) {
        List<String> keys = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            keys.add(userId + "/" + day);
        }
        Map<LocalDate, Document> found = new HashMap<>();
        for (Document day : reading.find(in("_id", keys))) {
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

    /**
     * The entries these day lists name: their copies, and in one look-up those that have none (each once, however
     * many lists name it; ids whose entry is gone left out).
     */
    List<Entry> entries(Collection<Document> lists) {
        Map<ObjectId, Entry> found = new LinkedHashMap<>();
        List<ObjectId> uncopied = new ArrayList<>();
        for (Document list : lists) {
            Map<ObjectId, Entry> copies = copies(list);
            for (ObjectId id : ids(list)) {
                Entry copy = copies.get(id);
                if (copy != null) {
                    found.putIfAbsent(id, copy);
                } else {
                    uncopied.add(id);
                }
            }
        }
        if (!uncopied.isEmpty()) {
            // An id listed in two days during a move has no copy in at least one: the entry as stored wins.
            for (Entry entry : entries.find(in("_id", uncopied))) {
                found.put(entry.id(), entry);
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Keeps totals in one write: by UTC day, the totals of each local day that starts in it (a day list is created
     * without ids for a UTC day that has none); and drops the copies of the UTC days in {@code settled}, no longer
     * recent (their entries are read from {@code entries} when their totals must be summed again). Neither moves a
     * revision on: what the totals were summed from is unchanged.
     */
    void keep(long userId, Map<LocalDate, Map<LocalDate, Document>> totals, Set<LocalDate> settled) {
        Map<LocalDate, List<Bson>> updates = new HashMap<>();
        totals.forEach((day, locals) -> {
            List<Bson> update = updates.computeIfAbsent(day, utc -> new ArrayList<>());
            update.add(setOnInsert("userId", userId));
            locals.forEach((local, kept) -> update.add(set(TOTALS + "." + local, kept)));
        });
        settled.forEach(day -> updates.computeIfAbsent(day, utc -> new ArrayList<>()).add(unset(COPIES)));
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        updates.forEach((day, update) -> writes.add(new UpdateOneModel<>(eq("_id", userId + "/" + day),
                combine(update), new UpdateOptions().upsert(totals.containsKey(day)))));
        if (!writes.isEmpty()) {
            days.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** The copies a day list (as {@link #read} gives it) holds, decoded from its bytes in one pass. */
    private Map<ObjectId, Entry> copies(Document list) {
        RawBsonDocument copies = list == null ? null : list.get(COPIES, RawBsonDocument.class);
        if (copies == null) {
            return Map.of();
        }
        Map<ObjectId, Entry> found = new HashMap<>();
        try (BsonReader reader = copies.asBsonReader()) {
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                reader.skipName();
                Entry copy = entryCodec.decode(reader, DECODING);
                found.put(copy.id(), copy);
            }
            reader.readEndDocument();
        }
        return found;
    }

    /** Whether the day list (as {@link #read} gives it) holds copies of entries. */
    static boolean hasCopies(Document day) {
        BsonDocument copies = day == null ? null : day.get(COPIES, BsonDocument.class);
        return copies != null && !copies.isEmpty();
    }

    /** The totals kept in a day list (as {@link #read} gives it) for the local day {@code day}, or null. */
    static BsonDocument kept(Document list, LocalDate day) {
        BsonDocument kept = list == null ? null : list.get(TOTALS, BsonDocument.class);
        return kept == null ? null : kept.getDocument(day.toString(), null);
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
        Set<Long> wanted = new HashSet<>(userIds);
        Map<Long, List<Entry>> found = new HashMap<>();
        for (Entry entry : entries(reading.find(in("_id", keys)).into(new ArrayList<>()))) {
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
            add(entry.userId(), entry.id(), entry.at());
        }
        days.updateOne(eq("_id", MIGRATED), setOnInsert("at", Instant.now()), new UpdateOptions().upsert(true));
    }
}
