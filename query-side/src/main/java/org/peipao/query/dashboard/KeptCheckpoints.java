package org.peipao.query.dashboard;

import org.bson.Document;
import org.bson.types.Binary;

import java.nio.ByteBuffer;
import java.util.BitSet;
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
        int added = Math.toIntExact(checkpoint);
        int base = kept == null ? added : Math.min(base(kept), added);
        BitSet bits = kept == null ? new BitSet() : rebased(kept, base);
        bits.set(added - base);
        return encode(base, bits);
    }

    /** The latest kept checkpoint at or before {@code checkpoint}, if any. */
    static OptionalLong latestAtOrBefore(byte[] kept, long checkpoint) {
        if (kept == null || checkpoint < base(kept)) {
            return OptionalLong.empty();
        }
        int base = base(kept);
        int found = BitSet.valueOf(ByteBuffer.wrap(kept, HEADER, kept.length - HEADER))
                .previousSetBit((int) Math.min(checkpoint - base, Integer.MAX_VALUE));
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(base + (long) found);
    }

    /** Every kept checkpoint, in ascending order (none for {@code null}). */
    static List<Long> all(byte[] kept) {
        if (kept == null) {
            return List.of();
        }
        int base = base(kept);
        return BitSet.valueOf(ByteBuffer.wrap(kept, HEADER, kept.length - HEADER)).stream()
                .mapToObj(i -> base + (long) i).toList();
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
        if (!(stored.get(LEGACY_FIELD) instanceof List<?> listed) || listed.isEmpty()) {
            return null;
        }
        int base = listed.stream().mapToInt(k -> Math.toIntExact(((Number) k).longValue())).min().orElseThrow();
        BitSet bits = new BitSet();
        listed.forEach(k -> bits.set(Math.toIntExact(((Number) k).longValue()) - base));
        return encode(base, bits);
    }

    private static int base(byte[] kept) {
        return ByteBuffer.wrap(kept).getInt();
    }

    /** The bits of {@code kept}, counted from {@code base} (at or before its own base). */
    private static BitSet rebased(byte[] kept, int base) {
        BitSet stored = BitSet.valueOf(ByteBuffer.wrap(kept, HEADER, kept.length - HEADER));
        int shift = base(kept) - base;
        if (shift == 0) {
            return stored;
        }
        BitSet bits = new BitSet();
        stored.stream().forEach(i -> bits.set(i + shift));
        return bits;
    }

    private static byte[] encode(int base, BitSet bits) {
        byte[] set = bits.toByteArray();
        return ByteBuffer.allocate(HEADER + set.length).putInt(base).put(set).array();
    }
}
