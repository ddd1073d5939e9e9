package org.peipao.ops.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys of the embedded read-model store's unique indexes ({@link KeyValues}): ordered as the library's comparator
 * orders their values, written as BSON, and read from files written before, as well as from those written now.
 */
class KeyValuesTest {

    @TempDir
    Path directory;

    @Test
    void ordersKeysByTheirValuesInTurn() {
        KeyValues type = KeyValues.TYPE;
        assertThat(type.compare(new KeyValue("a", 2), new KeyValue("a", 10))).isNegative();
        assertThat(type.compare(new KeyValue("b"), new KeyValue("a", 10))).isPositive();
        assertThat(type.compare(new KeyValue(1), new KeyValue(1L))).isZero();
        assertThat(type.compare(new KeyValue("a"), new KeyValue("a", 1))).isNegative();
        assertThat(type.compare(new KeyValue(List.of(1, 2)), new KeyValue(List.of(1, 3)))).isNegative();
        // strings are compared without the library's comparator, and in its order: ids with district names, symbols,
        // letters outside the basic plane, beside numbers and nulls
        Comparator<Object> library = ValueComparator.ascWithoutListHandling();
        Random random = new Random(7);
        String alphabet = "aZ09|*-_.巴南区渝北\uD83D\uDE00\u00E9 ";
        for (int i = 0; i < 5_000; i++) {
            Object a = randomKeyPart(random, alphabet);
            Object b = randomKeyPart(random, alphabet);
            assertThat(Integer.signum(type.compare(new KeyValue(a, "x"), new KeyValue(b, "x"))))
                    .as("%s vs %s", a, b).isEqualTo(Integer.signum(library.compare(a, b)));
        }
    }

    @Test
    void writesIndexKeysAsBsonAndReadsTheJavaSerialisedKeysOfEarlierFiles() {
        List<KeyValue> keys = List.of(new KeyValue("cell|AI|*|2026-11-30"), new KeyValue(42.0),
                new KeyValue(Long.MAX_VALUE - 1), new KeyValue(new de.bwaldvogel.mongo.bson.Document("a", 1.0)),
                new KeyValue(new Object[] {List.of("x", 2.0)}), new KeyValue(Instant.parse("2026-11-30T00:00:00Z")),
                new KeyValue(new de.bwaldvogel.mongo.bson.ObjectId("65f0c0ffee0000000000abcd")), new KeyValue("a", null, true));
        for (KeyValue key : keys) {
            WriteBuffer written = new WriteBuffer();
            KeyValues.TYPE.write(written, key);
            ByteBuffer bytes = written.getBuffer().flip();
            assertThat(bytes.get(0)).as("%s written as BSON", key).isEqualTo(KeyValues.BSON_KEY);
            assertThat(KeyValues.TYPE.read(bytes)).isEqualTo(key);
            assertThat(bytes.hasRemaining()).isFalse();
        }
        Path file = directory.resolve("keys.mv");
        // the earlier version: this order, keys written by MVStore's ObjectDataType (Java serialisation)
        ObjectDataType earlierType = new ObjectDataType() {
            @Override
            public int compare(Object a, Object b) {
                return KeyValues.TYPE.compare(a, b);
            }
        };
        MVStore earlier = MVStore.open(file.toString());
        MVMap<Object, Object> javaSerialised = earlier.openMap("earlier",
                new MVMap.Builder<Object, Object>().keyType(earlierType));
        keys.forEach(key -> javaSerialised.put(key, "earlier"));
        earlier.close();

        MVStore store = MVStore.open(file.toString());
        MVMap<KeyValue, Object> bson = keys(store, "bson");
        keys.forEach(key -> bson.put(key, "bson"));
        store.close();

        MVStore again = MVStore.open(file.toString());
        MVMap<KeyValue, Object> earlierKeys = keys(again, "earlier");
        MVMap<KeyValue, Object> bsonKeys = keys(again, "bson");
        for (KeyValue key : keys) {
            assertThat(earlierKeys.get(key)).as("Java-serialised %s", key).isEqualTo("earlier");
            assertThat(bsonKeys.get(key)).as("BSON %s", key).isEqualTo("bson");
        }
        assertThat(new ArrayList<>(bsonKeys.keySet())).isEqualTo(new ArrayList<>(earlierKeys.keySet()));
        again.close();
    }

    @Test
    void indexPagesHoldManyKeys() {
        MVStore store = MVStore.open(directory.resolve("pages.mv").toString());
        MVMap<KeyValue, Object> index = keys(store, "index");
        IntStream.range(0, 5_000).forEach(i -> index.put(new KeyValue("cell|AI|*|*|*|D2026-11-" + i), "cell" + i));
        store.commit();
        int depth = 1;
        for (org.h2.mvstore.Page<KeyValue, Object> page = index.getRootPage(); !page.isLeaf(); page = page.getChildPage(0)) {
            depth++;
        }
        // 5,000 keys at up to 48 per page: 3 levels; one key per leaf (a 10,000-byte estimate per key) would make ~12
        assertThat(depth).isLessThanOrEqualTo(3);
        assertThat(KeyValues.TYPE.getMemory(new KeyValue("cell|AI|*|*|*|D2026-11-30"))).isLessThan(500);
        store.close();
    }


    private static Object randomKeyPart(Random random, String alphabet) {
        return switch (random.nextInt(8)) {
            case 0 -> random.nextInt(3);
            case 1 -> null;
            default -> {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(6); n > 0; n--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                yield text.toString();
            }
        };
    }


    /** The map {@code name} of {@code store} with index keys as {@link ReadModelBackend} keeps them. */
    private static MVMap<KeyValue, Object> keys(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(KeyValues.TYPE));
    }
}
