package com.modbench.engine.text.autocorrect;

import java.util.List;

/**
 * The text after spelling correction ({@code AutoCorrectedText}) and the edits that made it, so that a position in
 * the corrected text maps back to the original: outside an edit positions shift by the length difference of the
 * edits before; inside a replacement they map to the start of the word it replaced.
 */
public record CorrectedText(String original, String text, List<Edit> edits) {

    /** {@code original[start,end)} was replaced by {@code replacement}. Edits are sorted and do not overlap. */
    public record Edit(int start, int end, String replacement) {
    }

    public CorrectedText {
        edits = List.copyOf(edits);
    }

    public static CorrectedText unchanged(String text) {
        return new CorrectedText(text, text, List.of());
    }

    /** Applies {@code edits} (sorted, non-overlapping) to {@code original}. */
    public static CorrectedText of(String original, List<Edit> edits) {
        StringBuilder out = new StringBuilder(original.length() + 16);
        int at = 0;
        for (Edit edit : edits) {
            out.append(original, at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        out.append(original, at, original.length());
        return new CorrectedText(original, out.toString(), edits);
    }

    public boolean changed() {
        return !edits.isEmpty();
    }

    /** The original index of corrected-text index {@code index} (0..text.length()). */
    public int toOriginal(int index) {
        int shift = 0;
        for (Edit edit : edits) {
            int correctedStart = edit.start() + shift;
            int correctedEnd = correctedStart + edit.replacement().length();
            if (index < correctedStart) {
                break;
            }
            if (index < correctedEnd) {
                return edit.start();
            }
            shift += edit.replacement().length() - (edit.end() - edit.start());
        }
        return index - shift;
    }

    /** The original end (exclusive) of a corrected span ending at {@code end}: a replaced word maps to its end. */
    public int toOriginalEnd(int end) {
        int shift = 0;
        for (Edit edit : edits) {
            int correctedStart = edit.start() + shift;
            int correctedEnd = correctedStart + edit.replacement().length();
            if (end <= correctedStart) {
                break;
            }
            if (end <= correctedEnd) {
                return edit.end();
            }
            shift += edit.replacement().length() - (edit.end() - edit.start());
        }
        return end - shift;
    }
}
