package com.modbench.engine.text.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Words are found 64 chars at a time with bit operations; they must be the words a plain reading finds: runs of
 * letters, digits, marks and apostrophes, trailing ASCII apostrophes trimmed, ’ read as '. Words that cross a
 * 64-char block, end the text, or are one char long included.
 */
class TokensTest {

    private static final Pattern WORD = Pattern.compile("[\\p{IsLetter}\\p{Nd}\\p{Mn}'’]+");

    @Test
    void findsTheWordsAPlainReadingFinds() {
        String pool = "ab'’ éñ\u0301x1.,@😀\t-ёж";
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            int length = round % 100 == 0 ? 1024 : random.nextInt(200);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            assertEquals(reference(text.toString()), words(Tokens.of(text.toString())), text::toString);
        }
    }

    @Test
    void wordsOnBlockEdges() {
        String text = "x".repeat(63) + " " + "y".repeat(64) + "z";
        Tokens tokens = Tokens.of(text);
        assertEquals(List.of("x".repeat(63), "y".repeat(64) + "z"), words(tokens));
        assertEquals(64, tokens.start(1));
        assertEquals(List.of("a", "dogs", "'", "i'm"), words(Tokens.of("a dogs'' ' i’m")));
    }

    @Test
    void theFilterNeverHidesAKeyOrItsPlural() {
        WordMap<String> filter = new WordMap<>(Map.of("bitch", "1", "ho", "2", "pimp", "3", "y'all", "4"));
        Tokens tokens = Tokens.of("bitches bitchs ho hos hoes pimps y’all yall cat", filter);
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.mayBeIn(i)) {
                marked.add(tokens.text(i));
            }
        }
        assertTrue(marked.containsAll(List.of("bitches", "bitchs", "ho", "pimps", "y'all")), marked::toString);
        assertEquals("1", filter.get(tokens, 1, 1));
        assertEquals("4", filter.get(tokens, 6));
        assertEquals(null, filter.get(tokens, 8));
    }

    private static List<String> words(Tokens tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.text(i));
            assertEquals(tokens.text(i).length(), tokens.length(i));
        }
        return out;
    }

    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            while (word.length() > 1 && word.endsWith("'")) {
                word = word.substring(0, word.length() - 1);
            }
            out.add(word.replace('’', '\''));
        }
        return out;
    }
}
