package com.modbench.engine.text.autocorrect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The best correction for a lower-case misspelt word. Candidates one edit away (delete, insert, substitute,
 * transpose) are checked against the dictionary's word forms in microseconds and ranked by edit cost: a swap of
 * neighbours, a neighbouring key or a doubled letter costs less than other edits, changing the first letter costs
 * more (people rarely get it wrong); then by commonness (SCOWL level), so {@code quck} becomes {@code quick}, not
 * {@code quack}. A word with nothing one edit away is left as written: Lucene's Hunspell suggester, which also finds
 * words further away, took a median 17 ms per such word (up to 280 ms), and under a time limit its answer depended
 * on the machine's load (decision 0046). Results are cached in a bounded map; the cache saves time and never
 * changes an answer.
 */
final class SpellingSuggester {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz'".toCharArray();
    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final int CACHE_SIZE = 10_000;

    private final EnglishDictionary dictionary;
    /** Emptied when full: cheaper under many threads than an LRU behind one lock, and misses only cost time. */
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    SpellingSuggester(EnglishDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The correction, or {@code word} itself when there is none worth making. */
    String best(String word) {
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        String best = bestOneEditAway(word);
        String result = best == null ? word : best;
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(word, result);
        return result;
    }

    /** True if {@link #best} is known (cached) to return {@code word} itself; false if it is not known. */
    boolean knownUnchanged(String word) {
        return word.equals(cache.get(word));
    }

    /** The cheapest dictionary form one edit away, ties to the first in alphabetical order; null if none. */
    private String bestOneEditAway(String word) {
        OneEdit edits = new OneEdit(word);
        char[] w = edits.word;
        int n = w.length;
        for (int i = 0; i < n; i++) {
            double first = i == 0 ? 0.6 : 0;
            boolean doubled = (i > 0 && w[i - 1] == w[i]) || (i + 1 < n && w[i + 1] == w[i]);
            edits.delete(i, (doubled ? 0.6 : 1.0) + first);
            if (i + 1 < n) {
                edits.transpose(i, 0.6 + first);
            }
            for (char c : ALPHABET) {
                if (c != w[i]) {
                    edits.substitute(i, c, (adjacent(c, w[i]) ? 0.7 : 1.0) + first);
                }
            }
        }
        for (int i = 0; i <= n; i++) {
            for (char c : ALPHABET) {
                boolean doubling = (i > 0 && w[i - 1] == c) || (i < n && w[i] == c);
                edits.insert(i, c, (doubling ? 0.6 : 1.0) + (i == 0 ? 0.6 : 0));
            }
        }
        return edits.best;
    }

    /**
     * Spells each candidate into one buffer and looks it up there: only the few that are dictionary forms become
     * strings. A candidate costs its edit plus its commonness.
     */
    private final class OneEdit {

        final char[] word;
        final char[] buffer;
        String best;
        double bestCost = Double.MAX_VALUE;

        OneEdit(String word) {
            this.word = word.toCharArray();
            this.buffer = new char[this.word.length + 1];
        }

        void delete(int i, double cost) {
            System.arraycopy(word, 0, buffer, 0, i);
            System.arraycopy(word, i + 1, buffer, i, word.length - i - 1);
            consider(word.length - 1, cost);
        }

        void transpose(int i, double cost) {
            System.arraycopy(word, 0, buffer, 0, word.length);
            buffer[i] = word[i + 1];
            buffer[i + 1] = word[i];
            consider(word.length, cost);
        }

        void substitute(int i, char c, double cost) {
            System.arraycopy(word, 0, buffer, 0, word.length);
            buffer[i] = c;
            consider(word.length, cost);
        }

        void insert(int i, char c, double cost) {
            System.arraycopy(word, 0, buffer, 0, i);
            buffer[i] = c;
            System.arraycopy(word, i, buffer, i + 1, word.length - i);
            consider(word.length + 1, cost);
        }

        private void consider(int length, double editCost) {
            if (!dictionary.isForm(buffer, length)) {
                return;
            }
            String candidate = new String(buffer, 0, length);
            double cost = editCost + commonnessCost(candidate);
            if (cost < bestCost || (cost == bestCost && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestCost = cost;
            }
        }
    }

    private double commonnessCost(String word) {
        return dictionary.level(word) / 200.0;
    }

    /** Keys next to each other on a QWERTY keyboard (same row or the rows above and below). */
    static boolean adjacent(char a, char b) {
        int[] pa = position(a);
        int[] pb = position(b);
        if (pa == null || pb == null) {
            return false;
        }
        int dr = Math.abs(pa[0] - pb[0]);
        int dc = pb[1] - pa[1];
        return (dr == 0 && Math.abs(dc) == 1) || (dr == 1 && (pa[0] < pb[0] ? dc >= -1 && dc <= 0 : dc >= 0 && dc <= 1));
    }

    private static int[] position(char c) {
        for (int row = 0; row < KEYBOARD.length; row++) {
            int col = KEYBOARD[row].indexOf(c);
            if (col >= 0) {
                return new int[] {row, col};
            }
        }
        return null;
    }
}
