package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a text may be cut so that its normalised form and match key are computed piece by piece. */
class KeyBreaksTest {

    @Test
    void spaceBetweenWordsIsABreak() {
        assertTrue(KeyBreaks.isBreak("ab cd", 2));
        assertTrue(KeyBreaks.isBreak("a cd", 1), "a word of two letters after it");
        assertTrue(KeyBreaks.isBreak("ab c", 2), "a word of two letters before it");
        assertTrue(KeyBreaks.isBreak("x 1", 1), "a digit after it is no spaced letter");
        assertTrue(KeyBreaks.isBreak("ab\ncd", 2));
        assertTrue(KeyBreaks.isBreak("ab\tcd", 2));
    }

    @Test
    void spaceBetweenLoneLettersIsNoBreak() {
        assertFalse(KeyBreaks.isBreak("f u c k", 1));
        assertFalse(KeyBreaks.isBreak("f u c k", 3));
        assertFalse(KeyBreaks.isBreak("a. b", 2), "a lone letter before, a lone one after");
        assertTrue(KeyBreaks.isBreak("ab .c", 2), "b ends a longer word: no spaced run reaches c from there");
    }

    @Test
    void onlyAsciiWhiteSpaceNotFollowedByAMarkIsABreak() {
        assertFalse(KeyBreaks.isBreak("ab\u00A0cd", 2), "no-break space is folded by the normaliser");
        assertFalse(KeyBreaks.isBreak("ab\u3000cd", 2));
        assertFalse(KeyBreaks.isBreak("ab \u0301cd", 2), "a combining mark composes with the space");
        assertFalse(KeyBreaks.isBreak("ab \u200Bcd", 2), "an invisible char after it");
        assertFalse(KeyBreaks.isBreak("abcd", 1));
    }

    @Test
    void textEnds() {
        assertTrue(KeyBreaks.isBreak(" ab", 0), "at the start, with a word after");
        assertFalse(KeyBreaks.isBreak(" a", 0), "at the start, with a lone letter after");
        assertTrue(KeyBreaks.isBreak("ab ", 2));
        assertFalse(KeyBreaks.isBreak("a ", 1));
        assertFalse(KeyBreaks.isBreak("😂 😂", 2), "emoji on both sides: no letters that rule a spaced run out");
    }

    @Test
    void previousAndNext() {
        String text = "one two a b c three";
        assertEquals(3, KeyBreaks.previous(text, 7));
        assertEquals(-1, KeyBreaks.previous(text, 3));
        assertEquals(7, KeyBreaks.next(text, 4));
        assertEquals(13, KeyBreaks.next(text, 8), "the spaces between a, b and c are no breaks");
        assertEquals(text.length(), KeyBreaks.next(text, 14));
    }
}
