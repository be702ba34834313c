package com.modbench.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatMarkupTest {

    /** text|where the markup starting at 'at' ends (at itself: no markup there). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "@user_1: hi|0|7",
        "say @bob!|4|8",
        "#Blessed2024 day|0|12",
        "see http://t.co/x?a=1 now|4|21",
        "HTTPS://Example.com|0|19",
        "www.example.com.|0|16",
        "this &amp; that|5|10",
        "quote &#8220;hi|6|13",
        "hex &#x27;s|4|10",
        // not markup: inside a word, nothing after the sign, no ';', too long, a plain word
        "me@example.com|2|2",
        "AT&T|2|2",
        "@ alone|0|0",
        "#|0|0",
        "a & b|2|2",
        "&amp|0|0",
        "&verylongname;|0|0",
        "with|3|3",
        "hello|0|0",
    })
    void markupEndsWhereItsNameOrAddressEnds(String text, int at, int end) {
        assertEquals(end, ChatMarkup.end(text, at));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"http://a|true", "https://a|true", "WWW.a|true", "htt|false", "web|false"})
    void linksStartWithASchemeOrWww(String text, boolean link) {
        assertEquals(link, ChatMarkup.startsLink(text, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a", "Z", "7", "_", "é"})
    void handleCharsAreLettersDigitsAndUnderscore(char c) {
        assertTrue(ChatMarkup.isHandleChar(c));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'.'", "'@'", "'#'", "' '", "'-'"})
    void punctuationEndsAHandle(char c) {
        assertFalse(ChatMarkup.isHandleChar(c));
    }
}
