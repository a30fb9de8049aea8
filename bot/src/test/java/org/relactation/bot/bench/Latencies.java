package org.relactation.bot.bench;

import java.util.Arrays;

/** Nanosecond samples and their percentiles. */
final class Latencies {
    private long[] samples = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    /** The nearest-rank percentile, in milliseconds. */
    double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    /** The largest sample, in milliseconds. */
    double maxMillis() {
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, samples[i]);
        }
        return size == 0 ? Double.NaN : max / 1e6;
    }

    static String millis(double value) {
        return value < 10 ? String.format("%.2f ms", value) : String.format("%.0f ms", value);
    }
}
