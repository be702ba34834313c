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
    private final FingerprintTable rows;
    /** Row r's cost for language {@code from + l} at {@code [r * width + l]}: unsigned, in {@link #UNIT}s. */
    private final byte[] vectors;

    /** A cost unit: 0.064 nat, so a byte holds costs up to 16 nats (a probability of 10^-7). */
    static final int UNIT = 64;
    /** What a trigram costs a language that lacks it, in {@link #UNIT}s. */
    static final int ABSENT_COST = 190;

    private QuickTrigrams(int from, int width, FingerprintTable rows, byte[] vectors) {
        this.from = from;
        this.width = width;
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
        byte[] vectors = new byte[fingerprints.length * width];
        Arrays.fill(vectors, (byte) ABSENT_COST);
        for (int row = 0; row < fingerprints.length; row++) {
            int fingerprint = fingerprints[row];
            for (int i = firstEntry(sorted, fingerprint); i < sorted.length
                    && NgramIndex.packedFingerprint(sorted[i]) == fingerprint; i++) {
                int language = NgramIndex.packedLanguage(sorted[i]);
                if (language >= from && language < to) {
                    int cost = (NgramIndex.packedCost(sorted[i]) + UNIT / 2) / UNIT;
                    vectors[row * width + language - from] = (byte) Math.min(ABSENT_COST, Math.max(1, cost));
                }
            }
            rows.put(fingerprint, row);
        }
        return new QuickTrigrams(from, width, rows, vectors);
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
        int known = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!text.hasWindow(i, 3)) {
                continue;
            }
            int row = rows.get(text.hashedOnce(i, 3));
            if (row == FingerprintTable.ABSENT) {
                continue;
            }
            known++;
            int at = row * width;
            for (int l = 0; l < width; l++) {
                costs[l] += vectors[at + l] & 0xFF;
            }
        }
        if (known < minKnown) {
            return -1;
        }
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

    long bytes() {
        return rows.bytes() + vectors.length;
    }
}
