package com.modbench.engine.text.language;

import java.util.Arrays;

/**
 * N-gram lengths 1–3 as dense vectors with Lingua's back-off already applied: for each distinct n-gram, one cost
 * per language ({@code -ln p} in thousandths, at least 1; 0 where the language knows neither the n-gram nor any
 * prefix of it), taken from the n-gram itself or, where the language lacks it, from its longest known prefix. A
 * text's score over these lengths is then one vector addition per window, which the JIT turns into SIMD, instead of
 * walking rows and prefixes per language. Lengths 4–5 are sparse ({@link NgramIndex}); ~48 MB here for 75
 * languages.
 * <p>
 * A vector's costs are packed four to a {@code long}, 16 bits each, so that {@link LaneSums} adds four languages
 * at a time: the JIT leaves a short-to-int sum over an array scalar.
 */
final class BackoffTables {

    static final int DENSE_ORDERS = 3;
    private final int languages;
    /** Longs per vector. */
    private final int words;
    /** Per length: each n-gram's vector number. */
    private final FingerprintTable[] tables = new FingerprintTable[DENSE_ORDERS + 1];
    /** Per length: vector v's cost for language l in bits {@code 16 * (l % 4)} up of {@code [v * words + l / 4]}. */
    private final long[][] vectors = new long[DENSE_ORDERS + 1][];

    BackoffTables(int languages) {
        this.languages = languages;
        this.words = LaneSums.words(languages);
    }

    int languages() {
        return languages;
    }

    /** Longs per vector: vector v starts at {@code v * words()} of {@link #vectors}. */
    int words() {
        return words;
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
        long[] dense = new long[distinct * words];
        int vector = -1;
        for (int i = 0; i < size; i++) {
            int fingerprint = NgramIndex.packedFingerprint(entries[i]);
            boolean newNgram = i == 0 || fingerprint != NgramIndex.packedFingerprint(entries[i - 1]);
            if (newNgram) {
                vector++;
                table.put(fingerprint, vector);
                if (order > 1) {
                    inherit(order - 1, prefixOf(prefixes, fingerprint), dense, vector * words);
                }
            }
            int language = NgramIndex.packedLanguage(entries[i]);
            // a language listing a fingerprint twice (a collision) keeps the lower cost, as NgramIndex does
            if (newNgram || language != NgramIndex.packedLanguage(entries[i - 1])) {
                int at = vector * words + language / 4;
                int shift = 16 * (language % 4);
                long cost = Math.max(NgramIndex.packedCost(entries[i]), 1);
                dense[at] = dense[at] & ~(0xFFFFL << shift) | cost << shift;
            }
        }
        tables[order] = table;
        vectors[order] = dense;
    }

    /** The vector number of the n-gram, or {@link FingerprintTable#ABSENT} when no language knows it. */
    int find(int order, int fingerprint) {
        return tables[order].get(fingerprint);
    }

    /** The vectors of one length; vector v starts at {@code v * words()}. */
    long[] vectors(int order) {
        return vectors[order];
    }

    /** Language l's cost in the vector starting at {@code at} of {@code vectors}. */
    static int cost(long[] vectors, int at, int language) {
        return (int) (vectors[at + language / 4] >>> 16 * (language % 4)) & 0xFFFF;
    }

    long bytes() {
        long bytes = 0;
        for (int order = 1; order <= DENSE_ORDERS; order++) {
            bytes += tables[order] == null ? 0 : tables[order].bytes() + vectors[order].length * 8L;
        }
        return bytes;
    }

    /** Copies the prefix's vector (its back-off costs) as the starting point of a longer n-gram's. */
    private void inherit(int prefixOrder, int prefixFingerprint, long[] dense, int at) {
        int prefix = find(prefixOrder, prefixFingerprint);
        if (prefix >= 0) {
            System.arraycopy(vectors[prefixOrder], prefix * words, dense, at, words);
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
