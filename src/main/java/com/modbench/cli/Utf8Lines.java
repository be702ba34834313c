package com.modbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a byte stream as lines of strict UTF-8, one line in memory at a time. A line that is not valid UTF-8 is
 * reported rather than repaired, and a line longer than the cap is skipped to its end and reported, so memory stays
 * bounded however long the input. A byte order mark at the very start is dropped.
 */
final class Utf8Lines {

    /** One input line: {@code text}, or the reason ({@code problem}) it could not be read. */
    record Line(long number, String text, String problem) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private long number;

    Utf8Lines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its {@code \n} or {@code \r\n}, or null at the end of the input. */
    Line next() throws IOException {
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            if (line.size() + length > maxBytes) {
                tooLong = true;
            } else {
                line.write(buffer, start, length);
            }
            if (position < limit) {
                position++;
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "Line " + number + " is longer than " + maxBytes + " bytes.");
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        String text = decode(bytes, length);
        if (text == null) {
            return new Line(number, null, "Line " + number + " is not valid UTF-8 text.");
        }
        return new Line(number, number == 1 ? withoutByteOrderMark(text) : text, null);
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    /** Strict UTF-8 decoding; null when the bytes are malformed. */
    static String decode(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
