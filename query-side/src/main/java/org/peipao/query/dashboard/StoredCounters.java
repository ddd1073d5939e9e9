package org.peipao.query.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;

/**
 * The stored form of a {@link CellTotals}' counters ({@link Counters}): one ASCII string, a line per counter in the
 * order they were first counted, each line the counter's name, {@code =} and its value in decimal, for example
 * <code>"landings:count=2\nlandings:byDistrict:&#92;u5df4&#92;u5357&#92;u533a:fen=125000000"</code> (district 巴南区).
 * A name may contain {@code =} (the value is what follows the last one); inside a name a backslash is written
 * {@code \\}, a line break {@code \n}, and any character outside ASCII <code>&#92;u</code> and its UTF-16 code unit in
 * four hexadecimal digits.
 * <p>
 * Why ASCII: the MongoDB driver writes a string's ASCII prefix in one pass, and every character after the first other
 * one a byte at a time (its {@code ByteBufferBsonOutput.writeOnBuffers}); a JFR profile of the server building the
 * benchmark's data set (2026-12-02) put 40% of the dashboard processor's samples there, in the counters of cells that
 * name a district. An ASCII string also takes half the heap of one with other characters (Java keeps it in Latin-1).
 * Dashboard layout 3 ({@link Checkpoints#LAYOUT}) wrote names as they are; its strings read the same.
 * <p>
 * Dashboard layouts 1 and 2 ({@link Checkpoints#LAYOUT}) stored the counters as two arrays, names and values: 40–60 BSON
 * elements per document, with an index key each, which the embedded store decoded and encoded again on every write of
 * a rebuild (the profile of issue 14). One string is one element. Documents of that layout are still read
 * ({@link #ofLists}) until the dashboard is replayed.
 */
final class StoredCounters {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StoredCounters() {
    }

    /** The stored form of {@code counters} (name to value, in their order); {@code null} when there are none. */
    static String write(Map<String, Long> counters) {
        if (counters.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(counters.size() * 32);
        counters.forEach((name, value) -> {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            appendEscaped(text, name);
            text.append('=').append(value.longValue());
        });
        return text.toString();
    }

    /**
     * Calls {@code action} with each counter's name and value in the stored form {@code text} ({@code null}: none).
     *
     * @throws IllegalArgumentException when a line has no {@code =} or no decimal value after its last one
     */
    static void forEach(String text, ObjLongConsumer<String> action) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int equals = text.lastIndexOf('=', end - 1);
            if (equals < start) {
                throw new IllegalArgumentException("a stored counter without '=': " + text.substring(start, end));
            }
            action.accept(unescape(text, start, equals), Long.parseLong(text, equals + 1, end, 10));
            start = end + 1;
        }
    }

    /**
     * The stored form of counters that dashboard layouts 1 and 2 kept as two lists, names and values at the same index;
     * {@code null} when there are none.
     *
     * @throws IllegalArgumentException when the lists differ in length
     */
    static String ofLists(List<?> names, List<?> values) {
        if (names.size() != values.size()) {
            throw new IllegalArgumentException(names.size() + " counter names but " + values.size() + " values");
        }
        Map<String, Long> counters = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            counters.put((String) names.get(i), ((Number) values.get(i)).longValue());
        }
        return write(counters);
    }

    private static void appendEscaped(StringBuilder text, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\') {
                text.append("\\\\");
            } else if (c == '\n') {
                text.append("\\n");
            } else if (c >= 0x80) {
                text.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                        .append(HEX[c & 0xf]);
            } else {
                text.append(c);
            }
        }
    }

    private static String unescape(String text, int from, int to) {
        int backslash = from;
        while (backslash < to && text.charAt(backslash) != '\\') {
            backslash++;
        }
        if (backslash == to) {
            return text.substring(from, to);
        }
        StringBuilder name = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == to) {
                name.append(c);
            } else if (text.charAt(++i) == 'n') {
                name.append('\n');
            } else if (text.charAt(i) == 'u' && i + 4 < to) {
                name.append((char) Integer.parseInt(text, i + 1, i + 5, 16));
                i += 4;
            } else {
                name.append(text.charAt(i));
            }
        }
        return name.toString();
    }
}
