package org.peipao.query.dashboard;

import java.util.Map;
import java.util.NavigableMap;

/** Percentiles of a histogram (value → how often), by the nearest-rank method. */
final class Percentiles {

    private Percentiles() {
    }

    /** The smallest value with at least {@code percent}% of all observations at or below it; {@code null} if none. */
    static Long nearestRank(NavigableMap<Long, Long> histogram, int percent) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(percent / 100.0 * total);
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey();
            }
        }
        return histogram.lastKey();
    }
}
