package com.modbench.engine.text.language;

import java.util.Arrays;

/**
 * Scores candidate languages on a cleaned text, Lingua's way: for each n-gram length, every distinct n-gram of the
 * text made only of letters adds the log-probability of itself or, if the language lacks it, of its longest known
 * prefix; a language that knows none of the chain gets nothing for it. Scored over lengths 1–5, the sum is divided
 * by how many of the text's letters the language knows, so languages that merely lack the text's letters gain
 * nothing.
 *
 * <p>One pass serves every length: at each position the costs of the window's prefixes are laid over one another,
 * shortest first, so each candidate holds the cost of its longest known prefix, and that vector is added to the
 * sums of every length whose window first occurs there. Each row of the index is read once per position instead of
 * once per length and back-off step.
 */
final class NgramScorer {

    /** Per candidate: summed costs per n-gram length ({@code costs[order][c]}) and letters known. */
    record Sums(long[][] costs, int[] knownLetters) {

        /**
         * Scores for lengths {@code minOrder..maxOrder} (a log-probability, higher is better; 0 for a candidate
         * that knows none of the text); per known letter when the lengths start at 1.
         */
        double[] scores(int minOrder, int maxOrder) {
            double[] scores = new double[knownLetters.length];
            for (int c = 0; c < scores.length; c++) {
                long cost = 0;
                for (int order = minOrder; order <= maxOrder; order++) {
                    cost += costs[order][c];
                }
                scores[c] = -cost / 1000.0;
                if (minOrder == 1 && knownLetters[c] > 0) {
                    scores[c] /= knownLetters[c];
                }
            }
            return scores;
        }

        /** The index of the best candidate for the lengths, or -1 when none knows the text. */
        int best(int minOrder, int maxOrder) {
            return NgramScorer.best(scores(minOrder, maxOrder));
        }
    }

    private NgramScorer() {
    }

    /** The highest non-zero score's index, or -1. */
    static int best(double[] scores) {
        int best = -1;
        for (int c = 0; c < scores.length; c++) {
            if (scores[c] != 0 && (best < 0 || scores[c] > scores[best])) {
                best = c;
            }
        }
        return best;
    }

    /** Sums for n-gram lengths {@code minOrder..maxOrder} of {@code text}, whose windows reach {@code maxOrder}. */
    static Sums sums(NgramIndex index, TextWindows text, int[] candidates, int minOrder, int maxOrder) {
        int count = candidates.length;
        // languages that are not candidates write to the spare last slot, which is never read
        int[] slotOf = new int[NgramIndex.MAX_LANGUAGES + 1];
        Arrays.fill(slotOf, count);
        for (int c = 0; c < count; c++) {
            slotOf[candidates[c]] = c;
        }
        long[][] costs = new long[maxOrder + 1][count];
        int[] knownLetters = new int[count];
        boolean[][] first = new boolean[maxOrder + 1][];
        for (int order = minOrder; order <= maxOrder; order++) {
            first[order] = text.firstOccurrences(order);
        }
        int[] rows = findRows(index, text, first, minOrder, maxOrder);
        int[] longest = new int[count + 1];
        for (int i = 0; i < text.length(); i++) {
            int last = lastOrder(first, i, minOrder, maxOrder);
            if (last < minOrder) {
                continue;
            }
            Arrays.fill(longest, 0);
            for (int order = 1; order <= last; order++) {
                index.layOver(order, rows[i * maxOrder + order - 1], slotOf, longest);
                if (order >= minOrder && first[order][i]) {
                    long[] sum = costs[order];
                    for (int c = 0; c < count; c++) {
                        sum[c] += longest[c];
                    }
                    if (order == 1) {
                        for (int c = 0; c < count; c++) {
                            knownLetters[c] += longest[c] > 0 ? 1 : 0;
                        }
                    }
                }
            }
        }
        return new Sums(costs, knownLetters);
    }

    /** The longest length whose window first occurs at {@code i}, or less than {@code minOrder} for none. */
    private static int lastOrder(boolean[][] first, int i, int minOrder, int maxOrder) {
        int last = maxOrder;
        while (last >= minOrder && !first[last][i]) {
            last--;
        }
        return last;
    }

    /**
     * Every row the scoring will read ({@code rows[i * maxOrder + order - 1]}), looked up in one tight loop before any
     * is read: the lookups are independent, so the processor overlaps their cache misses, which dominate the time.
     * A window no language knows ends the chain: every language that knows an n-gram knows its prefix (true of all
     * 16 million n-grams of Lingua's models; {@code LanguageDetectorTest} checks samples of it).
     */
    private static int[] findRows(NgramIndex index, TextWindows text, boolean[][] first, int minOrder, int maxOrder) {
        int[] rows = new int[text.length() * maxOrder];
        Arrays.fill(rows, NgramIndex.ABSENT);
        for (int i = 0; i < text.length(); i++) {
            int last = lastOrder(first, i, minOrder, maxOrder);
            for (int order = 1; order <= last; order++) {
                int row = index.find(order, text.fingerprint(i, order));
                if (row == NgramIndex.ABSENT) {
                    break;
                }
                rows[i * maxOrder + order - 1] = row;
            }
        }
        return rows;
    }
}
