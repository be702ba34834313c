package com.modbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.model.Json;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** {@code screen --jsonl}: one output line per input line, {"id","result"} or {"id","error"}, streaming. */
class ScreenJsonlTest {

    /** Each input line, and what its output line must hold: the id and either a result or an error code. */
    private record Row(String input, Object id, String errorCode) {
    }

    private static final List<Row> MIXED = List.of(
            new Row("{\"id\":\"a\",\"text\":\"what a load of crap\"}", "a", null),
            new Row("{\"id\":2,\"text\":\"hello there\"}", 2, null),
            new Row("{\"id\":\"not-json\",\"text\":", 3, "InvalidArgument"),
            new Row("this is not JSON at all", 4, "InvalidArgument"),
            new Row("{\"id\":\"no-text\"}", "no-text", "InvalidArgument"),
            new Row("{\"id\":\"number-text\",\"text\":42}", "number-text", "InvalidArgument"),
            new Row("{\"id\":\"too-long\",\"text\":\"" + "a".repeat(1025) + "\"}", "too-long", "TextTooLong"),
            new Row("{\"id\":\"empty\",\"text\":\"\"}", "empty", "EmptyContent"),
            new Row("{\"id\":\"spaces\",\"text\":\"   \"}", "spaces", "EmptyContent"),
            new Row("[\"an\",\"array\"]", 10, "InvalidArgument"),
            new Row("null", 11, "InvalidArgument"),
            new Row("{\"id\":\"trailing\",\"text\":\"ok\"} and more", 12, "InvalidArgument"),
            new Row("{\"text\":\"no id given, crap\"}", 13, null),
            new Row("{\"id\":\"escaped\",\"text\":\"\\ud83d\\ude00 crap \\u0000\"}", "escaped", null),
            new Row("{\"id\":\"rtl\",\"text\":\"שלום crap مرحبا\"}", "rtl", null));

    @Test
    void mixedLinesGiveOneOutputLinePerInputInOrder() throws Exception {
        String input = String.join("\n", MIXED.stream().map(Row::input).toList()) + "\n";
        CliRun run = CliRun.of(input, "screen", "--jsonl", "--pii");

        assertEquals(Cli.BAD_INPUT, run.exit(), "exit 2 when any line failed");
        assertEquals("", run.err());
        List<String> out = run.outLines();
        assertEquals(MIXED.size(), out.size(), run.out());
        for (int i = 0; i < MIXED.size(); i++) {
            Row row = MIXED.get(i);
            JsonNode line = Json.mapper().readTree(out.get(i));
            assertEquals(Json.mapper().valueToTree(row.id()), line.get("id"), "id of line " + (i + 1));
            if (row.errorCode() == null) {
                assertEquals(Set.of("id", "result"), ScreenCommandTest.names(line), out.get(i));
                assertEquals(3000, line.at("/result/Status/Code").asInt());
            } else {
                assertEquals(Set.of("id", "error"), ScreenCommandTest.names(line), out.get(i));
                assertEquals(row.errorCode(), line.at("/error/Error/Code").asText(), out.get(i));
                assertTrue(line.at("/error/Error/Message").asText().length() > 10, out.get(i));
            }
        }
    }

    @Test
    void resultsCarryTermsAtUtf16Indexes() throws Exception {
        CliRun run = CliRun.of("{\"id\":1,\"text\":\"😀 crap\"}\r\n{\"id\":2,\"text\":\"שלום crap\"}", "screen", "--jsonl");

        assertEquals(Cli.OK, run.exit());
        List<String> out = run.outLines();
        assertEquals(2, out.size());
        assertEquals(3, Json.mapper().readTree(out.get(0)).at("/result/Terms/0/OriginalIndex").asInt());
        assertEquals(5, Json.mapper().readTree(out.get(1)).at("/result/Terms/0/OriginalIndex").asInt());
    }

    @Test
    void invalidUtf8OnOneLineIsThatLinesErrorAndTheRestScreen() throws Exception {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("{\"id\":1,\"text\":\"fine\"}\n{\"id\":2,\"text\":\"bad ".getBytes(StandardCharsets.UTF_8));
        input.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        input.writeBytes("\"}\n{\"id\":3,\"text\":\"also fine\"}\n".getBytes(StandardCharsets.UTF_8));

        CliRun run = CliRun.of(input.toByteArray(), "screen", "--jsonl");

        List<String> out = run.outLines();
        assertEquals(3, out.size(), run.out());
        assertTrue(Json.mapper().readTree(out.get(0)).has("result"));
        JsonNode bad = Json.mapper().readTree(out.get(1));
        assertEquals(2, bad.get("id").asInt(), "the line number stands in for an id that could not be read");
        assertTrue(bad.at("/error/Error/Message").asText().contains("UTF-8"), out.get(1));
        assertTrue(Json.mapper().readTree(out.get(2)).has("result"));
        assertEquals(Cli.BAD_INPUT, run.exit());
    }

    @Test
    void blankLinesAndAByteOrderMarkAreSkippedAndLastLineNeedsNoNewline() throws Exception {
        CliRun run = CliRun.of("\uFEFF{\"id\":\"first\",\"text\":\"crap\"}\n\n   \n{\"id\":\"last\",\"text\":\"ok\"}",
                "screen", "--jsonl");

        assertEquals(Cli.OK, run.exit(), run.out());
        List<String> out = run.outLines();
        assertEquals(2, out.size(), run.out());
        assertEquals("first", Json.mapper().readTree(out.get(0)).get("id").asText());
        assertEquals("last", Json.mapper().readTree(out.get(1)).get("id").asText());
    }

    @Test
    void aLineOverTheCapIsReportedWithoutReadingItIntoMemory() throws Exception {
        String huge = "{\"id\":\"huge\",\"text\":\"" + "a".repeat(ScreenCommand.MAX_LINE_BYTES) + "\"}";
        CliRun run = CliRun.of(huge + "\n{\"id\":\"next\",\"text\":\"crap\"}\n", "screen", "--jsonl");

        List<String> out = run.outLines();
        assertEquals(2, out.size());
        JsonNode first = Json.mapper().readTree(out.get(0));
        assertEquals(1, first.get("id").asInt());
        assertTrue(first.at("/error/Error/Message").asText().contains("longer than"), out.get(0));
        assertEquals("next", Json.mapper().readTree(out.get(1)).get("id").asText());
    }

    @Test
    void twentyThousandLinesGiveTwentyThousandLines() throws Exception {
        int count = 20_000;
        InputStream generated = new GeneratedLines(count);
        CliRun run = CliRun.of(generated, "screen", "--jsonl");

        assertEquals(Cli.OK, run.exit(), run.err());
        List<String> out = run.outLines();
        assertEquals(count, out.size());
        for (int i : new int[] {0, 1, count / 2, count - 1}) {
            JsonNode line = Json.mapper().readTree(out.get(i));
            assertEquals(i, line.get("id").asInt());
            assertEquals(GeneratedLines.text(i), line.at("/result/OriginalText").asText());
        }
        long withTerms = out.stream().filter(l -> l.contains("\"Term\":\"crap\"")).count();
        assertEquals(count / 3 + (count % 3 > 0 ? 1 : 0), withTerms);
    }

    /** The first answer arrives while the input is still open: the command streams rather than reading it all. */
    @Test
    void answersEachLineBeforeTheInputEnds() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
        PipedInputStream answers = new PipedInputStream(1 << 16);
        PrintStream stdout = new PrintStream(new PipedOutputStream(answers), true, StandardCharsets.UTF_8);
        BufferedReader reader = new BufferedReader(new InputStreamReader(answers, StandardCharsets.UTF_8));

        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> Cli.run(new String[] {"screen", "--jsonl"}, stdin, stdout, System.err));
        List<String> seen = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 3; i++) {
                feed.write(("{\"id\":" + i + ",\"text\":\"line " + i + " crap\"}\n").getBytes(StandardCharsets.UTF_8));
                feed.flush();
                seen.add(reader.readLine());
            }
            feed.close();
            assertEquals(Cli.OK, exit.get());
        }, "an answer did not arrive while the input was open");
        for (int i = 0; i < 3; i++) {
            assertEquals(i, Json.mapper().readTree(seen.get(i)).get("id").asInt());
        }
    }

    /** Lines generated on demand, so the test holds only the output in memory. */
    private static final class GeneratedLines extends InputStream {
        private final int count;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        GeneratedLines(int count) {
            this.count = count;
        }

        static String text(int i) {
            return i % 3 == 0 ? "line " + i + " is crap" : "line " + i + " mail me at user" + i + "@example.com";
        }

        @Override
        public int read() throws IOException {
            if (position == current.length) {
                if (next == count) {
                    return -1;
                }
                current = ("{\"id\":" + next + ",\"text\":\"" + text(next) + "\"}\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
                next++;
            }
            return current[position++] & 0xFF;
        }
    }
}
