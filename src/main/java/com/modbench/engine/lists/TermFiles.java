package com.modbench.engine.lists;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.api.NewTerm;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Term files: TXT (one term per line, all in one language) and CSV ({@code term,language}, RFC 4180 quoting, an
 * optional header). Reading is strict: the file must be UTF-8 (or UTF-16 with a byte-order mark) and at most
 * {@link #MAX_BYTES}; anything else is refused whole with a message that says what to do.
 */
public final class TermFiles {

    /** 10 MB: a full list of 10,000 terms of 200 characters is 2 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public enum Format {
        TXT, CSV;

        /** By file name: {@code .csv} is CSV, anything else TXT. */
        public static Format of(String fileName) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : TXT;
        }
    }

    /** A term read from a file, with its 1-based line number. */
    public record Line(int number, String term, String language) {
    }

    /** A line that was not read as a term. */
    public record SkippedLine(int number, String text, String reason) {
    }

    public record Parsed(List<Line> terms, List<SkippedLine> skipped) {

        public List<NewTerm> newTerms() {
            return terms.stream().map(l -> new NewTerm(l.term(), l.language())).toList();
        }
    }

    private TermFiles() {
    }

    public static void checkSize(long bytes) {
        if (bytes > MAX_BYTES) {
            throw new ModeratorException(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
                    "The file is %.1f MB; a term file can be at most %d MB (10,000 terms fit in well under 2 MB).",
                    bytes / 1024.0 / 1024.0, MAX_BYTES / 1024 / 1024));
        }
    }

    public static Parsed parse(byte[] bytes, Format format, String defaultLanguage) {
        checkSize(bytes.length);
        String text = decode(bytes);
        List<Line> terms = new ArrayList<>();
        List<SkippedLine> skipped = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        if (format == Format.TXT) {
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    terms.add(new Line(i + 1, lines[i], defaultLanguage));
                }
            }
        } else {
            CsvRecords.read(lines, defaultLanguage, terms, skipped);
        }
        return new Parsed(terms, skipped);
    }

    public static byte[] toTxt(List<String> terms) {
        StringBuilder out = new StringBuilder();
        terms.forEach(t -> out.append(t).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] toCsv(List<NewTerm> terms) {
        StringBuilder out = new StringBuilder("term,language\n");
        terms.forEach(t -> out.append(CsvRecords.quote(t.term())).append(',').append(t.language()).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text of a file: UTF-8, or UTF-16 with a byte-order mark; anything else is refused with a clear message. */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ModeratorException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The file contains NUL bytes: it is"
                        + " a binary file or UTF-16 without a byte-order mark. Save it as UTF-8 text.");
            }
        }
        return strict(bytes, 0, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            int line = 1 + lineOf(bytes, offset, charset);
            throw new ModeratorException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The file is not valid " + charset.name()
                    + " text (first bad bytes on line " + line + "; it may be Windows-1252 or Latin-1)."
                    + " Save it as UTF-8 and import again; nothing was imported.");
        }
    }

    /** The 0-based line of the first byte that does not decode. */
    private static int lineOf(byte[] bytes, int offset, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        return (int) out.chars().filter(c -> c == '\n').count();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
