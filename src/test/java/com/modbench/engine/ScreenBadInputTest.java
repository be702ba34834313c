package com.modbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ModeratorException;
import com.modbench.api.ScreenOptions;
import com.modbench.api.TextModeration;
import com.modbench.model.text.Screen;
import com.modbench.testing.TestEngines;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and awkward input through the public API: refused input raises {@link ModeratorException} with the API's
 * code, HTTP status and a readable message; everything else screens without a crash, indexes still right.
 */
class ScreenBadInputTest {

    private static TextModeration text;

    @BeforeAll
    static void start() {
        text = TestEngines.shared().text();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("null", null, "EmptyContent", "empty"),
                Arguments.of("empty", "", "EmptyContent", "empty"),
                Arguments.of("one space", " ", "EmptyContent", "white space"),
                Arguments.of("tabs and newlines", "\t\r\n \n\t", "EmptyContent", "white space"),
                Arguments.of("no-break, figure and ideographic spaces", "\u00A0\u2007\u202F\u3000", "EmptyContent",
                        "white space"),
                Arguments.of("line and paragraph separators", "\u2028\u2029", "EmptyContent", "white space"),
                Arguments.of("1,025 characters", "a".repeat(1025), "TextTooLong", "1025"),
                Arguments.of("1,025 characters of words ending in a term", "x ".repeat(510) + "crap!", "TextTooLong",
                        "1024"),
                Arguments.of("513 emoji are 1,026 UTF-16 units", "😀".repeat(513), "TextTooLong", "1026"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithTheApiError(String name, String input, String code, String messagePart) {
        for (ScreenOptions options : new ScreenOptions[] {ScreenOptions.DEFAULT, ScreenOptions.all()}) {
            ModeratorException e = assertThrows(ModeratorException.class, () -> text.screen(input, options));
            assertEquals(code, e.code());
            assertEquals(400, e.httpStatus());
            assertTrue(e.getMessage().contains(messagePart), e.getMessage());
            assertEquals(code, e.toApiError().error().code());
            assertEquals(e.getMessage(), e.toApiError().error().message());
        }
        ModeratorException detect = assertThrows(ModeratorException.class, () -> text.detectLanguage(input));
        assertEquals(code, detect.code());
    }

    @Test
    void exactly1024UnitsIsAccepted() {
        String input = "x ".repeat(510) + "crap";
        assertEquals(1024, input.length());
        Screen screen = text.screen(input, ScreenOptions.all());
        assertEquals(1020, screen.terms().get(0).originalIndex());

        String emoji = "😀".repeat(510) + "crap";
        assertEquals(1024, emoji.length(), "the limit counts UTF-16 units");
        assertEquals(1020, text.screen(emoji, ScreenOptions.all()).terms().get(0).originalIndex());
    }

    /** Awkward input that must screen: the term's OriginalIndex is where Java's indexOf finds it. */
    static Stream<Arguments> awkward() {
        return Stream.of(
                Arguments.of("NUL before the term", "a\u0000crap"),
                Arguments.of("NUL around the term", "\u0000crap\u0000"),
                Arguments.of("bell, escape and delete", "\u0007\u001B[31m \u007F crap"),
                Arguments.of("C1 controls", "\u0085\u0090\u009F crap"),
                Arguments.of("lone high surrogate before the term", "\uD83D crap"),
                Arguments.of("lone low surrogate before the term", "\uDE00 crap"),
                Arguments.of("reversed surrogate pair", "\uDE00\uD83D crap"),
                Arguments.of("only emoji then the term", "😀😀😀😀 crap"),
                Arguments.of("Arabic sentence", "هذا نص عربي crap ونهاية"),
                Arguments.of("Hebrew sentence", "זה טקסט בעברית crap וסוף"),
                Arguments.of("right-to-left mark before the term", "\u200Fcrap"),
                Arguments.of("right-to-left override before the phrase", "\u202E crap"),
                Arguments.of("combining acute before the term", "cafe\u0301 crap"),
                Arguments.of("stacked combining marks before the term", "Z\u0336\u0334a\u0335l\u0337g\u0338o\u0334 crap"),
                Arguments.of("Hangul jamo and Devanagari before the term", "\u1112\u1161\u11AB नमस्ते crap"),
                Arguments.of("zero-width joiner emoji before the term", "👩\u200D💻 crap"),
                Arguments.of("variation selector before the term", "\u2764\uFE0F crap"),
                Arguments.of("private use and noncharacters", "\uE000\uFFFF\uFDD0 crap"),
                Arguments.of("byte order mark first", "\uFEFFcrap"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkward")
    void screensWithTheTermAtItsUtf16Index(String name, String input) {
        Screen screen = text.screen(input, ScreenOptions.all());

        assertEquals(input, screen.originalText());
        assertEquals(3000, screen.status().code());
        assertEquals(1, screen.terms().size(), String.valueOf(screen.terms()));
        assertEquals("crap", screen.terms().get(0).term());
        assertEquals(input.indexOf("crap"), screen.terms().get(0).originalIndex());
        assertTrue(screen.normalizedText().startsWith("crap", screen.terms().get(0).index()), screen.normalizedText());
    }

    static Stream<Arguments> awkwardPii() {
        return Stream.of(
                Arguments.of("email after NUL", "\u0000abcdef@abcd.com", "abcdef@abcd.com"),
                Arguments.of("email in Arabic", "راسلني على abcdef@abcd.com من فضلك", "abcdef@abcd.com"),
                Arguments.of("phone in Hebrew", "התקשר 425-555-0100 עכשיו", "425-555-0100"),
                Arguments.of("IPv4 after combining marks", "e\u0301\u0301 10.0.0.1", "10.0.0.1"),
                Arguments.of("SSN after a right-to-left mark", "\u200F 123-45-6789", "123-45-6789"),
                Arguments.of("email after lone surrogate", "\uD800 abcdef@abcd.com", "abcdef@abcd.com"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardPii")
    void personalDataInAwkwardTextIsAtItsUtf16Index(String name, String input, String found) {
        Screen screen = text.screen(input, ScreenOptions.DEFAULT.withPii(true));

        int expected = input.indexOf(found);
        boolean atIndex = Stream.of(screen.pii().email().stream().map(e -> e.text() + "@" + e.index()),
                        screen.pii().phone().stream().map(p -> p.text() + "@" + p.index()),
                        screen.pii().ipa().stream().map(p -> p.text() + "@" + p.index()),
                        screen.pii().ssn().stream().map(p -> p.text() + "@" + p.index()))
                .flatMap(s -> s).anyMatch((found + "@" + expected)::equals);
        assertTrue(atIndex, found + " at " + expected + " in " + screen.pii());
    }

    @Test
    void textWithNothingButControlsOrEmojiScreensEmpty() {
        for (String input : new String[] {"\u0000", "\u0000\u0001\u0002", "😀", "😀😀😀", "\u200B\u200D", "\uD800"}) {
            Screen screen = text.screen(input, ScreenOptions.all());
            assertEquals(input, screen.originalText());
            assertNull(screen.terms(), input);
        }
    }
}
