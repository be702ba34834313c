package com.modbench.engine.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.api.NewTerm;
import com.modbench.engine.lists.TermFiles.Format;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermFilesTest {

    @Test
    void txt_has_one_term_per_line_in_the_chosen_language_and_skips_blank_lines() {
        TermFiles.Parsed parsed = TermFiles.parse(utf8("alpha\r\n\r\n  beta gamma \n\ndelta"), Format.TXT, "eng");
        assertEquals(List.of(new TermFiles.Line(1, "alpha", "eng"), new TermFiles.Line(3, "  beta gamma ", "eng"),
                new TermFiles.Line(5, "delta", "eng")), parsed.terms());
        assertEquals(List.of(), parsed.skipped());
    }

    @Test
    void csv_reads_term_and_language_with_quotes_header_and_default_language() {
        String csv = "term,language\nalpha,eng\n\"with, comma\",deu\n\"say \"\"hi\"\"\",\nlonely\n"
                + "a,b,c\n\"open,eng\n";
        TermFiles.Parsed parsed = TermFiles.parse(utf8(csv), Format.CSV, "fra");
        assertEquals(List.of(new TermFiles.Line(2, "alpha", "eng"), new TermFiles.Line(3, "with, comma", "deu"),
                new TermFiles.Line(4, "say \"hi\"", "fra"), new TermFiles.Line(5, "lonely", "fra")), parsed.terms());
        assertEquals(List.of(6, 7), parsed.skipped().stream().map(TermFiles.SkippedLine::number).toList());
        assertTrue(parsed.skipped().get(0).reason().startsWith("Expected term,language but found 3 columns"));
        assertEquals("Unbalanced quotes.", parsed.skipped().get(1).reason());
    }

    @Test
    void export_and_import_round_trip_both_formats() {
        List<NewTerm> terms = List.of(new NewTerm("plain", "eng"), new NewTerm("a, b", "eng"),
                new NewTerm("\"quoted\"", "deu"), new NewTerm(" padded ", "eng"), new NewTerm("ünïcødé 😀", "fra"));
        assertEquals(terms, TermFiles.parse(TermFiles.toCsv(terms), Format.CSV, "xxx").newTerms());
        List<String> txt = terms.stream().map(NewTerm::term).toList();
        assertEquals(txt, TermFiles.parse(TermFiles.toTxt(txt), Format.TXT, "eng").terms().stream()
                .map(TermFiles.Line::term).toList());
    }

    @Test
    void a_byte_order_mark_is_honoured_for_utf8_and_utf16() {
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("first\nsecond"));
        assertEquals("first", TermFiles.parse(bom8, Format.TXT, "eng").terms().get(0).term());
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "wörter\nzwei".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(2, TermFiles.parse(utf16, Format.TXT, "deu").terms().size());
        assertEquals("wörter", TermFiles.parse(utf16, Format.TXT, "deu").terms().get(0).term());
    }

    @Test
    void a_file_in_the_wrong_encoding_is_refused_with_the_line_and_what_to_do() {
        byte[] latin1 = "ok\nalso ok\ncaf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1);
        ModeratorException e = assertThrows(ModeratorException.class,
                () -> TermFiles.parse(latin1, Format.TXT, "eng"));
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA_TYPE.wireCode(), e.code());
        assertEquals("The file is not valid UTF-8 text (first bad bytes on line 3; it may be Windows-1252 or"
                + " Latin-1). Save it as UTF-8 and import again; nothing was imported.", e.getMessage());
    }

    @Test
    void binary_and_oversized_files_are_refused() {
        ModeratorException binary = assertThrows(ModeratorException.class,
                () -> TermFiles.parse(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, Format.TXT, "eng"));
        assertTrue(binary.getMessage().contains("binary file"), binary.getMessage());

        ModeratorException huge = assertThrows(ModeratorException.class, () -> TermFiles.checkSize(50L << 20));
        assertEquals(ErrorCode.TOO_LARGE.wireCode(), huge.code());
        assertEquals("The file is 50.0 MB; a term file can be at most 10 MB (10,000 terms fit in well under 2 MB).",
                huge.getMessage());
        assertEquals(ErrorCode.TOO_LARGE.wireCode(), assertThrows(ModeratorException.class,
                () -> TermFiles.parse(new byte[(int) TermFiles.MAX_BYTES + 1], Format.TXT, "eng")).code());
    }

    @Test
    void the_format_follows_the_file_name() {
        assertEquals(Format.CSV, Format.of("Terms.CSV"));
        assertEquals(Format.TXT, Format.of("terms.txt"));
        assertEquals(Format.TXT, Format.of("terms"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
