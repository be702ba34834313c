package com.modbench.engine.text.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NgramIndexTest {

    private static int fp(String s) {
        return NgramFingerprint.of(s, 0, s.length());
    }

    /** Language → cost for the n-gram's row, as the scorer reads it. */
    private static Map<Integer, Integer> row(NgramIndex index, int order, String ngram) {
        Map<Integer, Integer> out = new HashMap<>();
        int reference = index.find(order, fp(ngram));
        for (int k = 0; reference != NgramIndex.ABSENT; k++) {
            int entry = index.entry(order, reference, k);
            out.put(NgramIndex.language(entry), NgramIndex.cost(entry));
            if (NgramIndex.isLast(entry)) {
                break;
            }
        }
        return out;
    }

    @Test
    void rowsListEveryLanguageKnowingAnNgramWithItsCost() {
        NgramIndex index = new NgramIndex();
        long[] entries = {
            NgramIndex.pack(fp("the"), 0, NgramFingerprint.cost(0.01)),
            NgramIndex.pack(fp("and"), 0, NgramFingerprint.cost(0.5)),
            NgramIndex.pack(fp("the"), 7, NgramFingerprint.cost(0.001)),
            NgramIndex.pack(fp("die"), NgramIndex.MAX_LANGUAGES - 1, 1234),
            NgramIndex.pack(fp("the"), 7, 9999),
            NgramIndex.pack(fp("zzz"), 3, 0),
        };
        index.build(3, entries, entries.length);
        assertEquals(Map.of(0, 4605, 7, 6908), row(index, 3, "the"), "a repeated language keeps its lower cost");
        assertEquals(Map.of(0, 693), row(index, 3, "and"), "a row of one language is held in the table slot");
        assertEquals(Map.of(NgramIndex.MAX_LANGUAGES - 1, 1234), row(index, 3, "die"));
        assertEquals(Map.of(3, 1), row(index, 3, "zzz"), "a known n-gram costs at least 1, so 0 means unknown");
        assertEquals(NgramIndex.ABSENT, index.find(3, fp("xyz")));
        assertEquals(NgramIndex.ABSENT, index.find(2, fp("th")), "a length never built has no rows");
        assertTrue(index.bytes() > 0);
    }

    @Test
    void fingerprintTablesKeepNegativeValuesAndReportAbsentKeys() {
        FingerprintTable table = new FingerprintTable(3);
        table.put(fp("a"), 7);
        table.put(fp("b"), -5);
        table.put(fp("c"), Integer.MAX_VALUE);
        assertEquals(7, table.get(fp("a")));
        assertEquals(-5, table.get(fp("b")));
        assertEquals(Integer.MAX_VALUE, table.get(fp("c")));
        assertEquals(FingerprintTable.ABSENT, table.get(fp("d")));
    }

    @Test
    void prefixFingerprintsMatchWholeFingerprints() {
        long h = NgramFingerprint.SEED;
        for (char c : "quick".toCharArray()) {
            h = NgramFingerprint.extend(h, c);
        }
        assertEquals(fp("quick"), NgramFingerprint.fold(h));
        assertNotEquals(fp("quick"), NgramFingerprint.of("quick", 0, 4));
    }

    @Test
    void windowsMarkDistinctAllLetterRunsAndFingerprintTheirPrefixes() {
        TextWindows windows = new TextWindows("abab c", 2);
        // length 2: "ab" at 0 and "ba" at 1; "ab" again at 2 and the windows touching the space are not marked
        assertArrayEquals(new boolean[] {true, true, false, false, false, false}, windows.firstOccurrences(2));
        assertArrayEquals(new boolean[] {true, true, false, false, false, true}, windows.firstOccurrences(1));
        assertEquals(fp("ab"), windows.fingerprint(0, 2));
        assertEquals(fp("b"), windows.fingerprint(1, 1));
        assertEquals(fp("c"), windows.fingerprint(5, 1));
        assertArrayEquals(new boolean[] {false}, new TextWindows("a", 2).firstOccurrences(2));
        assertArrayEquals(new boolean[0], new TextWindows("", 3).firstOccurrences(1));
    }

    @Test
    void aLanguageLackingAnNgramScoresItsLongestKnownPrefix() {
        BackoffTables dense = new BackoffTables(2);
        long[] unigrams = {NgramIndex.pack(fp("a"), 0, 100), NgramIndex.pack(fp("b"), 0, 200),
            NgramIndex.pack(fp("a"), 1, 300), NgramIndex.pack(fp("b"), 1, 400)};
        long[] bigrams = {NgramIndex.pack(fp("ab"), 0, 50)};
        long[] bigramPrefixes = {(long) fp("ab") << 32 | fp("a") & 0xFFFFFFFFL};
        dense.build(1, unigrams, unigrams.length, new long[0]);
        dense.build(2, bigrams, bigrams.length, bigramPrefixes);
        LanguageModels models = new LanguageModels(List.of(), dense, new NgramIndex());
        NgramScorer.Sums sums = NgramScorer.sums(models, new TextWindows("abab", 2), new int[] {0, 1}, 1, 2);
        // unigrams "a", "b" once each; bigrams "ab" (0 knows it, 1 backs off to "a") and "ba" (both back off to "b")
        assertArrayEquals(new int[] {100 + 200 + 50 + 200, 300 + 400 + 300 + 400}, sums.costs());
        assertArrayEquals(new int[] {2, 2}, sums.knownLetters());
        assertEquals(0, sums.best());
        NgramScorer.Sums bigramsOnly = NgramScorer.sums(models, new TextWindows("abab", 2), new int[] {1, 0}, 2, 2);
        assertArrayEquals(new int[] {300 + 400, 50 + 200}, bigramsOnly.costs());
        assertEquals(1, bigramsOnly.best());
    }

    @Test
    void backoffTablesCountEveryByteOfTheirPackedVectors() {
        BackoffTables dense = new BackoffTables(9); // nine languages: three longs per vector
        long[] unigrams = {NgramIndex.pack(fp("a"), 0, 100), NgramIndex.pack(fp("b"), 8, 200)};
        dense.build(1, unigrams, unigrams.length, new long[0]);
        FingerprintTable table = new FingerprintTable(2);
        assertEquals(3, dense.words());
        assertEquals(table.bytes() + 2 * 3 * Long.BYTES, dense.bytes());
    }

    @Test
    void fourAndFiveGramsCorrectTheTrigramVectorForTheLanguagesThatKnowThem() {
        BackoffTables dense = new BackoffTables(2);
        String word = "abcde";
        for (int order = 1; order <= 3; order++) {
            String gram = word.substring(0, order);
            long[] entries = {NgramIndex.pack(fp(gram), 0, 10 * order), NgramIndex.pack(fp(gram), 1, 20 * order)};
            long[] prefixes = {(long) fp(gram) << 32 | fp(word.substring(0, order - 1)) & 0xFFFFFFFFL};
            dense.build(order, entries, entries.length, order == 1 ? new long[0] : prefixes);
        }
        NgramIndex sparse = new NgramIndex();
        long[] fourGrams = {NgramIndex.pack(fp("abcd"), 0, 1000), NgramIndex.pack(fp("abcd"), 1, 2000)};
        long[] fiveGrams = {NgramIndex.pack(fp("abcde"), 1, 5000)};
        sparse.build(4, fourGrams, fourGrams.length);
        sparse.build(5, fiveGrams, fiveGrams.length);
        LanguageModels models = new LanguageModels(List.of(), dense, sparse);
        // only position 0 has windows of length 4 and 5; score lengths 4–5 alone
        NgramScorer.Sums sums = NgramScorer.sums(models, new TextWindows("abcde", 5), new int[] {0, 1}, 4, 5);
        assertArrayEquals(new int[] {1000 + 1000, 2000 + 5000}, sums.costs());
    }

    @Test
    void cleaningKeepsLettersAndMarksDropsDigitsAndPunctuation() {
        assertEquals("hello world", DetectionText.clean("  Hello, World!! 2024 "));
        assertEquals("dont stop", DetectionText.clean("Don't  stop"));
        assertEquals("", DetectionText.clean("123 !!!"));
    }

    @Test
    void cleaningSkipsChatMarkupUnlessNothingElseIsLeft() {
        assertEquals("rt boy thats cold", DetectionText.clean(
                "RT @mleew17: boy thats cold http://t.co/cOU2WQ5L4q &amp; #tygaDwn &#8220;"));
        assertEquals("mail me atexamplecom", DetectionText.clean("mail me at@example.com"));
        assertEquals("love hate", DetectionText.clean("#love #hate"));
        assertEquals("user", DetectionText.clean("@user"));
        // markup starts only after a char that is not a word's: "h" and "w" inside words are letters
        assertEquals("show me nowhere", DetectionText.clean("show www.x.com me nowhere"));
        assertEquals("textampmore x y", DetectionText.clean("text&amp;more x &amp; y"));
        assertEquals("see", DetectionText.clean("see HTTPS://x.org/a?b=c"));
        assertEquals("naïve café", DetectionText.clean("Naïve\u00A0#x café😀"));
    }

    @Test
    void cleaningReadsOnlyTheBeginningOfLongText() {
        String cleaned = DetectionText.clean("word ".repeat(1000));
        assertTrue(cleaned.length() <= DetectionText.MAX_CHARS, cleaned.length() + " chars");
        assertTrue(cleaned.startsWith("word word"));
    }
}
