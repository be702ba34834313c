package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Searching only a word's run of non-space characters shields exactly what searching the whole text shielded. */
class ProtectedSpansTest {

    private static final String[] PIECES = {
        "teh", "quck", "The", "a", "x1", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u000B", "\f", "@", "#",
        ".", ":", "/", "-", "_", "'", ",", "!", "http://", "https://", "HTTPS://", "ftp://", "www.", "WWW.", ".com",
        ".co.uk", ".io", "mail@", "@user", "#tag", "teh@quck.com", "a.b.com", "😀", "\uD835\uDC00", "é", "я", "٣",
    };

    /** What the corrector did before: one pass of the pattern over the whole text, a flag per char. */
    static boolean[] shieldedByWholeText(String text) {
        boolean[] out = new boolean[text.length() + 1];
        Matcher m = ProtectedSpans.PATTERN.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = true;
            }
        }
        return out;
    }

    private static void assertSameShield(String text) {
        boolean[] shielded = shieldedByWholeText(text);
        WordScanner words = new WordScanner(text.toCharArray());
        while (words.next()) {
            int start = words.start();
            int end = words.end();
            assertEquals(shielded[start] || shielded[end - 1], ProtectedSpans.covers(text, start, end),
                    () -> "\"" + text.substring(start, end) + "\" at " + start + " in \"" + text + "\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "mail teh@quck.com now => true",
        "RT @jnae:teh quck => false",
        "RT x@jnae:teh quck => true",
        "see www.teh.quck.com => true",
        "see https://quck.com/teh => true",
        "a.b.teh.com teh => true",
        "#teh #quck_teh @teh_quck => true",
        "teh.quck => false",
        "teh => false",
    })
    void shieldsTheFirstWordOfItsRunWhenAPatternCoversIt(String text, boolean covered) {
        int start = text.indexOf("teh");
        assertEquals(covered, ProtectedSpans.covers(text, start, start + 3));
        assertSameShield(text);
    }

    @Test
    void shieldsWhatTheWholeTextPatternShieldsInRandomText() {
        Random random = new Random(99);
        for (int i = 0; i < 20_000; i++) {
            assertSameShield(RandomTexts.ofPieces(random, PIECES, 20));
        }
    }

    @Test
    void shieldsWhatTheWholeTextPatternShieldsIn1024CharsOfNoise() {
        Random random = new Random(5);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 @#.:/-_'!\t\n\u00A0😀";
        for (int i = 0; i < 200; i++) {
            assertSameShield(RandomTexts.noise(random, alphabet, 1024));
        }
    }
}
