package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scanner finds exactly the words the corrector's original pattern found, on text of every kind. */
class WordScannerTest {

    /** The pattern the corrector used before the scanner; the definition of a word. */
    static final Pattern WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}'_@#$/\\\\.-])\\p{L}(?:[\\p{L}']|[013457@$!|](?=\\p{L}))*\\p{L}(?![\\p{L}\\p{N}_@/\\\\-])");
    private static final Pattern LEET = Pattern.compile("[013457@$!|]");

    /** Pieces of text that exercise every branch: the look-behind and look-ahead sets, leet, surrogates, scripts. */
    private static final String[] PIECES = {
        "a", "b", "e", "Z", "q", "teh", "The", "don't", "'", "'s", "0", "1", "3", "4", "5", "7", "9", "@", "$", "!",
        "|", "#", "_", "/", "\\", ".", "-", ",", "?", " ", "  ", "\t", "\n", "\u00A0", "é", "ß", "ñ", "я", "Ж",
        "\u0301", "😀", "👍🏽", "\uD835\uDC00", "\uD835\uDFCE", "\uD83D", "\uDE00", "٣", "²", "Ⅻ", "中", "ｆ", "ǅ",
        "sh!t", "qu!ck", "f0x", "l33t", "a$$", "@user", "#tag", "http://x.co/y", "a@b.com", "rock'n'roll",
    };

    private static List<int[]> byPattern(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end(), LEET.matcher(m.group()).find() ? 1 : 0});
        }
        return spans;
    }

    private static List<int[]> byScanner(String text) {
        List<int[]> spans = new ArrayList<>();
        WordScanner scanner = new WordScanner(text.toCharArray());
        while (scanner.next()) {
            spans.add(new int[] {scanner.start(), scanner.end(), scanner.hasLeet() ? 1 : 0});
        }
        return spans;
    }

    private static String describe(List<int[]> spans) {
        StringBuilder out = new StringBuilder();
        for (int[] span : spans) {
            out.append('[').append(span[0]).append(',').append(span[1]).append(span[2] == 1 ? " leet" : "").append(']');
        }
        return out.toString();
    }

    private static void assertSameWords(String text) {
        assertEquals(describe(byPattern(text)), describe(byScanner(text)), () -> "words of \"" + text + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "don't-teh => don",
        "sh!t-x => sh",
        "qu!ck f0x => qu!ck f0x",
        "abc_ abc@ abc/ abc\\ abc- abc1 => ",
        "_abc @abc #abc $abc /abc \\abc .abc -abc 'abc 1abc => ",
        "abc! abc| abc$ abc. abc, abc' => abc abc abc abc abc abc",
        "a!b!c!d- => a!b!c",
        "😀teh😀 \uD835\uDC00\uD835\uDC01c => teh \uD835\uDC00\uD835\uDC01c",
        "ab''cd' => ab''cd",
        "x => ",
    })
    void examples(String text, String words) {
        List<String> found = new ArrayList<>();
        for (int[] span : byScanner(text)) {
            found.add(text.substring(span[0], span[1]));
        }
        assertEquals(words == null ? "" : words, String.join(" ", found));
        assertSameWords(text);
    }

    @Test
    void findsTheWordsThePatternFindsInRandomText() {
        Random random = new Random(20240501);
        for (int i = 0; i < 20_000; i++) {
            assertSameWords(RandomTexts.ofPieces(random, PIECES, 24));
        }
    }

    @Test
    void findsTheWordsThePatternFindsIn1024CharsOfNoise() {
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'_@#$/\\.-!|&*()?, \t\nßéя😀\uD835\uDC00";
        for (int i = 0; i < 300; i++) {
            assertSameWords(RandomTexts.noise(random, alphabet, 1024));
        }
        assertSameWords("7".repeat(1024));
        assertSameWords("a".repeat(1024));
        assertSameWords("a!".repeat(512));
        assertSameWords("😀".repeat(512));
    }
}
