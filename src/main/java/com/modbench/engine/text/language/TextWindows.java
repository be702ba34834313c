package com.modbench.engine.text.language;

/**
 * A cleaned text's all-letter windows up to a maximum length, hashed once: {@link #firstOccurrences} marks each
 * length's distinct windows and {@link #fingerprint} gives any window prefix's fingerprint, so scoring several lengths and
 * candidate sets never re-reads the text.
 */
final class TextWindows {

    private final int maxOrder;
    private final int length;
    /** {@code hashes[i * maxOrder + k - 1]}: FNV-1a of the window of length k at i, when {@code run[i] >= k}. */
    private final long[] hashes;
    /** Letters in a row from i on. */
    private final int[] run;
    /** {@link #firstOccurrences} per length, once asked for. */
    private final boolean[][] first;

    TextWindows(String text, int maxOrder) {
        this.maxOrder = maxOrder;
        this.length = text.length();
        this.run = new int[length + 1];
        this.first = new boolean[maxOrder + 1][];
        for (int i = length - 1; i >= 0; i--) {
            run[i] = Character.isLetter(text.charAt(i)) ? run[i + 1] + 1 : 0;
        }
        this.hashes = new long[length * maxOrder];
        for (int i = 0; i < length; i++) {
            long hash = NgramFingerprint.SEED;
            int longest = Math.min(maxOrder, run[i]);
            for (int k = 0; k < longest; k++) {
                hash = NgramFingerprint.extend(hash, text.charAt(i + k));
                hashes[i * maxOrder + k] = hash;
            }
        }
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
        boolean[] first = new boolean[length];
        long[] seen = new long[Integer.highestOneBit(Math.max(1, length)) * 4];
        int mask = seen.length - 1;
        outer:
        for (int i = 0; i + order <= length; i++) {
            if (run[i] < order) {
                continue;
            }
            long hash = hashes[i * maxOrder + order - 1];
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

    /** The fingerprint of the window of length {@code k} at {@code start} (an all-letter window). */
    int fingerprint(int start, int k) {
        return NgramFingerprint.fold(hashes[start * maxOrder + k - 1]);
    }
}
