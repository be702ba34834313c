package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lookups straight from a span of text, as written or with the first char lower-cased. */
class FormTableTest {

    @Test
    void findsFormsInsideATextAndNothingElse() {
        FormTable table = new FormTable(Map.of("quick", 1, "fox", 3, "naïve", 5, "😀x", 7, "", 9));
        char[] text = "The quick Fox, naïve 😀x quic".toCharArray();
        assertEquals(1, table.flags(text, 4, 9, false));
        assertEquals(-1, table.flags(text, 10, 13, false));
        assertEquals(3, table.flags(text, 10, 13, true));
        assertEquals(5, table.flags(text, 15, 20, false));
        assertEquals(7, table.flags(text, 21, 24, false));
        assertEquals(-1, table.flags(text, 25, 29, false));
        assertEquals(-1, table.flags(text, 0, 3, true));
        assertEquals(9, table.flags(text, 3, 3, false));
        assertEquals(5, table.size());
    }

    @Test
    void holdsManyFormsWhoseHashesCollide() {
        Map<String, Integer> forms = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            forms.put("w" + Integer.toString(i, 36), i & 0xFFFF);
        }
        // "Aa" and "BB" have the same String hash; so do all their concatenations.
        forms.put("AaAa", 1);
        forms.put("BBBB", 2);
        forms.put("AaBB", 3);
        FormTable table = new FormTable(forms);
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            char[] word = e.getKey().toCharArray();
            assertEquals(e.getValue(), table.flags(word, 0, word.length, false), e.getKey());
        }
        assertEquals(-1, table.flags("BBAa".toCharArray(), 0, 4, false));
        assertEquals(-1, table.flags("wzzzzz".toCharArray(), 0, 6, false));
    }

    @Test
    void packsShortPlainFormsAndKeepsTheRestApart() {
        Map<String, Integer> forms = new HashMap<>();
        forms.put("abcdefghijk", 1); // 11 chars: packed
        forms.put("abcdefghijkl", 2); // 12 chars: not
        forms.put("o'clock", 3);
        forms.put("big", 300); // flags too large to pack
        forms.put("bi", 4);
        FormTable table = new FormTable(forms);
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            char[] word = e.getKey().toCharArray();
            assertEquals(e.getValue(), table.flags(word, 0, word.length, false), e.getKey());
        }
        assertEquals(3, table.flags("O'clock".toCharArray(), 0, 7, true));
        assertEquals(-1, table.flags("O'clock".toCharArray(), 0, 7, false));
        assertEquals(300, table.flags("Big".toCharArray(), 0, 3, true));
        assertEquals(-1, table.flags("abcdefghij".toCharArray(), 0, 10, false));
        assertEquals(-1, table.flags("abcdefghijka".toCharArray(), 0, 12, false));
        assertEquals(-1, table.flags("b".toCharArray(), 0, 1, false));
    }
}
