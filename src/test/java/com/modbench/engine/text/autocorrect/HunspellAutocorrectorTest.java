package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spelling correction: what it fixes, how it ranks, what it must never touch, and its offset map. */
class HunspellAutocorrectorTest {

    private static final Autocorrector CORRECTOR = HunspellAutocorrector.english();

    private static String correct(String text) {
        return CORRECTOR.correct(text, word -> false).text();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "quck|quick",
        "lzay|lazy",
        "recieve|receive",
        "definately|definitely",
        "occured|occurred",
        "grabage|garbage",
        "The qu!ck brown f0x jumps over the lzay d0g|The quick brown fox jumps over the lazy dog",
        "Teh cat sat|The cat sat",
        "Thsi is a tset of teh sytem|This is a test of the system",
    })
    void correctsMisspeltWords(String text, String expected) {
        assertEquals(expected, correct(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Is this a crap email abcdef@abcd.com, phone: 6657789887, IP: 255.255.255.255",
        "see https://gooogle.com/serch or www.exmaple.com",
        "ping @jnae about #blessd",
        "order 12345 shipped on 2024-05-01, room 4b",
        "I met Jonh Smyth in Londn",
        "NASA and the FBII met, iPhne users too",
        "lol luv u, kewl",
        "ok ur so gr",
    })
    void leavesProtectedTextAlone(String text) {
        assertEquals(text, correct(text));
    }

    @Test
    void neverTouchesAWordTheTermListsHold() {
        Set<String> terms = Set.of("abcdef", "fcuk");
        CorrectedText out = CORRECTOR.correct("abcdef and fcuk and quck", terms::contains);
        assertEquals("abcdef and fcuk and quick", out.text());
    }

    @Test
    void wordsTheDictionaryKnowsAreUnchanged() {
        String text = "The analysis of these sentences is complete, isn't it? Yes: it's fine.";
        CorrectedText out = CORRECTOR.correct(text, word -> false);
        assertFalse(out.changed());
        assertEquals(text, out.text());
    }

    @Test
    void offsetMapLeadsBackToTheOriginal() {
        String original = "😀 teh quck fox";
        CorrectedText out = CORRECTOR.correct(original, word -> false);
        assertEquals("😀 the quick fox", out.text());
        int quick = out.text().indexOf("quick");
        assertEquals(original.indexOf("quck"), out.toOriginal(quick));
        assertEquals(original.indexOf("quck") + 4, out.toOriginalEnd(quick + 5));
        int fox = out.text().indexOf("fox");
        assertEquals(original.indexOf("fox"), out.toOriginal(fox));
        assertEquals(original.length(), out.toOriginal(out.text().length()));
    }

    @Test
    void editsReplaceExactlyTheWordSpans() {
        CorrectedText out = CorrectedText.of("ab cd ef", List.of(new CorrectedText.Edit(3, 5, "xyz")));
        assertEquals("ab xyz ef", out.text());
        assertEquals(3, out.toOriginal(4));
        assertEquals(6, out.toOriginal(7));
        assertEquals(5, out.toOriginalEnd(6));
    }

    @Test
    void keyboardNeighboursAreCheaperEdits() {
        assertTrue(SpellingSuggester.adjacent('q', 'w'));
        assertTrue(SpellingSuggester.adjacent('s', 'x'));
        assertFalse(SpellingSuggester.adjacent('q', 'p'));
    }
}
