package com.modbench.engine.text.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The normaliser copies runs of plain ASCII without looking them up, and resolves look-alikes only in words with a
 * char from U+0180 on. These cases sit on the edges of those runs: where an ASCII letter is followed by a combining
 * mark, a surrogate pair, an invisible char, or nothing.
 */
class NormalizerFastPathTest {

    private final Normalizer normalizer = new CaseFoldNormalizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // input | normalised | starts | ends
        "Cafe\\u0301s | caf\\u00e9s | 0 1 2 3 5 6 | 1 2 3 5 6",
        "ABC def | abc def | 0 1 2 3 4 5 6 7 | 1 2 3 4 5 6 7",
        "a\\ud83d\\ude00b | a\\ud83d\\ude00b | 0 1 1 3 4 | 1 3 3 4",
        "a\\ud800b | a\\ud800b | 0 1 2 3 | 1 2 3",
        "ab\\u200bcd | abcd | 0 1 3 4 5 | 1 2 4 5",
        "x\\u0301 | x\\u0301 | 0 0 2 | 2 2",
        "A\\u0301 | \\u00e1 | 0 2 | 2",
        "hello b\\u0430stard \\ud83d\\ude02 | hello bastard \\ud83d\\ude02 | 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 14 16"
            + " | 1 2 3 4 5 6 7 8 9 10 11 12 13 14 16 16",
    })
    void asciiRunsEndWhereTheNextCharMayChangeThem(String input, String expected, String starts, String ends) {
        NormalizedText n = normalizer.normalize(unescape(input));
        assertEquals(unescape(expected), n.text());
        assertArrayEquals(ints(starts), n.toOriginal());
        assertArrayEquals(ints(ends), n.toOriginalEnd());
    }

    @Test
    void aMarkAfterTheLastOfAThousandAsciiLettersComposesWithIt() {
        String input = "A".repeat(1023) + "\u0301";
        NormalizedText n = normalizer.normalize(input);
        assertEquals("a".repeat(1022) + "\u00e1", n.text());
        assertEquals(1022, n.originalStart(1022));
        assertEquals(1024, n.originalEnd(1023));
    }

    @Test
    void aMixedScriptWordAfterLongAsciiIsStillResolved() {
        String ascii = "plain words only ".repeat(60);
        NormalizedText n = normalizer.normalize(ascii + "b\u0430stard \ud83d\ude02 x\u0443\u0439");
        assertEquals(ascii.toLowerCase() + "bastard \ud83d\ude02 \u0445\u0443\u0439", n.text());
    }

    /**
     * Words normalise on their own: a text of pieces (none starting with a combining mark) joined by spaces
     * normalises to the pieces' normalised texts joined by spaces, with the same maps shifted. Holds whichever path
     * each piece takes, up to 1,024 chars and more.
     */
    @Test
    void aTextNormalisesAsItsSpaceSeparatedPieces() {
        String[] pool = {"Word", "WORD,", "e\u0301", "Cafe\u0301", "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69", "\u64cd\u4f60",
            "b\u0430stard", "\u0299\u026a\u1d1b\u1d04\u029c", "\uff46\uff55\uff43\uff4b", "f\u200buck", "\ud800", "\udc00x",
            "ab\u0301\u0302", "Stra\u00dfe", "\u01c5", "\ufb01", "x\u0443\u0439", "\u0441\u043e\u0441\u043e", "\u24d5", "1st", "@user:"};
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            int target = round % 3 == 0 ? 1024 : 1 + random.nextInt(200);
            int[] starts = new int[0];
            int[] ends = new int[0];
            while (text.length() < target) {
                if (text.length() > 0) {
                    starts = append(starts, text.length());
                    ends = append(ends, text.length() + 1);
                    text.append(' ');
                    expected.append(' ');
                }
                String piece = pool[random.nextInt(pool.length)];
                NormalizedText alone = normalizer.normalize(piece);
                int offset = text.length();
                starts = concat(starts, Arrays.copyOf(alone.toOriginal(), alone.text().length()), offset);
                ends = concat(ends, alone.toOriginalEnd(), offset);
                text.append(piece);
                expected.append(alone.text());
            }
            NormalizedText n = normalizer.normalize(text.toString());
            assertEquals(expected.toString(), n.text(), text::toString);
            assertArrayEquals(append(starts, text.length()), n.toOriginal(), text::toString);
            assertArrayEquals(ends, n.toOriginalEnd(), text::toString);
        }
    }

    private static int[] append(int[] values, int value) {
        int[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = value;
        return out;
    }

    private static int[] concat(int[] values, int[] more, int offset) {
        int[] out = Arrays.copyOf(values, values.length + more.length);
        for (int i = 0; i < more.length; i++) {
            out[values.length + i] = more[i] + offset;
        }
        return out;
    }

    private static int[] ints(String spaced) {
        return Arrays.stream(spaced.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString().strip();
    }

    @Test
    void unescapeReadsJavaEscapes() {
        assertEquals("a\u00e9", unescape("a\\u00e9"));
        assertEquals(3, IntStream.of(ints(" 1 2 3 ")).count());
    }
}
