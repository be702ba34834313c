package com.modbench.engine.text.language;

import java.util.Arrays;

/**
 * N-gram lengths 1–3 as dense vectors with Lingua's back-off already applied: for each distinct n-gram, one cost
 * per language ({@code -ln p} in thousandths, at least 1; 0 where the language knows neither the n-gram nor any
 * prefix of it), taken from the n-gram itself or, where the language lacks it, from its longest known prefix. A
 * text's score over these lengths is then one vector addition per window, which the JIT turns into SIMD, instead of
 * walking rows and prefixes per language. Lengths 4–5 are sparse ({@link NgramIndex}); ~40 MB here for 75
 * languages.
 */
final class BackoffTables {

    static final int DENSE_ORDERS = 3;
    private final int languages;
    /** Per length: each n-gram's vector number. */
    private final FingerprintTable[] tables = new FingerprintTable[DENSE_ORDERS + 1];
    /** Per length: vector v of language l at {@code [v * languages + l]}. */
    private final short[][] vectors = new short[DENSE_ORDERS + 1][];

    BackoffTables(int languages) {
        this.languages = languages;
    }

    int languages() {
        return languages;
    }

    /**
     * Stores one length from {@code entries[0, size)} (made by {@link NgramIndex#pack}; sorted in place) on top of
     * the shorter lengths already built. {@code prefixes} maps each n-gram's fingerprint to its prefix's
     * ({@code fingerprint << 32 | prefix fingerprint}, any order; unused for unigrams).
     */
    void build(int order, long[] entries, int size, long[] prefixes) {
        Arrays.parallelSort(entries, 0, size);
        Arrays.parallelSort(prefixes);
        int distinct = NgramIndex.distinctFingerprints(entries, size);
        FingerprintTable table = new FingerprintTable(distinct);
        short[] dense = new short[distinct * languages];
        int vector = -1;
        for (int i = 0; i < size; i++) {
            int fingerprint = NgramIndex.packedFingerprint(entries[i]);
            boolean newNgram = i == 0 || fingerprint != NgramIndex.packedFingerprint(entries[i - 1]);
            if (newNgram) {
                vector++;
                table.put(fingerprint, vector);
                if (order > 1) {
                    inherit(order - 1, prefixOf(prefixes, fingerprint), dense, vector * languages);
                }
            }
            int language = NgramIndex.packedLanguage(entries[i]);
            // a language listing a fingerprint twice (a collision) keeps the lower cost, as NgramIndex does
            if (newNgram || language != NgramIndex.packedLanguage(entries[i - 1])) {
                dense[vector * languages + language] = (short) Math.max(NgramIndex.packedCost(entries[i]), 1);
            }
        }
        tables[order] = table;
        vectors[order] = dense;
    }

    /** The vector number of the n-gram, or {@link FingerprintTable#ABSENT} when no language knows it. */
    int find(int order, int fingerprint) {
        return tables[order].get(fingerprint);
    }

    /** The vectors of one length; vector v starts at {@code v * languages()}. */
    short[] vectors(int order) {
        return vectors[order];
    }

    long bytes() {
        long bytes = 0;
        for (int order = 1; order <= DENSE_ORDERS; order++) {
            bytes += tables[order] == null ? 0 : tables[order].bytes() + vectors[order].length * 2L;
        }
        return bytes;
    }

    /** Copies the prefix's vector (its back-off costs) as the starting point of a longer n-gram's. */
    private void inherit(int prefixOrder, int prefixFingerprint, short[] dense, int at) {
        int prefix = find(prefixOrder, prefixFingerprint);
        if (prefix >= 0) {
            System.arraycopy(vectors[prefixOrder], prefix * languages, dense, at, languages);
        }
    }

    private static int prefixOf(long[] prefixes, int fingerprint) {
        int low = 0;
        int high = prefixes.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int key = (int) (prefixes[mid] >> 32);
            if (key < fingerprint) {
                low = mid + 1;
            } else if (key > fingerprint) {
                high = mid - 1;
            } else {
                return (int) prefixes[mid];
            }
        }
        return 0;
    }
}
