package com.modbench.engine.text.language;

/**
 * Per-language sums of the 16-bit costs of {@link BackoffTables}' vectors, four languages to a {@code long}: each
 * packed long is split into its even and odd costs, each added into a 32-bit lane of its own, so a vector is added
 * four languages at a time without a carry reaching the next lane (a lane holds over 130,000 costs of 32,767; a
 * text has at most a few thousand windows). Only the words of a language range are added; the few
 * languages beyond its ends that share its first and last words get sums too, which callers never read.
 */
final class LaneSums {

    private static final long LOW_HALVES = 0x0000FFFF0000FFFFL;
    private static final long LOW_BITS = 0x7FFF7FFF7FFF7FFFL;
    private static final long LANE_ONES = 0x0001000100010001L;

    /** Costs 0 and 2, and 1 and 3, of each word: 32-bit lanes. */
    private final long[] even;
    private final long[] odd;
    /** Per word, four 16-bit counts: how many added vectors had a cost (were known) for each language. */
    private final long[] known;
    private final int fromWord;
    private final int toWord;

    /** Sums for the languages {@code [from, to)} of vectors {@code words} longs long. */
    LaneSums(int words, int from, int to) {
        this.even = new long[words];
        this.odd = new long[words];
        this.known = new long[words];
        this.fromWord = from / 4;
        this.toWord = to <= from ? fromWord : (to + 3) / 4;
    }

    static int words(int languages) {
        return (languages + 3) / 4;
    }

    /** Adds {@code times} (at most 65,536) the vector starting at {@code at}. */
    void add(long[] vectors, int at, int times) {
        for (int w = fromWord; w < toWord; w++) {
            long costs = vectors[at + w];
            even[w] += (costs & LOW_HALVES) * times;
            odd[w] += (costs >>> 16 & LOW_HALVES) * times;
        }
    }

    /** Counts, per language, whether the vector starting at {@code at} has a cost for it (costs are below 2^15). */
    void countKnown(long[] vectors, int at) {
        for (int w = fromWord; w < toWord; w++) {
            known[w] += (vectors[at + w] + LOW_BITS) >>> 15 & LANE_ONES;
        }
    }

    /** The sum for {@code language} (within the range). */
    int sum(int language) {
        long lanes = (language & 1) == 0 ? even[language / 4] : odd[language / 4];
        return (int) (lanes >>> 32 * (language % 4 / 2));
    }

    /** How many counted vectors knew {@code language}. */
    int known(int language) {
        return (int) (known[language / 4] >>> 16 * (language % 4)) & 0xFFFF;
    }
}
