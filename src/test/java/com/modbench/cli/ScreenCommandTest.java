package com.modbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.model.Json;
import com.modbench.model.text.Pii;
import com.modbench.model.text.Screen;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code screen} on a single text from stdin: the Screen JSON on stdout, or the API error body on stderr, exit 2. */
class ScreenCommandTest {

    static final String SEED = "Is this a crap email abcdef@abcd.com, phone: 6657789887, IP: 255.255.255.255, "
            + "1 Microsoft Way, Redmond, WA 98052";

    @Test
    void seedSamplePrintsTheScreenJson() throws Exception {
        CliRun run = CliRun.of(SEED, "screen", "--pii", "--classify");

        assertEquals(Cli.OK, run.exit(), run.err());
        assertEquals("", run.err());
        Screen screen = Json.mapper().readValue(run.out(), Screen.class);
        Pii pii = screen.pii();
        assertAll(
                () -> assertEquals(SEED, screen.originalText()),
                () -> assertEquals(10, screen.terms().get(0).index()),
                () -> assertEquals(10, screen.terms().get(0).originalIndex()),
                () -> assertEquals(0, screen.terms().get(0).listId()),
                () -> assertEquals("crap", screen.terms().get(0).term()),
                () -> assertEquals(21, pii.email().get(0).index()),
                () -> assertEquals("US", pii.phone().get(0).countryCode()),
                () -> assertEquals(45, pii.phone().get(0).index()),
                () -> assertEquals("IPV4", pii.ipa().get(0).subType()),
                () -> assertEquals(61, pii.ipa().get(0).index()),
                () -> assertEquals(78, pii.address().get(0).index()),
                () -> assertEquals(3000, screen.status().code()),
                () -> assertTrue(screen.classification() != null, "Classification requested"));
    }

    static Stream<Arguments> badText() {
        return Stream.of(
                Arguments.of("empty", new byte[0], "EmptyContent", "empty"),
                Arguments.of("white space only", bytes(" \t\r\n  \n"), "EmptyContent", "white space"),
                Arguments.of("no-break spaces only", bytes("\u00A0\u2007\u202F\u3000\n"), "EmptyContent", "white space"),
                Arguments.of("over 1,024 characters", bytes("a".repeat(1025)), "TextTooLong", "1024"),
                Arguments.of("over 1,024 UTF-16 units of emoji", bytes("😀".repeat(513)), "TextTooLong", "1024"),
                Arguments.of("invalid UTF-8: stray continuation", new byte[] {'o', 'k', (byte) 0x80}, "InvalidArgument",
                        "UTF-8"),
                Arguments.of("invalid UTF-8: 0xFF", new byte[] {'a', (byte) 0xFF, 'b'}, "InvalidArgument", "UTF-8"),
                Arguments.of("invalid UTF-8: truncated emoji", new byte[] {'a', ' ', (byte) 0xF0, (byte) 0x9F,
                        (byte) 0x98}, "InvalidArgument", "UTF-8"),
                Arguments.of("invalid UTF-8: overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}, "InvalidArgument",
                        "UTF-8"),
                Arguments.of("invalid UTF-8: encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        "InvalidArgument", "UTF-8"),
                Arguments.of("Latin-1, not UTF-8", "caf\u00e9 crap".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        "InvalidArgument", "UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badText")
    void badTextPrintsTheApiErrorBodyAndExitsTwo(String name, byte[] stdin, String code, String messagePart)
            throws Exception {
        CliRun run = CliRun.of(stdin, "screen", "--pii");

        assertEquals(Cli.BAD_INPUT, run.exit());
        assertEquals("", run.out(), "nothing on stdout");
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "one line on stderr: " + run.err());
        JsonNode body = Json.mapper().readTree(lines.get(0));
        assertEquals(Set.of("Error"), names(body));
        assertEquals(Set.of("Code", "Message"), names(body.get("Error")));
        assertEquals(code, body.at("/Error/Code").asText());
        assertTrue(body.at("/Error/Message").asText().contains(messagePart), body.toString());
    }

    static Stream<Arguments> awkwardText() {
        return Stream.of(
                Arguments.of("NUL before the term", "a\u0000crap"),
                Arguments.of("C0 and C1 controls before the term", controls() + " crap"),
                Arguments.of("emoji before the term", "😀😀 crap"),
                Arguments.of("Arabic before the term", "مرحبا بكم crap"),
                Arguments.of("Hebrew before the term", "שלום לכם crap"),
                Arguments.of("right-to-left mark around the term", "\u200Fcrap\u200F"),
                Arguments.of("combining marks before the term", "Z\u0336\u0334a\u0335l\u0337g\u0338o\u0334 crap"),
                Arguments.of("exactly 1,024 characters, term at the end", "x ".repeat(510) + "crap"));
    }

    /** Valid UTF-8 with awkward characters screens normally: exit 0, the term at its UTF-16 index. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardText")
    void awkwardTextScreensWithTheRightIndex(String name, String text) throws Exception {
        CliRun run = CliRun.of(text, "screen");

        assertEquals(Cli.OK, run.exit(), run.err());
        Screen screen = Json.mapper().readValue(run.out(), Screen.class);
        assertEquals(screen.originalText().indexOf("crap"), screen.terms().get(0).originalIndex(), run.out());
        assertEquals("crap", screen.terms().get(0).term());
    }

    @Test
    void textIsScreenedAsReadIncludingItsTrailingNewline() throws Exception {
        CliRun run = CliRun.of("😀 crap\n", "screen");

        Screen screen = Json.mapper().readValue(run.out(), Screen.class);
        assertEquals("😀 crap\n", screen.originalText());
        assertEquals(3, screen.terms().get(0).originalIndex());
    }

    /** A byte order mark (as some Windows tools write) is not part of the text, so it does not shift the indexes. */
    @Test
    void leadingByteOrderMarkIsDropped() throws Exception {
        CliRun run = CliRun.of("\uFEFFcrap", "screen");

        Screen screen = Json.mapper().readValue(run.out(), Screen.class);
        assertEquals("crap", screen.originalText());
        assertEquals(0, screen.terms().get(0).originalIndex());
    }

    private static String controls() {
        StringBuilder s = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\n' && c != '\r' && c != '\t') {
                s.append(c);
            }
        }
        s.append('\u007F');
        for (char c = 0x80; c <= 0x9F; c++) {
            s.append(c);
        }
        return s.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
