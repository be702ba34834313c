package com.modbench.engine.text.language;

import java.util.Arrays;

/**
 * A small first look at a text of one script: the {@value #PER_LANGUAGE} most frequent trigrams of each of the
 * script's languages, each with every one of those languages' cost for it in one byte. 2.4 MB for Latin script
 * against the full tables' 40, so it mostly stays in the processor's caches, and everyday text is mostly made of
 * those trigrams. A clear winner here is nearly always what the full scoring answers (decision 0095 has the
 * measurements); the detector takes it only for English and leaves every other call to the full scoring.
 */
final class QuickTrigrams {

    static final int PER_LANGUAGE = 3_000;

    private final int from;
    private final int width;
    /** Longs per row: eight one-byte costs in each. */
    private final int words;
    private final FingerprintTable rows;
    /**
     * Row r's cost for language {@code from + l}, unsigned, in {@link #UNIT}s: byte {@code l % 8} (from the low end)
     * of {@code [r * words + l / 8]}. Packed eight to a long so that a row is added eight languages at a time
     * ({@link #clearWinner}); the JIT does not vectorise a byte-to-int sum.
     */
    private final long[] vectors;

    /** A cost unit: 0.064 nat, so a byte holds costs up to 16 nats (a probability of 10^-7). */
    static final int UNIT = 64;
    /** What a trigram costs a language that lacks it, in {@link #UNIT}s. */
    static final int ABSENT_COST = 190;

    /** Every other byte of a long: each of its four 16-bit lanes holds one byte's value. */
    private static final long LANE_BYTES = 0x00FF00FF00FF00FFL;
    /** Rows summed in 16-bit lanes before they could overflow (256 × 255 < 2^16). */
    private static final int ROWS_PER_FLUSH = 256;

    private QuickTrigrams(int from, int width, FingerprintTable rows, long[] vectors) {
        this.from = from;
        this.width = width;
        this.words = words(width);
        this.rows = rows;
        this.vectors = vectors;
    }

    /**
     * Per language (of {@code languages}), the fingerprints of its {@code perLanguage} cheapest trigrams, from the
     * packed trigram entries ({@link NgramIndex#pack}) of every language.
     */
    static int[][] cheapest(long[] entries, int size, int languages, int perLanguage) {
        long[] byCost = new long[size];
        for (int i = 0; i < size; i++) {
            long entry = entries[i];
            byCost[i] = (long) NgramIndex.packedLanguage(entry) << 48 | (long) NgramIndex.packedCost(entry) << 32
                    | NgramIndex.packedFingerprint(entry) & 0xFFFFFFFFL;
        }
        Arrays.parallelSort(byCost);
        int[][] cheapest = new int[languages][];
        int i = 0;
        for (int language = 0; language < languages; language++) {
            int start = i;
            while (i < size && (int) (byCost[i] >>> 48) == language) {
                i++;
            }
            int count = Math.min(perLanguage, i - start);
            cheapest[language] = new int[count];
            for (int k = 0; k < count; k++) {
                cheapest[language][k] = (int) byCost[start + k];
            }
        }
        return cheapest;
    }

    /**
     * The table for the languages {@code [from, to)} (one script's), holding the union of their cheapest trigrams,
     * each with every one of those languages' own cost for it, from {@code sorted} (the packed trigram entries of
     * every language, sorted); a language that lacks the trigram gets {@link #ABSENT_COST}.
     */
    static QuickTrigrams of(long[] sorted, int from, int to, int[][] cheapest) {
        int[] fingerprints = Arrays.stream(cheapest, from, to).flatMapToInt(Arrays::stream).distinct().toArray();
        int width = to - from;
        FingerprintTable rows = new FingerprintTable(fingerprints.length);
        int words = words(width);
        long[] vectors = new long[fingerprints.length * words];
        int[] costs = new int[width];
        for (int row = 0; row < fingerprints.length; row++) {
            int fingerprint = fingerprints[row];
            Arrays.fill(costs, ABSENT_COST);
            for (int i = firstEntry(sorted, fingerprint); i < sorted.length
                    && NgramIndex.packedFingerprint(sorted[i]) == fingerprint; i++) {
                int language = NgramIndex.packedLanguage(sorted[i]);
                if (language >= from && language < to) {
                    int cost = (NgramIndex.packedCost(sorted[i]) + UNIT / 2) / UNIT;
                    costs[language - from] = Math.min(ABSENT_COST, Math.max(1, cost));
                }
            }
            for (int l = 0; l < width; l++) {
                vectors[row * words + l / 8] |= (long) costs[l] << 8 * (l % 8);
            }
            rows.put(fingerprint, row);
        }
        return new QuickTrigrams(from, width, rows, vectors);
    }

    private static int words(int width) {
        return (width + 7) / 8;
    }

    private static int firstEntry(long[] sorted, int fingerprint) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (NgramIndex.packedFingerprint(sorted[mid]) < fingerprint) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The language that wins on the text's trigrams found in this table by more than {@code margin} of its cost,
     * when at least {@code minKnown} are found; else -1. Every occurrence counts, repeats too.
     */
    int clearWinner(TextWindows text, double margin, int minKnown) {
        int[] costs = new int[width];
        // per long: the sums of its even bytes and of its odd bytes, four 16-bit lanes each
        long[] even = new long[words];
        long[] odd = new long[words];
        int known = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!text.hasWindow(i, 3)) {
                continue;
            }
            int row = rows.get(text.hashedOnce(i, 3));
            if (row == FingerprintTable.ABSENT) {
                continue;
            }
            int at = row * words;
            for (int w = 0; w < words; w++) {
                long costsOfEight = vectors[at + w];
                even[w] += costsOfEight & LANE_BYTES;
                odd[w] += costsOfEight >>> 8 & LANE_BYTES;
            }
            if (++known % ROWS_PER_FLUSH == 0) {
                flush(even, odd, costs);
            }
        }
        if (known < minKnown) {
            return -1;
        }
        flush(even, odd, costs);
        int best = -1;
        int second = -1;
        for (int l = 0; l < width; l++) {
            if (best < 0 || costs[l] < costs[best]) {
                second = best;
                best = l;
            } else if (second < 0 || costs[l] < costs[second]) {
                second = l;
            }
        }
        if (second < 0) {
            return -1;
        }
        return costs[second] - costs[best] > margin * costs[best] ? from + best : -1;
    }

    /** Adds the lanes to each language's cost and clears them. */
    private void flush(long[] even, long[] odd, int[] costs) {
        for (int l = 0; l < width; l++) {
            long lanes = (l & 1) == 0 ? even[l / 8] : odd[l / 8];
            costs[l] += (int) (lanes >>> 16 * (l % 8 / 2)) & 0xFFFF;
        }
        Arrays.fill(even, 0);
        Arrays.fill(odd, 0);
    }

    long bytes() {
        return rows.bytes() + vectors.length * 8L;
    }
}
