package org.relactation.bot.text;

import java.util.Arrays;

/**
 * The number of typos between two words: insertions, deletions, substitutions and swaps of two neighbouring
 * letters, each counted once (the "optimal string alignment" distance, which is what Lucene's Levenshtein automata
 * with transpositions accept), on code points.
 */
public final class TypoDistance {
    private TypoDistance() {
    }

    /** True when {@code a} and {@code b} are at most {@code max} typos apart. */
    public static boolean within(int[] a, int[] b, int max) {
        if (Math.abs(a.length - b.length) > max) {
            return false;
        }
        int[] twoBack = new int[b.length + 1];
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowBest = Math.min(rowBest, value);
            }
            if (rowBest > max) {
                return false;
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length] <= max;
    }

    /** True when {@code a} is {@code b} with exactly two neighbouring letters swapped ("mni" and "min"). */
    public static boolean swapped(int[] a, int[] b) {
        if (a.length != b.length) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                if (first >= 0) {
                    return i == first + 1 && a[first] == b[i] && a[i] == b[first]
                            && Arrays.equals(a, i + 1, a.length, b, i + 1, b.length);
                }
                first = i;
            }
        }
        return false;
    }
}
