package com.modbench.engine.text.autocorrect;

import java.util.Arrays;

/**
 * The 64-bit hashes of a word and of every string left after deleting one or two of its chars (the symmetric-delete
 * keys: a word and a form within two edits share a key). Polynomial hashes of the prefixes give each key in a few
 * multiplications, without spelling it out; the mix at the end spreads them over all 64 bits.
 */
final class DeleteHashes {

    private static final long BASE = 0x100000001B3L;

    private final long[] prefixes;
    private final long[] powers;
    private long[] keys;

    DeleteHashes(int maxLength) {
        prefixes = new long[maxLength + 1];
        powers = new long[maxLength + 1];
        powers[0] = 1;
        for (int i = 1; i <= maxLength; i++) {
            powers[i] = powers[i - 1] * BASE;
        }
        keys = new long[64];
    }

    /**
     * Fills {@link #keys()} with the distinct hashes of {@code chars[start, start + n)} and its deletions of one or
     * two chars that leave at least {@code minLength} chars, sorted; returns how many there are. {@code n} is at most
     * the {@code maxLength} given at construction.
     */
    int of(char[] chars, int start, int n, int minLength) {
        for (int i = 0; i < n; i++) {
            prefixes[i + 1] = prefixes[i] * BASE + chars[start + i];
        }
        int count = 0;
        int needed = 1 + n + n * (n - 1) / 2;
        if (keys.length < needed) {
            keys = new long[needed];
        }
        if (n >= minLength) {
            keys[count++] = mix(prefixes[n], n);
        }
        if (n - 1 >= minLength) {
            for (int i = 0; i < n; i++) {
                keys[count++] = mix(prefixes[i] * powers[n - 1 - i] + segment(i + 1, n), n - 1);
            }
        }
        if (n - 2 >= minLength) {
            for (int i = 0; i + 1 < n; i++) {
                long head = prefixes[i] * powers[n - 2 - i];
                for (int j = i + 1; j < n; j++) {
                    keys[count++] = mix(head + segment(i + 1, j) * powers[n - 1 - j] + segment(j + 1, n), n - 2);
                }
            }
        }
        Arrays.sort(keys, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                keys[distinct++] = keys[k];
            }
        }
        return distinct;
    }

    long[] keys() {
        return keys;
    }

    private long segment(int from, int to) {
        return prefixes[to] - prefixes[from] * powers[to - from];
    }

    private static long mix(long h, int length) {
        h += length;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }
}
