package com.modbench.engine.text.terms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which word pairs a separator of a text may lie between, inside a match. */
class SeparatorWordsTest {

    private static final SeparatorWords WORDS = new SeparatorWords(List.of("ball sack", "go to hell", "fuck",
            "s m", "moby dick"));

    @Test
    void firstWordsEndATextWordLastWordsStartOne() {
        assertTrue(WORDS.mayJoin("ball", "sack"));
        assertTrue(WORDS.mayJoin("football", "sacks"), "a key's first word may end a word, its last start one");
        assertFalse(WORDS.mayJoin("ballx", "sack"));
        assertFalse(WORDS.mayJoin("ball", "xsack"));
        assertFalse(WORDS.mayJoin("ball", "dick"), "words of two different keys");
        assertTrue(WORDS.mayJoin("moby", "dick"));
    }

    @Test
    void innerWordsMustBeWhole() {
        assertTrue(WORDS.mayJoin("go", "to"));
        assertTrue(WORDS.mayJoin("to", "hell"));
        assertFalse(WORDS.mayJoin("go", "tom"), "to is no key's last word: it must be the whole word");
        assertFalse(WORDS.mayJoin("xto", "hell"), "to is no key's first word: it must be the whole word");
        assertTrue(WORDS.mayJoin("ago", "to"), "go is a first word");
    }

    @Test
    void oneWordUnknown() {
        assertTrue(WORDS.mayJoin(null, "sacks"));
        assertTrue(WORDS.mayJoin("bus", null), "ends with s, the first word of s m");
        assertFalse(WORDS.mayJoin(null, "quick"));
        assertFalse(WORDS.mayJoin("quick", null));
        assertFalse(WORDS.mayJoin("", "sack"), "no word before");
        assertFalse(WORDS.mayJoin("ball", ""), "no word after");
        assertFalse(new SeparatorWords(List.of("fuck", "shit")).mayJoin(null, null), "no key has a separator");
    }
}
