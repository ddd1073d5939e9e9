package org.peipao.query.dashboard;

import org.bson.Document;
import org.bson.types.Binary;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * Which {@linkplain Checkpoints checkpoints} of a dashboard document have its state kept as a {@link PastVersion},
 * stored as bytes in the document's {@value #FIELD} field ({@code null} while none is kept): the first kept checkpoint
 * {@code base} (4 bytes, big-endian), then a bit set ({@link BitSet#toByteArray}) whose bit {@code i} is checkpoint
 * {@code base + i}. One bit per checkpoint from the document's first kept one: at most 254 bytes at a million events
 * with a checkpoint every 500 positions, 5 for a document kept once. Documents of the dashboard's first layout listed
 * the checkpoints as numbers in {@value #LEGACY_FIELD} (about 13 bytes each), so every write of a busy document grew
 * with the store (issue 14's "cost per event flat as the store grows"); they are still read here until the dashboard is
 * replayed ({@link Checkpoints#LAYOUT}).
 */
final class KeptCheckpoints {

    static final String FIELD = "kept";
    static final String LEGACY_FIELD = "checkpoints";
    private static final int HEADER = Integer.BYTES;

    private KeptCheckpoints() {
    }

    /** {@code kept} with {@code checkpoint} added; a new array, {@code kept} (which may be {@code null}) unchanged. */
    static byte[] with(byte[] kept, long checkpoint) {
        if (kept == null || checkpoint < base(kept)) {
            return withAll(kept, List.of(checkpoint));
        }
        BitSet bits = bits(kept); // checkpoints are kept in ascending order: the common case
        bits.set(Math.toIntExact(checkpoint - base(kept)));
        return encode(base(kept), bits);
    }

    /** {@code kept} with every one of {@code added} added; {@code kept} itself when there are none. */
    static byte[] withAll(byte[] kept, Collection<? extends Number> added) {
        if (added.isEmpty()) {
            return kept;
        }
        List<Long> checkpoints = new ArrayList<>(all(kept));
        added.forEach(checkpoint -> checkpoints.add(checkpoint.longValue()));
        int base = Math.toIntExact(Collections.min(checkpoints));
        BitSet bits = new BitSet();
        checkpoints.forEach(checkpoint -> bits.set(Math.toIntExact(checkpoint - base)));
        return encode(base, bits);
    }

    /** The latest kept checkpoint at or before {@code checkpoint}, if any. */
    static OptionalLong latestAtOrBefore(byte[] kept, long checkpoint) {
        if (kept == null || checkpoint < base(kept)) {
            return OptionalLong.empty();
        }
        int found = bits(kept).previousSetBit((int) Math.min(checkpoint - base(kept), Integer.MAX_VALUE));
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(base(kept) + (long) found);
    }

    /** Every kept checkpoint, in ascending order (none for {@code null}). */
    static List<Long> all(byte[] kept) {
        return kept == null ? List.of() : bits(kept).stream().mapToObj(i -> base(kept) + (long) i).toList();
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
        return stored.get(LEGACY_FIELD) instanceof List<?> listed
                ? withAll(null, listed.stream().map(Number.class::cast).toList()) : null;
    }

    private static int base(byte[] kept) {
        return ByteBuffer.wrap(kept).getInt();
    }

    /** The bits after the base: bit {@code i} is checkpoint {@code base + i}. */
    private static BitSet bits(byte[] kept) {
        return BitSet.valueOf(ByteBuffer.wrap(kept, HEADER, kept.length - HEADER));
    }

    private static byte[] encode(int base, BitSet bits) {
        byte[] set = bits.toByteArray();
        return ByteBuffer.allocate(HEADER + set.length).putInt(base).put(set).array();
    }
}
