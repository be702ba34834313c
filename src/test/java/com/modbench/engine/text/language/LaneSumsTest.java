package com.modbench.engine.text.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LaneSumsTest {

    private static final int LANGUAGES = 75;

    /** Vectors packed as BackoffTables packs them, from per-language costs. */
    private static long[] pack(int[][] costs) {
        int words = LaneSums.words(LANGUAGES);
        long[] packed = new long[costs.length * words];
        for (int v = 0; v < costs.length; v++) {
            for (int l = 0; l < LANGUAGES; l++) {
                packed[v * words + l / 4] |= (long) costs[v][l] << 16 * (l % 4);
            }
        }
        return packed;
    }

    @Test
    void sumsAndCountsEqualThoseOfEachLanguageAlone() {
        Random random = new Random(7);
        int[][] costs = new int[40][LANGUAGES];
        for (int[] vector : costs) {
            for (int l = 0; l < LANGUAGES; l++) {
                // unknown (0), the largest cost, and everything between
                vector[l] = random.nextInt(4) == 0 ? 0
                        : random.nextInt(5) == 0 ? Short.MAX_VALUE : random.nextInt(32768);
            }
        }
        long[] vectors = pack(costs);
        int words = LaneSums.words(LANGUAGES);
        int from = 9;
        int to = 62; // neither on a word's boundary
        LaneSums sums = new LaneSums(words, from, to);
        long[] expected = new long[LANGUAGES];
        int[] expectedKnown = new int[LANGUAGES];
        for (int v = 0; v < costs.length; v++) {
            int times = 1 + v % 3;
            sums.add(vectors, v * words, times);
            sums.countKnown(vectors, v * words);
            for (int l = 0; l < LANGUAGES; l++) {
                expected[l] += (long) times * costs[v][l];
                expectedKnown[l] += costs[v][l] > 0 ? 1 : 0;
            }
        }
        for (int l = from; l < to; l++) {
            assertEquals(expected[l], sums.sum(l), "sum of language " + l);
            assertEquals(expectedKnown[l], sums.known(l), "known count of language " + l);
            assertEquals(costs[5][l], BackoffTables.cost(vectors, 5 * words, l), "cost of language " + l);
        }
    }

    @Test
    void anEmptyRangeAddsNothing() {
        long[] vectors = pack(new int[][] {new int[LANGUAGES]});
        LaneSums sums = new LaneSums(LaneSums.words(LANGUAGES), 0, 0);
        sums.add(vectors, 0, 1);
        assertEquals(0, sums.sum(0));
    }
}
