package com.modbench.engine.text.autocorrect;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * The best correction two edits away for a word with none one edit away: the targets listed under the word's
 * symmetric-delete keys in a {@link TwoEditIndex}, each priced by {@link TwoEditCost} plus its commonness
 * ({@link EditCosts#total}), ties to the first in alphabetical order.
 * <p>
 * Two edits change a lot of a word, and in chat text most words no dictionary knows are names, slang or words run
 * together, not misspellings; on Davidson's tweets a plain two-edit search changed 1,587 words and was wrong on
 * most of them. So it is kept to where it was measured to be mostly right (decision 0090): words of at least
 * {@value #MIN_LENGTH} letters that are not a dictionary form written in lower case ({@code washington}) nor two
 * listed words run together ({@code atleast}), and targets among the commonest words (SCOWL sizes 10 and 20, about
 * 11,000) at least as long as the word (a word longer than a common word is mostly another word, such as
 * {@code positivity}).
 */
final class TwoEditSearch {

    static final int MIN_LENGTH = 7;
    static final int MAX_TARGET_LEVEL = 20;
    /** Parts of a run-together word have at least this many letters ("a" and "i" run into too much). */
    private static final int MIN_PART = 2;

    private final EnglishDictionary dictionary;
    private final TwoEditIndex index;

    TwoEditSearch(EnglishDictionary dictionary, TwoEditIndex index) {
        this.dictionary = dictionary;
        this.index = index;
    }

    /** The index of the targets among the dictionary's lower-case {@code forms}. */
    static TwoEditIndex index(String[] forms, ToIntFunction<String> level) {
        String[] targets = Arrays.stream(forms)
                .filter(form -> form.length() >= MIN_LENGTH && level.applyAsInt(form) <= MAX_TARGET_LEVEL)
                .toArray(String[]::new);
        return new TwoEditIndex(targets, level, MIN_LENGTH - 2);
    }

    /** The best target for a lower-case word, or null if there is none or the word is not one to guess at. */
    String best(String word) {
        int n = word.length();
        if (n < MIN_LENGTH || n > index.maxFormLength() || dictionary.isForm(word) || runTogether(word)) {
            return null;
        }
        char[] w = word.toCharArray();
        TwoEditCost edits = new TwoEditCost(w, n);
        char[] forms = index.chars();
        int best = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int id : candidates(w)) {
            int tenths = index.length(id) < n ? TwoEditCost.NONE : edits.of(forms, index.start(id), index.length(id));
            if (tenths == TwoEditCost.NONE || tenths == 0) {
                continue;
            }
            // ids ascend alphabetically, so the first of equal costs is kept
            int cost = EditCosts.total(tenths, index.level(id));
            if (cost < bestCost) {
                best = id;
                bestCost = cost;
            }
        }
        return best < 0 ? null : index.form(best);
    }

    private boolean runTogether(String word) {
        for (int k = MIN_PART; k <= word.length() - MIN_PART; k++) {
            if (listed(word.substring(0, k)) && listed(word.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean listed(String word) {
        return dictionary.level(word) < EnglishDictionary.RARE;
    }

    /** The distinct ids of the targets listed under the word's keys, ascending. */
    private int[] candidates(char[] w) {
        DeleteHashes hashes = new DeleteHashes(w.length);
        int count = hashes.of(w, 0, w.length, index.minKeyLength());
        long[] keys = hashes.keys();
        IdList ids = new IdList();
        for (int k = 0; k < count; k++) {
            index.candidates(keys[k], ids);
        }
        return ids.distinctSorted();
    }

    private static final class IdList implements IntConsumer {

        private int[] ids = new int[64];
        private int size;

        @Override
        public void accept(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] distinctSorted() {
            Arrays.sort(ids, 0, size);
            int distinct = 0;
            for (int k = 0; k < size; k++) {
                if (k == 0 || ids[k] != ids[k - 1]) {
                    ids[distinct++] = ids[k];
                }
            }
            return Arrays.copyOf(ids, distinct);
        }
    }
}
