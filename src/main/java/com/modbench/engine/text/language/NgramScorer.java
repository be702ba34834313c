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

    /**
     * Per candidate: the costs summed over the scored lengths, over trigrams alone (when scored) and how many of the
     * text's distinct letters the language knows (when unigrams are scored).
     */
    record Sums(long[] costs, long[] trigramCosts, int[] knownLetters, boolean perLetter) {

        /** Scores over all scored lengths: a log-probability, higher is better; 0 for a language knowing nothing. */
        double[] scores() {
            double[] scores = new double[costs.length];
            for (int c = 0; c < scores.length; c++) {
                scores[c] = -costs[c] / 1000.0;
                if (perLetter && knownLetters[c] > 0) {
                    scores[c] /= knownLetters[c];
                }
            }
            return scores;
        }

        double[] trigramScores() {
            double[] scores = new double[trigramCosts.length];
            for (int c = 0; c < scores.length; c++) {
                scores[c] = -trigramCosts[c] / 1000.0;
            }
            return scores;
        }

        /** The index of the best candidate over all scored lengths, or -1 when none knows the text. */
        int best() {
            double[] scores = scores();
            int best = -1;
            for (int c = 0; c < scores.length; c++) {
                if (scores[c] != 0 && (best < 0 || scores[c] > scores[best])) {
                    best = c;
                }
            }
            return best;
        }
    }

    private NgramScorer() {
    }

    /**
     * Sums over n-gram lengths {@code minOrder..maxOrder} of {@code text}, whose windows reach {@code maxOrder}.
     *
     * <p>At a position, the vector of each language's longest-known-prefix cost changes from one length to the next
     * only for the languages in the longer window's row. So instead of adding the whole vector for every length
     * whose window first occurs there, each change is added once, weighted by how many of those lengths it lasts
     * into: the work is the rows' entries, not lengths × candidates.
     */
    static Sums sums(NgramIndex index, TextWindows text, int[] candidates, int minOrder, int maxOrder) {
        int count = candidates.length;
        // languages that are not candidates write to the spare last slot, which is never read
        int[] slotOf = new int[NgramIndex.MAX_LANGUAGES + 1];
        Arrays.fill(slotOf, count);
        for (int c = 0; c < count; c++) {
            slotOf[candidates[c]] = c;
        }
        long[] costs = new long[count + 1];
        long[] trigramCosts = new long[count + 1];
        int[] knownLetters = new int[count + 1];
        boolean[][] first = new boolean[maxOrder + 1][];
        for (int order = minOrder; order <= maxOrder; order++) {
            first[order] = text.firstOccurrences(order);
        }
        int[] rows = findRows(index, text, first, minOrder, maxOrder);
        int[] longest = new int[count + 1];
        int[] setAt = new int[count + 1];
        int[] lasting = new int[maxOrder + 2];
        for (int i = 0; i < text.length(); i++) {
            int last = lastOrder(first, i, minOrder, maxOrder);
            if (last < minOrder) {
                continue;
            }
            lasting[last + 1] = 0;
            for (int order = last; order >= 1; order--) {
                lasting[order] = lasting[order + 1] + (order >= minOrder && first[order][i] ? 1 : 0);
            }
            int trigramWeight = minOrder <= 3 && 3 <= last && first[3][i] ? 1 : 0;
            for (int order = 1; order <= last; order++) {
                int reference = rows[i * maxOrder + order - 1];
                if (reference == NgramIndex.ABSENT) {
                    break;
                }
                for (int k = 0; ; k++) {
                    int entry = index.entry(order, reference, k);
                    int c = slotOf[NgramIndex.language(entry)];
                    int before = setAt[c] == i + 1 ? longest[c] : 0;
                    int cost = NgramIndex.cost(entry);
                    setAt[c] = i + 1;
                    longest[c] = cost;
                    costs[c] += (long) (cost - before) * lasting[order];
                    if (order <= 3) {
                        trigramCosts[c] += (long) (cost - before) * trigramWeight;
                    }
                    if (order == 1 && minOrder == 1 && first[1][i]) {
                        knownLetters[c]++;
                    }
                    if (NgramIndex.isLast(entry)) {
                        break;
                    }
                }
            }
        }
        return new Sums(Arrays.copyOf(costs, count), Arrays.copyOf(trigramCosts, count),
                Arrays.copyOf(knownLetters, count), minOrder == 1);
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
