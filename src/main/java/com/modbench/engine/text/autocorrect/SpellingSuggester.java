package com.modbench.engine.text.autocorrect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The best correction for a lower-case misspelt word: for a word with a letter held down, the squeezed spelling
 * ({@link Elongations}, decision 0097); else the cheapest dictionary form one edit away (delete, insert, substitute,
 * swap of neighbours); failing that, for a word without held-down letters, a common word two edits away
 * ({@link TwoEditSearch}). A correction costs its edits as {@link EditCosts} prices them plus its commonness (SCOWL
 * level), so {@code quck} becomes {@code quick}, not {@code quack}; ties go to the first in alphabetical order.
 * One-edit candidates are checked against the dictionary's word forms, two-edit ones looked up in a precomputed
 * symmetric-delete index, both in microseconds (decisions 0046, 0090). Results are cached in a bounded map; the cache
 * saves time and never changes an answer.
 */
final class SpellingSuggester {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz'".toCharArray();
    private static final int CACHE_SIZE = 10_000;

    private final EnglishDictionary dictionary;
    private final Elongations elongations;
    private final TwoEditSearch twoEdits;
    /** Emptied when full: cheaper under many threads than an LRU behind one lock, and misses only cost time. */
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    SpellingSuggester(EnglishDictionary dictionary) {
        this.dictionary = dictionary;
        this.elongations = new Elongations(dictionary);
        this.twoEdits = new TwoEditSearch(dictionary, dictionary.twoEditIndex());
    }

    /** The correction, or {@code word} itself when there is none worth making. */
    String best(String word) {
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        boolean elongated = Elongations.elongated(word);
        // held-down letters first: "sooo" is "so", though "solo" is one edit away
        String best = elongated ? elongations.best(word) : null;
        if (best == null) {
            best = bestOneEditAway(word);
        }
        if (best == null && !elongated) {
            best = twoEdits.best(word);
        }
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
            edits.delete(i, EditCosts.delete(w, n, i));
            if (i + 1 < n) {
                edits.transpose(i, EditCosts.transpose(i));
            }
            for (char c : ALPHABET) {
                if (c != w[i]) {
                    edits.substitute(i, c, EditCosts.substitute(w, i, c));
                }
            }
        }
        for (int i = 0; i <= n; i++) {
            for (char c : ALPHABET) {
                edits.insert(i, c, EditCosts.insert(w, n, i, c));
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
        int bestCost = Integer.MAX_VALUE;

        OneEdit(String word) {
            this.word = word.toCharArray();
            this.buffer = new char[this.word.length + 1];
        }

        void delete(int i, int tenths) {
            System.arraycopy(word, 0, buffer, 0, i);
            System.arraycopy(word, i + 1, buffer, i, word.length - i - 1);
            consider(word.length - 1, tenths);
        }

        void transpose(int i, int tenths) {
            System.arraycopy(word, 0, buffer, 0, word.length);
            buffer[i] = word[i + 1];
            buffer[i + 1] = word[i];
            consider(word.length, tenths);
        }

        void substitute(int i, char c, int tenths) {
            System.arraycopy(word, 0, buffer, 0, word.length);
            buffer[i] = c;
            consider(word.length, tenths);
        }

        void insert(int i, char c, int tenths) {
            System.arraycopy(word, 0, buffer, 0, i);
            buffer[i] = c;
            System.arraycopy(word, i, buffer, i + 1, word.length - i);
            consider(word.length + 1, tenths);
        }

        private void consider(int length, int tenths) {
            if (!dictionary.isForm(buffer, length)) {
                return;
            }
            String candidate = new String(buffer, 0, length);
            int cost = EditCosts.total(tenths, dictionary.level(candidate));
            if (cost < bestCost || (cost == bestCost && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestCost = cost;
            }
        }
    }

    /** Keys next to each other on a QWERTY keyboard (same row or the rows above and below). */
    static boolean adjacent(char a, char b) {
        return EditCosts.adjacent(a, b);
    }
}
