package org.peipao.bench;

import org.HdrHistogram.Histogram;

import java.util.Arrays;

/** Percentiles: of latencies, in a histogram (microseconds, 3 significant digits); of a few samples, nearest rank. */
final class Stats {

    private Stats() {
    }

    static Histogram latencies() {
        return new Histogram(3_600_000_000L, 3);
    }

    static void record(Histogram histogram, long nanos) {
        synchronized (histogram) {
            histogram.recordValue(Math.max(1, Math.min(nanos / 1000, histogram.getHighestTrackableValue())));
        }
    }

    static double millis(Histogram histogram, double percentile) {
        synchronized (histogram) {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    static double meanMillis(Histogram histogram) {
        synchronized (histogram) {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMean() / 1000.0;
        }
    }

    /** Nearest-rank percentile of a few values (0 when there are none). */
    static Double percentile(double[] values, double percentile) {
        if (values.length == 0) {
            return 0.0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
