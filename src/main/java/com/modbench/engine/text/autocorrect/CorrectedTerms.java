package com.modbench.engine.text.autocorrect;

import com.modbench.engine.text.normalize.CaseFoldNormalizer;
import com.modbench.engine.text.normalize.MatchKey;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.normalize.Normalizer;
import com.modbench.engine.text.terms.TermHit;
import com.modbench.engine.text.terms.TermIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Term matching on the corrected text ({@code fcuk} → {@code fuck} is then found). Hits are mapped back through
 * both offset maps (corrected normalised → corrected → original → original normalised), so their {@code Index} and
 * {@code OriginalIndex} point at the misspelt word in the input; hits already found on the input are not repeated.
 */
public final class CorrectedTerms {

    private CorrectedTerms() {
    }

    /** Spelling is corrected for English text (and text whose language is not known); other text stays as is. */
    public static boolean correctable(String language) {
        return language == null || "eng".equals(language) || "und".equals(language);
    }

    /** True when {@code word} matches a term of one of {@code indexes} (null entries are skipped). */
    public static boolean isTerm(String word, Normalizer normalizer, TermIndex... indexes) {
        String normalized = normalizer.normalize(word).text();
        MatchKey key = MatchKey.of(normalized);
        for (TermIndex index : indexes) {
            if (index != null && !index.find(normalized, key).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hits found on {@code corrected} but not among {@code found}, in the coordinates of {@code normalized}. Only the
     * parts of the corrected text around its edits are searched ({@link ChangedSegments}): the rest has the hits the
     * input has, all in {@code found}.
     */
    public static List<TermHit> additional(CorrectedText corrected, NormalizedText normalized, MatchKey key,
            Normalizer normalizer, List<TermHit> found, TermIndex... indexes) {
        if (!corrected.changed()) {
            return List.of();
        }
        if (!(normalizer instanceof CaseFoldNormalizer)) {
            // breaks are where this normaliser and the match key read nothing across
            return additionalInWhole(corrected, normalized, normalizer, found, indexes);
        }
        List<ChangedSegments.Segment> segments = ChangedSegments.of(corrected, normalized, key, normalizer, indexes);
        int searched = 0;
        for (ChangedSegments.Segment segment : segments) {
            searched += segment.end() - segment.start();
        }
        if (searched > corrected.text().length() / 2) {
            return additionalInWhole(corrected, normalized, normalizer, found, indexes);
        }
        List<TermHit> extra = new ArrayList<>();
        for (TermIndex index : indexes) {
            if (index == null) {
                continue;
            }
            for (ChangedSegments.Segment segment : segments) {
                NormalizedText part = segment.normalized();
                int offset = segment.start() + 1;
                for (TermHit hit : index.find(part.text(), segment.key())) {
                    addIfNew(corrected, normalized, offset + part.originalStart(hit.start()),
                            offset + part.originalEnd(hit.end()), hit, found, extra);
                }
            }
        }
        return extra;
    }

    /** {@link #additional} by searching the whole corrected text: the definition, for texts changed all over. */
    static List<TermHit> additionalInWhole(CorrectedText corrected, NormalizedText normalized, Normalizer normalizer,
            List<TermHit> found, TermIndex... indexes) {
        if (!corrected.changed()) {
            return List.of();
        }
        NormalizedText correctedNormalized = normalizer.normalize(corrected.text());
        List<TermHit> extra = new ArrayList<>();
        for (TermIndex index : indexes) {
            if (index == null) {
                continue;
            }
            for (TermHit hit : index.find(correctedNormalized.text())) {
                addIfNew(corrected, normalized, correctedNormalized.originalStart(hit.start()),
                        correctedNormalized.originalEnd(hit.end()), hit, found, extra);
            }
        }
        return extra;
    }

    /**
     * Maps a hit at {@code [correctedStart, correctedEnd)} of the corrected text to {@code normalized} and adds it to
     * {@code extra} unless the same term overlaps it there, in {@code found} or {@code extra}.
     */
    private static void addIfNew(CorrectedText corrected, NormalizedText normalized, int correctedStart,
            int correctedEnd, TermHit hit, List<TermHit> found, List<TermHit> extra) {
        int originalStart = corrected.toOriginal(correctedStart);
        int originalEnd = corrected.toOriginalEnd(correctedEnd);
        TermHit mapped = new TermHit(normalizedIndex(normalized, originalStart),
                normalizedIndex(normalized, originalEnd), hit.entry());
        if (mapped.end() > mapped.start() && !knownIn(found, mapped) && !knownIn(extra, mapped)) {
            extra.add(mapped);
        }
    }

    private static boolean knownIn(List<TermHit> hits, TermHit hit) {
        for (TermHit h : hits) {
            if (overlaps(h, hit) && sameTerm(h, hit)) {
                return true;
            }
        }
        return false;
    }

    /** The first normalised index whose original position is at or after {@code originalIndex}. */
    static int normalizedIndex(NormalizedText normalized, int originalIndex) {
        int lo = 0;
        int hi = normalized.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (normalized.originalStart(mid) < originalIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean overlaps(TermHit a, TermHit b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static boolean sameTerm(TermHit a, TermHit b) {
        return a.entry().term().equals(b.entry().term()) && a.entry().listId() == b.entry().listId();
    }
}
