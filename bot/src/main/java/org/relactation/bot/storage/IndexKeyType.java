package org.relactation.bot.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

/**
 * How the embedded database orders the keys of its unique indexes. H2's own object type orders a value it does
 * not know (mongo-java-server's {@link KeyValue}) by Java-serialising both sides on every comparison, a dozen
 * times per index look-up: most of the embedded database's time. Here keys are compared value by value, with the
 * values' own {@code compareTo} for the immutable types index keys hold (numbers, strings, ids, dates), and the
 * serialised order as before for anything else. Two keys compare equal exactly when they did before (same
 * values of the same types), so uniqueness is unchanged. Keys and ids are written in {@link CompactValues}' form
 * (anything else, and everything written before, as H2 writes it).
 */
final class IndexKeyType extends ObjectDataType {
    private static final Set<Class<?>> ORDERED_BY_VALUE = Set.of(String.class, Long.class, Integer.class,
            Short.class, Byte.class, Double.class, Float.class, Boolean.class, Character.class,
            Instant.class, Date.class, UUID.class,
            de.bwaldvogel.mongo.bson.ObjectId.class);

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    /**
     * Heap size estimates for H2's page splits and cache: its own guess for an object it cannot see into is 10 KB
     * until it has serialised a few, which it no longer does for these.
     */
    @Override
    public int getMemory(Object value) {
        if (value instanceof KeyValue key) {
            return 48 + 40 * key.size();
        }
        return value instanceof de.bwaldvogel.mongo.bson.ObjectId ? 40 : super.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!CompactValues.write(buffer, value)) {
            super.write(buffer, value);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return CompactValues.isCompact(buffer) ? CompactValues.read(buffer) : super.read(buffer);
    }

    private int compareKeys(KeyValue left, KeyValue right) {
        int shared = Math.min(left.size(), right.size());
        for (int i = 0; i < shared; i++) {
            int order = compareValues(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        Class<?> type = a.getClass();
        if (type != b.getClass()) {
            return type.getName().compareTo(b.getClass().getName());
        }
        if (ORDERED_BY_VALUE.contains(type)) {
            return ((Comparable) a).compareTo(b);
        }
        return super.compare(a, b);
    }
}
