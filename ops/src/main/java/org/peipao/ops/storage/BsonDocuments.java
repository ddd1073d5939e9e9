package org.peipao.ops.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.Map;

/**
 * The embedded read-model store's documents as H2 MVStore values ({@link StoredDocument}), written as BSON with
 * mongo-java-server's own encoder: the bytes a MongoDB client sends and receives for the same document (a BSON document
 * starts with its length, little-endian). Only {@link ReadModelBackend} uses it.
 */
final class BsonDocuments extends BasicDataType<StoredDocument> {

    static final BsonDocuments TYPE = new BsonDocuments();

    private BsonDocuments() {
    }

    /** Writes the document's bytes, encoded once in its life ({@link StoredDocument#bson}). */
    @Override
    public void write(WriteBuffer buffer, StoredDocument document) {
        buffer.put(document.bson());
    }

    /** Reads the BSON document at the buffer's position and moves past it; it is decoded when a query reads it. */
    @Override
    public StoredDocument read(ByteBuffer buffer) {
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] bson = new byte[length];
        buffer.get(bson);
        return StoredDocument.ofBson(bson);
    }

    /** Reads the BSON document at the buffer's position (it starts with its length) and moves past it. */
    static Document decode(ByteBuffer buffer) {
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    /** An estimate of the document's heap size in bytes, for MVStore's page cache (it samples, not every value). */
    @Override
    public int getMemory(StoredDocument document) {
        return (int) Math.min(Integer.MAX_VALUE, document.memory());
    }

    @Override
    public StoredDocument[] createStorage(int size) {
        return new StoredDocument[size];
    }

    /** An estimate of the heap size in bytes of a BSON value as mongo-java-server holds it. */
    static long memoryOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            long bytes = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 40 + memoryOf(entry.getKey()) + memoryOf(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> values) {
            long bytes = 40;
            for (Object item : values) {
                bytes += 8 + memoryOf(item);
            }
            return bytes;
        }
        if (value instanceof CharSequence text) {
            return 48 + text.length();
        }
        return 24;
    }
}
