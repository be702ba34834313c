package com.modbench.engine.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks for numbers, ordinals and units answer as the regular expressions they replace. */
class LeetWordsTest {

    private static final Pattern ORDINAL_OR_UNIT = Pattern.compile(
            "\\d+(st|nd|rd|th|s|k|m|h|am|pm|x|p|d|g|mb|gb|kb|kg|km|cm|mm|ml|hz|fps|yo|yr|yrs)|[a-z]\\d+");
    private static final Pattern NUMBER = Pattern.compile("[$€£¥#+-]?[0-9][0-9.,:/%x-]*");

    @Test
    void ordinalsUnitsAndNumbersAsTheRegularExpressionsSay() {
        String alphabet = "0123456789stndrhkmapxdgbyfozl.,:/%-$€£¥#+ é٣";
        Random random = new Random(11);
        for (int round = 0; round < 200_000; round++) {
            char[] word = new char[1 + random.nextInt(6)];
            for (int i = 0; i < word.length; i++) {
                word[i] = random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10))
                        : alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String s = new String(word);
            assertEquals(ORDINAL_OR_UNIT.matcher(s).matches(), LeetWords.isOrdinalOrUnit(word, 0, word.length), s);
            assertEquals(NUMBER.matcher(s).matches(), LeetWords.isNumber(word, 0, word.length), s);
        }
    }

    @Test
    void leetspeakIsReadInWordsThatMixLettersWithDigitsOrSymbols() {
        assertTrue(usesLeet("sh1t"));
        assertTrue(usesLeet("@55"));
        assertTrue(usesLeet("b!tch"));
        assertFalse(usesLeet("word"));
        assertFalse(usesLeet("4th"));
        assertFalse(usesLeet("a55"));
        assertFalse(usesLeet("$100"));
        assertFalse(usesLeet("me@example.com"));
        assertFalse(usesLeet("http://t.co"));
        assertFalse(usesLeet("www.x"));
    }

    private static boolean usesLeet(String word) {
        return LeetWords.usesLeet(word.toCharArray(), 0, word.length());
    }
}
