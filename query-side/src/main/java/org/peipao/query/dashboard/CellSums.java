package org.peipao.query.dashboard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One cube cell summed over a range of days: {@code flows} over the range (what happened in the period) and
 * {@code stocks} over every day up to its end (what stood at its end); the distinct enterprises served and the
 * companions' credits in the range (all of them, or at least the top {@value Leaders#TOP}).
 */
record CellSums(Map<String, Long> flows, Map<String, Long> stocks, long enterprisesServed, List<Leaders.Line> leaders) {

    static final CellSums NONE = new CellSums(Map.of(), Map.of(), 0, List.of());

    long flow(String key) {
        return flows.getOrDefault(key, 0L);
    }

    long stock(String key) {
        return stocks.getOrDefault(key, 0L);
    }

    /** The flows whose key starts with {@code prefix}, keyed by the rest of the key. */
    Map<String, Long> flowsBy(String prefix) {
        return byPrefix(flows, prefix);
    }

    Map<String, Long> stocksBy(String prefix) {
        return byPrefix(stocks, prefix);
    }

    private static Map<String, Long> byPrefix(Map<String, Long> values, String prefix) {
        Map<String, Long> found = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix) && value != 0) {
                found.put(key.substring(prefix.length()), value);
            }
        });
        return found;
    }
}
