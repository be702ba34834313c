package com.modbench.engine.text.autocorrect;

import com.modbench.engine.text.normalize.MatchKey;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.normalize.Normalizer;
import com.modbench.engine.text.terms.TermIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a corrected text whose term hits can differ from the input's. The text is cut at breaks
 * ({@link KeyBreaks}) that are breaks of the input too and that no hit can span, in the input or in the corrected
 * text: each index says whether a match can run across the key words on either side
 * ({@link TermIndex#mayJoinWords}). Between two such cuts, candidates, exceptions and the choice among them depend on
 * that part alone, so a part without an edit has the same hits in both texts, and the hits of a part with edits are
 * found by searching it alone.
 * <p>
 * Most cuts are the breaks right around an edited word: the edited piece is keyed in both texts, and the words of
 * the pieces beyond are keyed only when the edited piece's word could join them.
 */
final class ChangedSegments {

    private final EditMap edits;
    private final String text;
    private final String original;
    private final Normalizer normalizer;
    private final TermIndex[] indexes;
    private final InputWords inputWords;
    private BreakWords correctedWords;

    private ChangedSegments(CorrectedText corrected, NormalizedText normalized, MatchKey key, Normalizer normalizer,
            TermIndex[] indexes) {
        this.inputWords = new InputWords(normalized, key);
        this.edits = new EditMap(corrected);
        this.text = corrected.text();
        this.original = corrected.original();

        this.normalizer = normalizer;
        this.indexes = indexes;
    }

    /** The corrected text's words beyond the edited pieces, made on first use: few cuts need them. */
    private BreakWords correctedWords() {
        if (correctedWords == null) {
            correctedWords = new BreakWords(text, normalizer);
        }
        return correctedWords;
    }

    /**
     * A part holding an edit: the chars of the corrected text strictly between the breaks {@code start} and
     * {@code end} (-1 and the text's length stand for its ends), those chars normalised, and their match key.
     */
    record Segment(int start, int end, NormalizedText normalized, MatchKey key) {
    }

    /**
     * The parts holding an edit, in order and without overlap; {@code normalized} is the input normalised and
     * {@code key} its match key.
     */
    static List<Segment> of(CorrectedText corrected, NormalizedText normalized, MatchKey key, Normalizer normalizer,
            TermIndex... indexes) {
        return new ChangedSegments(corrected, normalized, key, normalizer, indexes).segments();
    }

    private List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        int right = -1;
        for (int i = 0; i < edits.count(); i++) {
            if (edits.start(i) > right) { // else it lies in the part found for an edit before
                Segment segment = around(edits.start(i), edits.end(i), right);
                segments.add(segment);
                right = segment.end();
            }
        }
        return segments;
    }

    /**
     * The part around the edit at {@code [start, end)}: the edited piece between the breaks of both texts next to
     * it, widened while a hit might span its ends, but not before {@code floor}, the end of the part before.
     */
    private Segment around(int start, int end, int floor) {
        int left = Math.max(previousBreakOfBoth(start), floor);
        int right = nextBreakOfBoth(end);
        NormalizedText piece = normalize(text, left, right);
        MatchKey pieceKey = MatchKey.of(piece.text());
        String[] edited = BreakWords.of(pieceKey);
        int cutLeft = left > floor && spannable(left, edited[0], true) ? previousCut(left, floor) : left;
        int cutRight = right < text.length() && spannable(right, edited[1], false) ? nextCut(right) : right;
        if (cutLeft == left && cutRight == right) {
            return new Segment(left, right, piece, pieceKey);
        }
        NormalizedText part = normalize(text, cutLeft, cutRight);
        return new Segment(cutLeft, cutRight, part, MatchKey.of(part.text()));
    }

    /** The chars of {@code text} strictly between {@code start} and {@code end}, normalised. */
    private NormalizedText normalize(String text, int start, int end) {
        return normalizer.normalize(text.substring(start + 1, end));
    }

    /** The last cut before the break {@code at}; {@code floor}, a cut already found, at the least. */
    private int previousCut(int at, int floor) {
        do {
            at = previousBreakOfBoth(at);
        } while (at > floor && spannable(at, null, true));
        return Math.max(at, floor);
    }

    /** The first cut after the break {@code at}. */
    private int nextCut(int at) {
        do {
            at = nextBreakOfBoth(at + 1);
        } while (at < text.length() && spannable(at, null, false));
        return at;
    }

    private int previousBreakOfBoth(int before) {
        int at = KeyBreaks.previous(text, before);
        while (at >= 0 && !isOriginalBreak(at)) {
            at = KeyBreaks.previous(text, at);
        }
        return at;
    }

    private int nextBreakOfBoth(int from) {
        int at = KeyBreaks.next(text, from);
        while (at < text.length() && !isOriginalBreak(at)) {
            at = KeyBreaks.next(text, at + 1);
        }
        return at;
    }

    /** The corrected text's char at {@code at} is an unedited char of the input, and a break there too. */
    private boolean isOriginalBreak(int at) {
        int inOriginal = edits.toOriginalChar(at);
        return inOriginal >= 0 && KeyBreaks.isBreak(original, inOriginal);
    }

    /**
     * True when some index might match across the break at {@code at}, in the corrected text or in the input.
     * {@code word} is the corrected text's key word next to it on the side of the edit (after it if
     * {@code editAfter}), when known; it is asked about first, and the word on the other side keyed only if needed.
     */
    private boolean spannable(int at, String word, boolean editAfter) {
        String[] input = null;
        for (TermIndex index : indexes) {
            if (index == null) {
                continue;
            }
            if (correctedMayJoin(index, at, word, editAfter)) {
                return true;
            }
            input = input != null ? input : inputWords.around(edits.toOriginalChar(at));
            if (input == null || index.mayJoinWords(input[0], input[1])) {
                return true;
            }
        }
        return false;
    }

    /** {@link TermIndex#mayJoinWords} at the corrected text's break {@code at}. */
    private boolean correctedMayJoin(TermIndex index, int at, String known, boolean editAfter) {
        if (editAfter) {
            String after = known != null ? known : correctedWords().after(at);
            return index.mayJoinWords(null, after) && index.mayJoinWords(correctedWords().before(at), after);
        }
        String before = known != null ? known : correctedWords().before(at);
        return index.mayJoinWords(before, null) && index.mayJoinWords(before, correctedWords().after(at));
    }
}
