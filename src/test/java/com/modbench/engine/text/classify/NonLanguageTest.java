package com.modbench.engine.text.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Handles and links are found around the asked offset; the answer is the one the list of all their spans gives. */
class NonLanguageTest {

    @Test
    void coversWhatTheSpansOfAllHandlesAndLinksCover() {
        String[] pool = {"@", "a", "_", "1", " ", "\n", ".", ":", "/", "http://", "https://", "www.", "h", "w", "é", "@x"};
        Random random = new Random(9);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(round % 50 == 0 ? 200 : 15);
            for (int i = 0; i < parts; i++) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            String s = text.toString();
            NonLanguage nonLanguage = NonLanguage.in(s);
            List<int[]> spans = spans(s);
            for (int offset = 0; offset < s.length(); offset++) {
                int at = offset;
                boolean expected = spans.stream().anyMatch(span -> span[0] <= at && at < span[1]);
                assertEquals(expected, nonLanguage.covers(offset), () -> "'" + s + "' at " + at);
            }
        }
    }

    @Test
    void handlesAndLinksButNotMailOrWords() {
        String text = "@sofuckingcool says http://x.co/fuck and me@fuck.com fuck";
        NonLanguage nonLanguage = NonLanguage.in(text);
        assertTrue(nonLanguage.covers(text.indexOf("fucking")));
        assertTrue(nonLanguage.covers(text.indexOf("fuck ")));
        assertFalse(nonLanguage.covers(text.indexOf("@fuck") + 1));
        assertFalse(nonLanguage.covers(text.lastIndexOf("fuck")));
    }

    /** Every handle and link span, found the long way. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at == 0 || !isHandleChar(text.charAt(at - 1))) {
                int end = at + 1;
                while (end < text.length() && isHandleChar(text.charAt(end))) {
                    end++;
                }
                if (end > at + 1) {
                    spans.add(new int[] {at, end});
                }
            }
        }
        for (String start : new String[] {"http://", "https://", "www."}) {
            for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
                int end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                spans.add(new int[] {at, end});
            }
        }
        return spans;
    }

    private static boolean isHandleChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
