package com.modbench.engine.text.language;

import java.util.Arrays;

/**
 * Scores candidate languages on a cleaned text, Lingua's way: for each n-gram length, every distinct n-gram of the
 * text made only of letters adds the log-probability of itself or, if the language lacks it, of its longest known
 * prefix; a language that knows none of the chain gets nothing for it. Scored over lengths 1–5, the sum is divided
 * by how many of the text's letters the language knows, so languages that merely lack the text's letters gain
 * nothing.
 *
 * <p>One pass serves every length: at each position the window's back-off vector for each length (each language's
 * cost for its longest known prefix) is added to the sums of every length whose window first occurs there. Lengths
 * 3–5 share the trigram's vector (4- and 5-grams only correct it for the few languages that know them), so it is
 * added once, multiplied by how many of them are scored there.
 */
final class NgramScorer {

    /**
     * Per candidate: the costs summed over the scored lengths and how many of the text's distinct letters the
     * language knows (when unigrams are scored); per trigram candidate, the costs of trigrams alone.
     */
    record Sums(int[] costs, int[] trigramCosts, int[] knownLetters, boolean perLetter) {

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
     * Lengths 1–3 come as dense back-off vectors ({@link BackoffTables}); a 4- or 5-gram's row changes the vector
     * only for the few languages that know it, so those are added as corrections to it.
     */
    static Sums sums(LanguageModels models, TextWindows text, int[] candidates, int minOrder, int maxOrder) {
        return sums(models, text, candidates, new int[0], minOrder, maxOrder);
    }

    /**
     * As above, plus trigram sums over {@code trigramCandidates} (which may be more languages than
     * {@code candidates}: a sentence-length text's trigrams are scored over every language of its script).
     */
    static Sums sums(LanguageModels models, TextWindows text, int[] candidates, int[] trigramCandidates,
            int minOrder, int maxOrder) {
        BackoffTables dense = models.dense();
        NgramIndex sparse = models.sparse();
        int words = dense.words();
        // candidates are numbered contiguously (see LanguageModels.number): only their range is summed
        LaneSums costs = new LaneSums(words, min(candidates), max(candidates) + 1);
        LaneSums trigramCosts = new LaneSums(words, min(trigramCandidates), max(trigramCandidates) + 1);
        LongerNgramCorrections longer = new LongerNgramCorrections(sparse, dense.languages());
        boolean[][] first = new boolean[maxOrder + 1][];
        for (int order = minOrder; order <= maxOrder; order++) {
            first[order] = text.firstOccurrences(order);
        }
        int[] rows = findRows(models, text, first, minOrder, maxOrder);
        for (int i = 0; i < text.length(); i++) {
            int last = lastOrder(first, i, minOrder, maxOrder);
            long[] vectors = null;
            int at = 0;
            int trigramVectorTimes = 0;
            for (int order = 1; order <= Math.min(last, BackoffTables.DENSE_ORDERS); order++) {
                int row = rows[i * maxOrder + order - 1];
                if (row != NgramIndex.ABSENT) {
                    vectors = dense.vectors(row >>> SOURCE_SHIFT);
                    at = (row & VECTOR_MASK) * words;
                }
                if (vectors == null || order < minOrder || !first[order][i]) {
                    continue;
                }
                if (order < BackoffTables.DENSE_ORDERS) {
                    costs.add(vectors, at, 1);
                    if (order == 1 && minOrder == 1) {
                        costs.countKnown(vectors, at);
                    }
                } else {
                    trigramVectorTimes++;
                    trigramCosts.add(vectors, at, 1);
                }
            }
            if (last > BackoffTables.DENSE_ORDERS && vectors != null) {
                // lengths 4-5 start from the trigram's vector too: added once below, times the lengths scored
                int fourTimes = (first[4][i] ? 1 : 0) + (last >= 5 ? 1 : 0);
                trigramVectorTimes += fourTimes;
                longer.add(rows[i * maxOrder + 3], last >= 5 ? rows[i * maxOrder + 4] : NgramIndex.ABSENT, fourTimes,
                        vectors, at, i + 1);
            }
            if (trigramVectorTimes > 0) {
                costs.add(vectors, at, trigramVectorTimes);
            }
        }
        int[] candidateCosts = new int[candidates.length];
        int[] knownLetters = new int[candidates.length];
        for (int c = 0; c < candidates.length; c++) {
            candidateCosts[c] = costs.sum(candidates[c]) + longer.of(candidates[c]);
            knownLetters[c] = costs.known(candidates[c]);
        }
        int[] candidateTrigramCosts = new int[trigramCandidates.length];
        for (int c = 0; c < trigramCandidates.length; c++) {
            candidateTrigramCosts[c] = trigramCosts.sum(trigramCandidates[c]);
        }
        return new Sums(candidateCosts, candidateTrigramCosts, knownLetters, minOrder == 1);
    }

    /** The smallest of {@code values}, 0 for none. */
    private static int min(int[] values) {
        int min = values.length == 0 ? 0 : Integer.MAX_VALUE;
        for (int value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    /** The largest of {@code values}, -1 for none. */
    private static int max(int[] values) {
        int max = -1;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    /** The longest length whose window first occurs at {@code i}, or less than {@code minOrder} for none. */
    private static int lastOrder(boolean[][] first, int i, int minOrder, int maxOrder) {
        int last = maxOrder;
        while (last >= minOrder && !first[last][i]) {
            last--;
        }
        return last;
    }

    /** A dense entry of {@link #findRows}: the length whose vector to use above this shift, the vector below. */
    private static final int SOURCE_SHIFT = 28;
    private static final int VECTOR_MASK = (1 << SOURCE_SHIFT) - 1;

    /**
     * Every row the scoring will read ({@code rows[i * maxOrder + order - 1]}), looked up in one tight loop before any
     * is read: the lookups are independent, so the processor overlaps their cache misses, which dominate the time.
     * For lengths 1–3 the entry names the vector that holds the window's back-off costs: its own, or that of its
     * longest prefix some language knows (a window no language knows has no known extension either: every language
     * that knows an n-gram knows its prefix, true of all 16 million n-grams of Lingua's models and sampled by
     * {@code LanguageDetectorTest}). That longest known prefix is found from the top, and shorter lengths are only
     * looked up where their window is scored, so long text, scored on trigrams, mostly needs one lookup per position.
     * Lengths 4–5 are sparse references, looked up while some language knows the window.
     */
    private static int[] findRows(LanguageModels models, TextWindows text, boolean[][] first, int minOrder,
            int maxOrder) {
        int[] rows = new int[text.length() * maxOrder];
        Arrays.fill(rows, NgramIndex.ABSENT);
        BackoffTables dense = models.dense();
        for (int i = 0; i < text.length(); i++) {
            int last = lastOrder(first, i, minOrder, maxOrder);
            if (last < minOrder) {
                continue;
            }
            int top = Math.min(BackoffTables.DENSE_ORDERS, last);
            int known = top;
            int knownRow = NgramIndex.ABSENT;
            while (known >= 1 && (knownRow = dense.find(known, text.fingerprint(i, known))) == NgramIndex.ABSENT) {
                known--;
            }
            if (known == 0) {
                continue;
            }
            for (int order = 1; order <= top; order++) {
                if (order == top || order >= minOrder && first[order][i]) {
                    int source = Math.min(order, known);
                    int row = source == known ? knownRow : dense.find(source, text.fingerprint(i, source));
                    rows[i * maxOrder + order - 1] = source << SOURCE_SHIFT | row;
                }
            }
            for (int order = BackoffTables.DENSE_ORDERS + 1; known == BackoffTables.DENSE_ORDERS && order <= last;
                    order++) {
                int row = models.sparse().find(order, text.fingerprint(i, order));
                if (row == NgramIndex.ABSENT) {
                    break;
                }
                rows[i * maxOrder + order - 1] = row;
            }
        }
        return rows;
    }
}
