package org.relactation.bot.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;

/**
 * How the embedded database stores its documents: as BSON (mongo-java-server's own encoder and decoder, the ones
 * that read and write the wire protocol), instead of H2's default Java serialisation, which was a fifth of the
 * reminder run's time at every commit. A stored value starts with a tag byte; {@link #BSON_DOCUMENT} is not one
 * of H2's, so documents written before (Java-serialised) still read, and anything else goes through H2's type.
 * A file written this way cannot be opened by the library's plain backend (an older version of the bot).
 */
final class DocumentValueType extends ObjectDataType {
    /** Unused by H2's object type, whose tags stop at 119. */
    static final byte BSON_DOCUMENT = 121;

    private static final int ENCODING_ATTEMPTS = 10_000;

    /**
     * Estimated heap size of a document, for H2's cache accounting, averaged: about eight times its BSON size (each
     * field a map entry, a key string and a boxed value), so that the page cache really stays near its size.
     */
    private volatile int averageMemory = 1024;

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageMemory : super.getMemory(value);
    }

    /**
     * A document is never changed once H2 holds it ({@link EmbeddedCollection} hands out copies); should one be
     * changed all the same while it is written, the encoding fails on the change and is tried again, and nothing
     * is written to {@code buffer} before an encoding succeeded. A value BSON cannot hold, or a write that keeps
     * failing, is written as the library's backend does (Java serialisation). A write that threw would make H2
     * close the whole store.
     */
    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof Document document) {
            for (int attempt = 0; attempt < ENCODING_ATTEMPTS; attempt++) {
                ByteBuf bson = Unpooled.buffer(512);
                try {
                    BsonEncoder.encodeDocument(document, bson);
                    int length = bson.readableBytes();
                    buffer.put(BSON_DOCUMENT).putVarInt(length).put(bson.nioBuffer());
                    averageMemory = (averageMemory * 15 + length * 8) / 16;
                    return;
                } catch (ConcurrentModificationException | NoSuchElementException
                         | NullPointerException changedMeanwhile) {
                    Thread.onSpinWait();
                } catch (RuntimeException notBson) {
                    break;
                } finally {
                    bson.release();
                }
            }
        }
        super.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_DOCUMENT) {
            return super.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice(buffer.position(), length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }
}
