package com.modbench.engine.text.autocorrect;

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
        for (TermIndex index : indexes) {
            if (index != null && !index.find(normalized).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Hits found on {@code corrected} but not among {@code found}, in the coordinates of {@code normalized}. */
    public static List<TermHit> additional(CorrectedText corrected, NormalizedText normalized, Normalizer normalizer,
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
                int originalStart = corrected.toOriginal(correctedNormalized.originalStart(hit.start()));
                int originalEnd = corrected.toOriginalEnd(correctedNormalized.originalEnd(hit.end()));
                TermHit mapped = new TermHit(normalizedIndex(normalized, originalStart),
                        normalizedIndex(normalized, originalEnd), hit.entry());
                boolean known = found.stream().anyMatch(h -> overlaps(h, mapped) && sameTerm(h, mapped))
                        || extra.stream().anyMatch(h -> overlaps(h, mapped) && sameTerm(h, mapped));
                if (!known && mapped.end() > mapped.start()) {
                    extra.add(mapped);
                }
            }
        }
        return extra;
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
