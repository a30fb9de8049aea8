package org.relactation.bot.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * A compact, exact form for the values the embedded database writes most besides documents: index keys (a
 * {@link KeyValue} of plain values) and ids ({@link ObjectId}). H2's object type writes both with Java
 * serialisation, at every commit, for every key of every changed index page. Each form starts with a tag byte
 * that is not one of H2's (its tags stop at 119), so values written before still read through H2's own type.
 * Types are kept exactly (a long stays a long, an int an int), so keys compare and match as before.
 */
final class CompactValues {
    static final byte KEY_VALUE = 122;
    static final byte OBJECT_ID = 123;

    private static final byte NULL = 0;
    private static final byte LONG = 1;
    private static final byte INT = 2;
    private static final byte DOUBLE = 3;
    private static final byte STRING = 4;
    private static final byte BOOLEAN = 5;
    private static final byte INSTANT = 6;
    private static final byte ID = 7;

    private CompactValues() {
    }

    /** Writes {@code value} in a compact form and returns true, or writes nothing and returns false. */
    static boolean write(WriteBuffer buffer, Object value) {
        if (value instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
            return true;
        }
        if (!(value instanceof KeyValue key) || !allPlain(key)) {
            return false;
        }
        buffer.put(KEY_VALUE).putVarInt(key.size());
        for (Object element : key) {
            switch (element) {
                case null -> buffer.put(NULL);
                case Long number -> buffer.put(LONG).putLong(number);
                case Integer number -> buffer.put(INT).putInt(number);
                case Double number -> buffer.put(DOUBLE).putDouble(number);
                case String text -> buffer.put(STRING).putVarInt(text.length()).putStringData(text, text.length());
                case Boolean flag -> buffer.put(BOOLEAN).put((byte) (flag ? 1 : 0));
                case Instant instant -> buffer.put(INSTANT).putLong(instant.getEpochSecond())
                        .putInt(instant.getNano());
                case ObjectId id -> buffer.put(ID).put(id.toByteArray());
                default -> throw new IllegalStateException("checked by allPlain");
            }
        }
        return true;
    }

    /** Whether the value at the buffer's position was written by {@link #write}. */
    static boolean isCompact(ByteBuffer buffer) {
        byte tag = buffer.get(buffer.position());
        return tag == KEY_VALUE || tag == OBJECT_ID;
    }

    static Object read(ByteBuffer buffer) {
        if (buffer.get() == OBJECT_ID) {
            return readId(buffer);
        }
        Object[] values = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < values.length; i++) {
            byte type = buffer.get();
            values[i] = switch (type) {
                case NULL -> null;
                case LONG -> buffer.getLong();
                case INT -> buffer.getInt();
                case DOUBLE -> buffer.getDouble();
                case STRING -> DataUtils.readString(buffer, DataUtils.readVarInt(buffer));
                case BOOLEAN -> buffer.get() == 1;
                case INSTANT -> Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
                case ID -> readId(buffer);
                default -> throw new IllegalStateException("Unknown compact value type " + type);
            };
        }
        return new KeyValue(values);
    }

    private static ObjectId readId(ByteBuffer buffer) {
        byte[] bytes = new byte[12];
        buffer.get(bytes);
        return new ObjectId(bytes);
    }

    private static boolean allPlain(KeyValue key) {
        for (Object element : key) {
            if (element != null && !(element instanceof Long || element instanceof Integer
                    || element instanceof Double || element instanceof String || element instanceof Boolean
                    || element instanceof Instant || element instanceof ObjectId)) {
                return false;
            }
        }
        return true;
    }
}
