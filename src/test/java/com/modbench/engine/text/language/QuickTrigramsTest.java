package com.modbench.engine.text.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickTrigramsTest {

    private static int fp(String s) {
        return NgramFingerprint.of(s, 0, s.length());
    }

    /** Languages 0 ("en": the, and, ing) and 1 ("de": die, und, sch), both knowing "ich" at different costs. */
    private static long[] sortedEntries() {
        List<Long> entries = new ArrayList<>();
        for (String ngram : List.of("the", "and", "ing")) {
            entries.add(NgramIndex.pack(fp(ngram), 0, NgramFingerprint.cost(0.05)));
        }
        for (String ngram : List.of("die", "und", "sch")) {
            entries.add(NgramIndex.pack(fp(ngram), 1, NgramFingerprint.cost(0.05)));
        }
        entries.add(NgramIndex.pack(fp("ich"), 0, NgramFingerprint.cost(0.0001)));
        entries.add(NgramIndex.pack(fp("ich"), 1, NgramFingerprint.cost(0.05)));
        long[] sorted = entries.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    @Test
    void keepsEachLanguagesCheapestTrigrams() {
        int[][] cheapest = QuickTrigrams.cheapest(sortedEntries(), 8, 2, 3);
        assertEquals(3, cheapest[0].length);
        assertEquals(3, cheapest[1].length);
        assertEquals(false, Arrays.stream(cheapest[0]).anyMatch(f -> f == fp("ich")),
                "English's rarest trigram is not among its three cheapest");
        assertArrayEquals(new int[0], QuickTrigrams.cheapest(sortedEntries(), 8, 3, 3)[2],
                "a language without trigrams has none");
    }

    @Test
    void aClearLeadOnEnoughKnownTrigramsWins() {
        long[] sorted = sortedEntries();
        QuickTrigrams quick = QuickTrigrams.of(sorted, 0, 2, QuickTrigrams.cheapest(sorted, 8, 2, 4));
        assertEquals(0, quick.clearWinner(new TextWindows("the and thing", 3), 0.04, 3));
        assertEquals(1, quick.clearWinner(new TextWindows("die und schule", 3), 0.04, 3));
        assertEquals(-1, quick.clearWinner(new TextWindows("the and", 3), 0.04, 3), "too few known trigrams");
        assertEquals(-1, quick.clearWinner(new TextWindows("the die", 3), 0.04, 2), "a tie is no clear winner");
        assertEquals(-1, quick.clearWinner(new TextWindows("xyz qqq", 3), 0.04, 1), "nothing known");
    }

    @Test
    void aLongTextsSumsDoNotOverflowTheirLanes() {
        long[] sorted = sortedEntries();
        QuickTrigrams quick = QuickTrigrams.of(sorted, 0, 2, QuickTrigrams.cheapest(sorted, 8, 2, 4));
        // "ich" costs language 0 about 144 units and language 1 about 47: 500 of them overflow a 16-bit lane for 0
        String text = "ich ".repeat(500).trim();
        assertEquals(1, quick.clearWinner(new TextWindows(text, 3), 0.02, 8));
    }
}
