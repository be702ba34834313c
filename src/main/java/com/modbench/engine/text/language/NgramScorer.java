package com.modbench.engine.text.language;

import java.util.Arrays;
import java.util.List;

/**
 * Scores candidate languages on a cleaned text, Lingua's way: for each n-gram length, every distinct n-gram of the
 * text made only of letters adds the log-probability of itself or, if the language lacks it, of its longest known
 * prefix; a language that knows none of the chain gets nothing for it. With lengths 1–5 the sum is divided by how
 * many of the text's letters the language knows, so languages that merely lack the text's letters gain nothing.
 */
final class NgramScorer {

    private NgramScorer() {
    }

    /** The best-scoring candidate for n-gram lengths {@code minOrder..maxOrder}, or null when none knows the text. */
    static NgramModel best(String text, List<NgramModel> candidates, int minOrder, int maxOrder) {
        double[] scores = scores(text, candidates, minOrder, maxOrder);
        int best = -1;
        for (int c = 0; c < scores.length; c++) {
            if (scores[c] != 0 && (best < 0 || scores[c] > scores[best])) {
                best = c;
            }
        }
        return best < 0 ? null : candidates.get(best);
    }

    /** Each candidate's score (a log-probability, higher is better); 0 for a candidate that knows none of it. */
    static double[] scores(String text, List<NgramModel> candidates, int minOrder, int maxOrder) {
        long[] costs = new long[candidates.size()];
        int[] knownLetters = new int[candidates.size()];
        for (int order = minOrder; order <= maxOrder; order++) {
            int[][] chains = distinctChains(text, order);
            for (int c = 0; c < candidates.size(); c++) {
                NgramModel model = candidates.get(c);
                for (int[] chain : chains) {
                    for (int k = order; k >= 1; k--) {
                        int cost = model.cost(k, chain[k - 1]);
                        if (cost != NgramTable.ABSENT) {
                            costs[c] += Math.max(cost, 1);
                            if (order == 1) {
                                knownLetters[c]++;
                            }
                            break;
                        }
                    }
                }
            }
        }
        double[] scores = new double[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            scores[c] = -costs[c] / 1000.0;
            if (minOrder == 1 && knownLetters[c] > 0) {
                scores[c] /= knownLetters[c];
            }
        }
        return scores;
    }

    /**
     * For each distinct all-letter window of length {@code order}: the fingerprints of its prefixes of length
     * 1..order ({@code chain[k-1]} is the prefix of length k).
     */
    static int[][] distinctChains(String text, int order) {
        int[][] chains = new int[Math.max(0, text.length() - order + 1)][];
        int n = 0;
        long[] seen = new long[Integer.highestOneBit(Math.max(1, chains.length)) * 4];
        int mask = seen.length - 1;
        outer:
        for (int i = 0; i + order <= text.length(); i++) {
            long hash = NgramTable.SEED;
            int[] chain = new int[order];
            for (int k = 0; k < order; k++) {
                char ch = text.charAt(i + k);
                if (!Character.isLetter(ch)) {
                    continue outer;
                }
                hash = NgramTable.extend(hash, ch);
                chain[k] = NgramTable.fold(hash);
            }
            long key = hash == 0 ? 1 : hash;
            int slot = (int) (key ^ (key >>> 29)) & mask;
            while (seen[slot] != 0) {
                if (seen[slot] == key) {
                    continue outer;
                }
                slot = (slot + 1) & mask;
            }
            seen[slot] = key;
            chains[n++] = chain;
        }
        return Arrays.copyOf(chains, n);
    }
}
