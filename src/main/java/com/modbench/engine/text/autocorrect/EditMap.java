package com.modbench.engine.text.autocorrect;

import java.util.List;

/**
 * Where the edits of a {@link CorrectedText} sit in the corrected text, worked out once, to map many positions of
 * the corrected text back to the input without walking the edits' records each time.
 */
final class EditMap {

    private final int[] starts;
    private final int[] ends;
    /** How far the corrected text is shifted against the input after each edit. */
    private final int[] shifts;
    private final int length;
    private final int originalLength;

    EditMap(CorrectedText corrected) {
        List<CorrectedText.Edit> edits = corrected.edits();
        starts = new int[edits.size()];
        ends = new int[edits.size()];
        shifts = new int[edits.size()];
        int shift = 0;
        for (int i = 0; i < edits.size(); i++) {
            CorrectedText.Edit edit = edits.get(i);
            starts[i] = edit.start() + shift;
            ends[i] = starts[i] + edit.replacement().length();
            shift += edit.replacement().length() - (edit.end() - edit.start());
            shifts[i] = shift;
        }
        length = corrected.text().length();
        originalLength = corrected.original().length();
    }

    int count() {
        return starts.length;
    }

    /** Where edit {@code i}'s replacement starts in the corrected text. */
    int start(int i) {
        return starts[i];
    }

    /** Where edit {@code i}'s replacement ends (exclusive) in the corrected text. */
    int end(int i) {
        return ends[i];
    }

    /** The input's index of the corrected text's char at {@code at}, or -1 if an edit wrote that char. */
    int toOriginalChar(int at) {
        int shift = 0;
        for (int i = 0; i < starts.length && starts[i] <= at; i++) {
            if (at < ends[i]) {
                return -1;
            }
            shift = shifts[i];
        }
        return at - shift;
    }

    /** {@link #toOriginalChar} for an unedited char, with -1 and the length for the texts' ends. */
    int toOriginalBreak(int at) {
        return at < 0 ? -1 : at >= length ? originalLength : toOriginalChar(at);
    }
}
