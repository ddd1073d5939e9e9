package org.peipao.query.dashboard;

import org.bson.Document;
import org.bson.types.Binary;

import java.util.BitSet;
import java.util.List;
import java.util.OptionalLong;

/**
 * Which {@linkplain Checkpoints checkpoints} of a dashboard document have its state kept as a {@link PastVersion}: a
 * bit set stored as bytes in the document's {@value #FIELD} field ({@link BitSet#toByteArray}: bit {@code k} is
 * checkpoint {@code k}), {@code null} while none is kept. One bit per checkpoint of the store's history: 250 bytes at a
 * million events with a checkpoint every 500 positions. Documents of the dashboard's first layout listed the
 * checkpoints as numbers in {@value #LEGACY_FIELD} (about 13 bytes each), so that every write of a busy document grew
 * with the store (issue 14's "cost per event flat as the store grows"); they are still read here until the dashboard is
 * replayed ({@link Checkpoints#LAYOUT}).
 */
final class KeptCheckpoints {

    static final String FIELD = "kept";
    static final String LEGACY_FIELD = "checkpoints";

    private KeptCheckpoints() {
    }

    /** {@code kept} with {@code checkpoint} added; a new array, {@code kept} (which may be {@code null}) unchanged. */
    static byte[] with(byte[] kept, long checkpoint) {
        BitSet bits = kept == null ? new BitSet() : BitSet.valueOf(kept);
        bits.set(Math.toIntExact(checkpoint));
        return bits.toByteArray();
    }

    /** The latest kept checkpoint at or before {@code checkpoint}, if any. */
    static OptionalLong latestAtOrBefore(byte[] kept, long checkpoint) {
        if (kept == null || checkpoint < 0) {
            return OptionalLong.empty();
        }
        int found = BitSet.valueOf(kept).previousSetBit((int) Math.min(checkpoint, Integer.MAX_VALUE));
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /**
     * The kept checkpoints of a stored document, as this class keeps them: from {@value #FIELD} (binary, as stored,
     * or a byte array, as written) or, in a document of the first layout, from its list {@value #LEGACY_FIELD}.
     */
    static byte[] of(Document stored) {
        Object value = stored.get(FIELD);
        if (value instanceof Binary binary) {
            return binary.getData();
        }
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        byte[] kept = null;
        if (stored.get(LEGACY_FIELD) instanceof List<?> listed) {
            for (Object checkpoint : listed) {
                kept = with(kept, ((Number) checkpoint).longValue());
            }
        }
        return kept;
    }
}
