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
    static final int ABSENT = -1;

    private static final double LOAD = 0.75;
    private static final int LAST_IN_ROW = 1 << 23;

    /** Per length: slots hold {@code fingerprint << 32 | reference} (0 when empty) and rows their packed entries. */
    private final long[][] slots = new long[MAX_ORDER + 1][];
    private final int[][] rows = new int[MAX_ORDER + 1][];

    static long pack(int fingerprint, int language, int cost) {
        return (long) fingerprint << 32 | (long) language << 16 | cost;
    }

    /**
     * Stores one n-gram length from {@code entries[0, size)}, each made by {@link #pack}; sorts them in place.
     * A language listing a fingerprint twice (a fingerprint collision) keeps the lower cost.
     */
    void build(int order, long[] entries, int size) {
        Arrays.parallelSort(entries, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || fingerprint(entries[i]) != fingerprint(entries[i - 1])) {
                distinct++;
            }
        }
        long[] table = new long[Math.max(8, (int) (distinct / LOAD) + 1)];
        int[] packed = new int[size];
        int out = 0;
        for (int i = 0; i < size; ) {
            int fingerprint = fingerprint(entries[i]);
            int rowStart = out;
            for (; i < size && fingerprint(entries[i]) == fingerprint; i++) {
                int language = (int) (entries[i] >>> 16) & 0xFFFF;
                if (out > rowStart && language(packed[out - 1]) == language) {
                    continue;
                }
                packed[out++] = language << 16 | (int) entries[i] & 0xFFFF;
            }
            packed[out - 1] |= LAST_IN_ROW;
            int reference = rowStart;
            if (out - rowStart == 1) {
                reference = inline(packed[--out]);
            }
            insert(table, fingerprint, reference);
        }
        slots[order] = table;
        rows[order] = Arrays.copyOf(packed, out);
    }

    /** The reference to the n-gram's row for {@link #layOver}, or {@link #ABSENT} (also for a length not built). */
    int find(int order, int fingerprint) {
        long[] table = slots[order];
        if (table == null) {
            return ABSENT;
        }
        int i = slot(fingerprint, table.length);
        long slot;
        while ((slot = table[i]) != 0) {
            if ((int) (slot >>> 32) == fingerprint) {
                return (int) slot;
            }
            i = i + 1 == table.length ? 0 : i + 1;
        }
        return ABSENT;
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
            bytes += slots[order] == null ? 0 : slots[order].length * 8L + rows[order].length * 4L;
        }
        return bytes;
    }

    private static int inline(int entry) {
        return -(entry | LAST_IN_ROW) - 2;
    }

    private static int fingerprint(long entry) {
        return (int) (entry >>> 32);
    }

    private static void insert(long[] table, int fingerprint, int reference) {
        int i = slot(fingerprint, table.length);
        while (table[i] != 0) {
            i = i + 1 == table.length ? 0 : i + 1;
        }
        table[i] = (long) fingerprint << 32 | (reference & 0xFFFFFFFFL);
    }

    private static int slot(int fingerprint, int length) {
        int mixed = fingerprint * 0x9E3779B1;
        return (int) (((mixed & 0xFFFFFFFFL) * length) >>> 32);
    }
}
