package org.peipao.ops.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of the embedded read-model store's unique indexes ({@link ReadModelBackend}): ordered by their values in
 * turn as mongo-java-server's {@link ValueComparator} orders BSON values, without list handling; written as BSON.
 * <p>
 * <b>Order.</b> A total order for the keys the read models index: strings, ObjectIds, whole numbers within a long,
 * dates, booleans, and null; two of those are one key when MongoDB holds them equal ({@code 1} and {@code 1L}). It
 * is not one for keys holding regular expressions (the comparator refuses them), arrays inside embedded documents
 * (compared by their smallest element), or fractions beside whole numbers past the int range (compared as longs): an
 * index on such values needs an order of its own before it may use this store.
 * <p>
 * <b>Bytes.</b> A key is written as the tag {@value #BSON_KEY} and a BSON document holding its values under
 * {@code "0"}, {@code "1"}, ... (the values the library stores are normalised BSON values). Any other value, and a key
 * BSON cannot hold, is written as MVStore's {@link ObjectDataType} writes it, whose tags are all below
 * {@value #BSON_KEY}: so keys of files written before (which that type Java-serialised, the benchmark's profile found
 * its serialisation behind a tenth of the store's CPU) are still read.
 */
final class KeyValues extends ObjectDataType {

    static final KeyValues TYPE = new KeyValues();
    /** The tag of a key written as BSON; {@link ObjectDataType}'s own tags end at 119. */
    static final byte BSON_KEY = 127;
    private static final Comparator<Object> VALUES = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                // two strings, as most keys are: the comparator's own answer for them, without its type checks
                int order = x.get(i) instanceof String p && y.get(i) instanceof String q ? p.compareTo(q)
                        : VALUES.compare(x.get(i), y.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        return super.compare(a, b);
    }

    /**
     * An estimate of a key's heap size in bytes, by which MVStore splits pages (at 16 KB) and fills its cache. For a
     * key it does not know, {@link ObjectDataType} answers the running average of the keys it Java-serialised itself,
     * which starts at 10,000 bytes: with none of those, every index page would hold a single key.
     */
    @Override
    public int getMemory(Object key) {
        return key instanceof KeyValue values ? (int) Math.min(Integer.MAX_VALUE, 40 + BsonDocuments.memoryOf(
                values.stream().toList())) : super.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        ByteBuf bson = key instanceof KeyValue values ? encode(values) : null;
        if (bson == null) {
            super.write(buffer, key);
            return;
        }
        try {
            buffer.put(BSON_KEY).put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_KEY) {
            return super.read(buffer);
        }
        buffer.get();
        return new KeyValue(BsonDocuments.decode(buffer).values());
    }

    /** The key's values as a BSON document, or {@code null} when BSON cannot hold one of them. */
    private static ByteBuf encode(KeyValue values) {
        Map<String, Object> document = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            document.put(Integer.toString(i), values.get(i));
        }
        ByteBuf bson = Unpooled.buffer(64);
        try {
            BsonEncoder.encodeDocument(document, bson);
            return bson;
        } catch (RuntimeException notBson) {
            bson.release();
            return null;
        }
    }
}
