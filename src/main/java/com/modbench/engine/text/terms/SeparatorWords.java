package com.modbench.engine.text.terms;

import com.modbench.engine.text.normalize.MatchKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of words on either side of a word separator ({@link MatchKey#SEP}) in the keys of one automaton: what a
 * match across a separator of a text needs to find there. A key's word between two separators must be the text's key
 * word exactly; its first word may end a longer key word of the text, its last word start one. Looked up without
 * substrings: a text's word is hashed char by char (as {@link String#hashCode}, from its end for the words before a
 * separator) and each hash looked up in a small open-addressing table. Immutable, safe to share.
 */
final class SeparatorWords {

    /** The word after a separator, and how the words on both sides may sit in the text's key words. */
    private record Pair(String before, boolean beforeIsFirst, String after, boolean afterIsLast) {
    }

    /** Hashes of the reversed words before a separator, sorted, and the pairs of each ({@link #pairs}). */
    private final int[] beforeHashes;
    private final Pair[][] pairs;
    private final HashStarts beforeStarts;
    /** Hashes of the words after a separator, sorted, and those words with whether they are a key's last. */
    private final int[] afterHashes;
    private final Pair[] afterPairs;
    private final HashStarts afterStarts;
    private final int longestBefore;
    /** A key that starts or ends with a separator (none do today) could match a separator alone. */
    private final boolean unbounded;

    SeparatorWords(Collection<String> keys) {
        Map<String, List<Pair>> byBefore = new LinkedHashMap<>();
        Map<String, Pair> byAfter = new LinkedHashMap<>();
        boolean open = false;
        int longest = 0;
        for (String key : keys) {
            if (key.indexOf(MatchKey.SEP) < 0) {
                continue;
            }
            String[] words = key.split(String.valueOf(MatchKey.SEP), -1);
            int last = words.length - 1;
            open |= words[0].isEmpty() || words[last].isEmpty();
            for (int i = 0; i < last; i++) {
                Pair pair = new Pair(words[i], i == 0, words[i + 1], i + 1 == last);
                byBefore.computeIfAbsent(words[i], w -> new ArrayList<>()).add(pair);
                // a word that is some key's last matches as a prefix, which covers matching it exactly
                byAfter.merge(words[i + 1], pair, (a, b) -> a.afterIsLast() ? a : b);
                longest = Math.max(longest, words[i].length());
            }
        }
        unbounded = open;
        longestBefore = longest;
        List<Map.Entry<String, List<Pair>>> before = new ArrayList<>(byBefore.entrySet());
        before.sort((a, b) -> Integer.compare(reversedHash(a.getKey()), reversedHash(b.getKey())));
        beforeHashes = before.stream().mapToInt(e -> reversedHash(e.getKey())).toArray();
        pairs = before.stream().map(e -> e.getValue().toArray(new Pair[0])).toArray(Pair[][]::new);
        List<Pair> after = new ArrayList<>(byAfter.values());
        after.sort((a, b) -> Integer.compare(a.after().hashCode(), b.after().hashCode()));
        afterHashes = after.stream().mapToInt(p -> p.after().hashCode()).toArray();
        afterPairs = after.toArray(new Pair[0]);
        beforeStarts = new HashStarts(beforeHashes);
        afterStarts = new HashStarts(afterHashes);
    }

    /**
     * False when no key can match across a separator with the key word {@code before} before it and {@code after}
     * after it ("" where there is none); null stands for a word not known yet, which may be any.
     */
    boolean mayJoin(String before, String after) {
        if (unbounded) {
            return true;
        }
        if (beforeHashes.length == 0) {
            return false; // no key holds a separator
        }
        return before == null ? after == null || startsLikeAfter(after) : endsLikeBefore(before, after);
    }

    /** {@code word} is, or (for a key's last word) starts with, a word that follows a separator in some key. */
    private boolean startsLikeAfter(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
            int length = i + 1;
            for (int at = afterStarts.first(h); at >= 0 && at < afterHashes.length && afterHashes[at] == h; at++) {
                Pair pair = afterPairs[at];
                if (pair.after().length() == length && (pair.afterIsLast() || length == word.length())
                        && word.startsWith(pair.after())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Some pair's word before the separator is (or ends) {@code word} and its word after fits {@code after}. */
    private boolean endsLikeBefore(String word, String after) {
        int h = 0;
        for (int i = word.length() - 1; i >= 0 && word.length() - i <= longestBefore; i--) {
            h = 31 * h + word.charAt(i);
            for (int at = beforeStarts.first(h); at >= 0 && at < beforeHashes.length && beforeHashes[at] == h; at++) {
                for (Pair pair : pairs[at]) {
                    if (pair.before().length() == word.length() - i && (i == 0 || pair.beforeIsFirst())
                            && word.startsWith(pair.before(), i) && fitsAfter(pair, after)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean fitsAfter(Pair pair, String after) {
        return after == null || (pair.afterIsLast() ? after.startsWith(pair.after()) : after.equals(pair.after()));
    }

    /** Where each hash of a sorted array first occurs, by open addressing: a lookup mostly reads one slot. */
    private static final class HashStarts {

        /**
         * Per slot, side by side so that a probe reads one cache line: a hash, and the index + 1 of its first
         * occurrence (0 for an empty slot).
         */
        private final int[] slots;
        private final int mask;

        HashStarts(int[] sortedHashes) {
            int capacity = Integer.highestOneBit(Math.max(sortedHashes.length, 1) * 4) * 2;
            slots = new int[2 * capacity];
            mask = capacity - 1;
            for (int i = 0; i < sortedHashes.length; i++) {
                if (i > 0 && sortedHashes[i - 1] == sortedHashes[i]) {
                    continue;
                }
                int slot = mix(sortedHashes[i]) & mask;
                while (slots[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = sortedHashes[i];
                slots[2 * slot + 1] = i + 1;
            }
        }

        /** The first index of {@code h} in the sorted array, or -1. */
        int first(int h) {
            for (int slot = mix(h) & mask; slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
                if (slots[2 * slot] == h) {
                    return slots[2 * slot + 1] - 1;
                }
            }
            return -1;
        }

        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ h >>> 16;
        }
    }

    /** {@link String#hashCode} of {@code word} reversed. */
    private static int reversedHash(String word) {
        int h = 0;
        for (int i = word.length() - 1; i >= 0; i--) {
            h = 31 * h + word.charAt(i);
        }
        return h;
    }
}
