package com.modbench.engine.image.ocr;

import com.modbench.api.ScreenOptions;
import com.modbench.api.TextModeration;
import com.modbench.model.text.DetectedTerm;
import com.modbench.model.text.Pii;
import com.modbench.model.text.Screen;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Screens the text read from an image with the text engine and maps terms and PII back onto that text. Screen
 * takes at most 1,024 characters, so longer OCR text is screened in chunks cut at line ends, and each chunk's
 * indexes are shifted by where it starts.
 */
public final class OcrTextScreening {

    public static final ScreenOptions OPTIONS = new ScreenOptions(null, false, true, null, true);

    private OcrTextScreening() {
    }

    /** The screened chunks, and all highlights in OCR-text coordinates. */
    public record Result(List<Screen> screens, List<TextHighlight> highlights) {
    }

    public static Result screen(TextModeration text, String ocrText, ScreenOptions options) {
        List<Screen> screens = new ArrayList<>();
        List<TextHighlight> highlights = new ArrayList<>();
        for (int[] chunk : chunks(ocrText, TextModeration.MAX_TEXT_LENGTH)) {
            String part = ocrText.substring(chunk[0], chunk[1]);
            if (part.isBlank()) {
                continue;
            }
            Screen screen = text.screen(part, options);
            screens.add(screen);
            collect(screen, chunk[0], highlights);
        }
        highlights.sort(Comparator.comparingInt(TextHighlight::start));
        return new Result(screens, highlights);
    }

    static List<int[]> chunks(String text, int max) {
        List<int[]> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + max);
            if (end < text.length()) {
                int lineEnd = text.lastIndexOf('\n', end - 1);
                if (lineEnd > start) {
                    end = lineEnd + 1;
                }
            }
            chunks.add(new int[] {start, end});
            start = end;
        }
        return chunks;
    }

    private static void collect(Screen screen, int offset, List<TextHighlight> out) {
        if (screen.terms() != null) {
            for (DetectedTerm term : screen.terms()) {
                int start = offset + term.originalIndex();
                out.add(new TextHighlight(start, start + term.term().length(), "Term", term.term()));
            }
        }
        Pii pii = screen.pii();
        if (pii == null) {
            return;
        }
        add(out, offset, pii.email(), "Email", Pii.Email::text, Pii.Email::index);
        add(out, offset, pii.phone(), "Phone", Pii.Phone::text, Pii.Phone::index);
        add(out, offset, pii.ipa(), "IPA", Pii.Ipa::text, Pii.Ipa::index);
        add(out, offset, pii.ssn(), "SSN", Pii.Ssn::text, Pii.Ssn::index);
        add(out, offset, pii.address(), "Address", Pii.Address::text, Pii.Address::index);
    }

    private static <T> void add(List<TextHighlight> out, int offset, List<T> items, String kind,
            java.util.function.Function<T, String> text, java.util.function.ToIntFunction<T> index) {
        if (items == null) {
            return;
        }
        for (T item : items) {
            int start = offset + index.applyAsInt(item);
            out.add(new TextHighlight(start, start + text.apply(item).length(), kind, text.apply(item)));
        }
    }
}
