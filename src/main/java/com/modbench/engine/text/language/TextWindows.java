package com.modbench.engine.text.language;

import java.util.Arrays;

/**
 * A cleaned text's all-letter windows up to a maximum length, each hashed once, a length only when first asked for:
 * {@link #firstOccurrences} marks each length's distinct windows and {@link #fingerprint} gives any window prefix's
 * fingerprint, so scoring several lengths and candidate sets never re-reads the text.
 */
final class TextWindows {

    private final String text;
    private final int length;
    /** The lengths hashed so far: 1 to this. */
    private int hashed;
    /** {@code hashes[k][i]}: FNV-1a of the window of length k at i, when {@code run[i] >= k}; null until hashed. */
    private final long[][] hashes;
    /** Letters in a row from i on. */
    private final int[] run;
    /** The hash set {@link #firstOccurrences} fills, one for every length. */
    private long[] seen;
    /** {@link #firstOccurrences} per length, once asked for. */
    private final boolean[][] first;

    TextWindows(String text, int maxOrder) {
        this.text = text;
        this.length = text.length();
        this.run = new int[length + 1];
        this.first = new boolean[maxOrder + 1][];
        int letters = 0;
        for (int i = length - 1; i >= 0; i--) {
            char c = text.charAt(i);
            // cleaned text: ASCII is lower-case letters and spaces
            letters = (c < 128 ? c != ' ' : Character.isLetter(c)) ? letters + 1 : 0;
            run[i] = letters;
        }
        this.hashes = new long[maxOrder + 1][];
    }

    /** Hashes the windows of lengths up to {@code order}, each from its prefix's hash. */
    private void hashUpTo(int order) {
        for (int k = hashed + 1; k <= order; k++) {
            long[] these = new long[length];
            for (int i = 0; i + k <= length; i++) {
                if (run[i] >= k) {
                    long prefix = k == 1 ? NgramFingerprint.SEED : hashes[k - 1][i];
                    these[i] = NgramFingerprint.extend(prefix, text.charAt(i + k - 1));
                }
            }
            hashes[k] = these;
        }
        hashed = Math.max(hashed, order);
    }

    int length() {
        return length;
    }

    /** Whether an all-letter window of length {@code k} starts at {@code i}. */
    boolean hasWindow(int i, int k) {
        return run[i] >= k;
    }

    /**
     * Per position: whether an all-letter window of length {@code order} starts there and did not occur before.
     * Shared: callers must not change it.
     */
    boolean[] firstOccurrences(int order) {
        if (first[order] == null) {
            first[order] = findFirstOccurrences(order);
        }
        return first[order];
    }

    private boolean[] findFirstOccurrences(int order) {
        hashUpTo(order);
        boolean[] first = new boolean[length];
        if (seen == null) {
            seen = new long[Integer.highestOneBit(Math.max(1, length)) * 4];
        } else {
            Arrays.fill(seen, 0);
        }
        int mask = seen.length - 1;
        outer:
        for (int i = 0; i + order <= length; i++) {
            if (run[i] < order) {
                continue;
            }
            long hash = hashes[order][i];
            long key = hash == 0 ? 1 : hash;
            int slot = (int) (key ^ (key >>> 29)) & mask;
            while (seen[slot] != 0) {
                if (seen[slot] == key) {
                    continue outer;
                }
                slot = (slot + 1) & mask;
            }
            seen[slot] = key;
            first[i] = true;
        }
        return first;
    }

    /**
     * The same as {@link #fingerprint}, hashed from the text on each call without storing anything: for a single
     * pass over one length.
     */
    int hashedOnce(int start, int k) {
        return NgramFingerprint.of(text, start, start + k);
    }

    /** The fingerprint of the window of length {@code k} at {@code start} (an all-letter window). */
    int fingerprint(int start, int k) {
        if (k > hashed) {
            hashUpTo(k);
        }
        return NgramFingerprint.fold(hashes[k][start]);
    }
}
