package com.modbench.engine.text.language;

import java.util.Arrays;

/**
 * Every loaded language's n-gram costs, merged: per n-gram length one open-addressing table maps an n-gram's
 * fingerprint ({@link NgramFingerprint}) to the row of languages that know it, each with its cost ({@code -ln(p)}
 * in thousandths). One probe per n-gram serves all candidate languages, where a table per language needed one per
 * language (decision 0043). Scoring is bound by cache misses, so a row is one run of packed ints, and a row of a
 * single language (most four- and five-grams) sits in the table slot itself.
 */
final class NgramIndex {

    static final int MAX_ORDER = 5;
    static final int MAX_LANGUAGES = 127;
    /** {@link #find}'s answer for an n-gram no language knows. */
    static final int ABSENT = FingerprintTable.ABSENT;

    private static final int LAST_IN_ROW = 1 << 23;

    /** Per length: each n-gram's row reference, and the rows' packed entries. */
    private final FingerprintTable[] tables = new FingerprintTable[MAX_ORDER + 1];
    private final int[][] rows = new int[MAX_ORDER + 1][];

    /** One language's cost for one n-gram, as the loader collects them (sorting groups them by n-gram). */
    static long pack(int fingerprint, int language, int cost) {
        return (long) fingerprint << 32 | (long) language << 16 | cost;
    }

    static int packedFingerprint(long packed) {
        return (int) (packed >>> 32);
    }

    static int packedLanguage(long packed) {
        return (int) (packed >>> 16) & 0xFFFF;
    }

    static int packedCost(long packed) {
        return (int) packed & 0xFFFF;
    }

    /** How many fingerprints {@code sorted[0, size)} holds, each counted once. */
    static int distinctFingerprints(long[] sorted, int size) {
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || packedFingerprint(sorted[i]) != packedFingerprint(sorted[i - 1])) {
                distinct++;
            }
        }
        return distinct;
    }

    /**
     * Stores one n-gram length from {@code entries[0, size)}, each made by {@link #pack}; sorts them in place.
     * A language listing a fingerprint twice (a fingerprint collision) keeps the lower cost.
     */
    void build(int order, long[] entries, int size) {
        Arrays.parallelSort(entries, 0, size);
        FingerprintTable table = new FingerprintTable(distinctFingerprints(entries, size));
        int[] packed = new int[size];
        int out = 0;
        for (int i = 0; i < size; ) {
            int fingerprint = packedFingerprint(entries[i]);
            int rowStart = out;
            for (; i < size && packedFingerprint(entries[i]) == fingerprint; i++) {
                int language = packedLanguage(entries[i]);
                if (out > rowStart && language(packed[out - 1]) == language) {
                    continue;
                }
                packed[out++] = language << 16 | packedCost(entries[i]);
            }
            packed[out - 1] |= LAST_IN_ROW;
            int reference = rowStart;
            if (out - rowStart == 1) {
                reference = inline(packed[--out]);
            }
            table.put(fingerprint, reference);
        }
        tables[order] = table;
        rows[order] = Arrays.copyOf(packed, out);
    }

    /** The reference to the n-gram's row for {@link #layOver}, or {@link #ABSENT} (also for a length not built). */
    int find(int order, int fingerprint) {
        FingerprintTable table = tables[order];
        return table == null ? ABSENT : table.get(fingerprint);
    }

    /**
     * Entry {@code k} of the referenced (present) row; read on from k = 0 until {@link #isLast}. Decode it with
     * {@link #language} and {@link #cost}.
     */
    int entry(int order, int reference, int k) {
        return reference < 0 ? -reference - 2 : rows[order][reference + k];
    }

    static boolean isLast(int entry) {
        return (entry & LAST_IN_ROW) != 0;
    }

    static int language(int entry) {
        return (entry >>> 16) & 0x7F;
    }

    /** {@code -ln(p)} in thousandths, at least 1 (so that 0 can mean unknown). */
    static int cost(int entry) {
        return Math.max(entry & 0xFFFF, 1);
    }

    /** Heap held by the tables. */
    long bytes() {
        long bytes = 0;
        for (int order = 1; order <= MAX_ORDER; order++) {
            bytes += tables[order] == null ? 0 : tables[order].bytes() + rows[order].length * 4L;
        }
        return bytes;
    }

    private static int inline(int entry) {
        return -(entry | LAST_IN_ROW) - 2;
    }
}
