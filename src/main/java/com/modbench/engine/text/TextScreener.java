package com.modbench.engine.text;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.api.ScreenOptions;
import com.modbench.api.TextModeration;
import com.modbench.engine.text.autocorrect.CorrectedTerms;
import com.modbench.engine.text.autocorrect.CorrectedText;
import com.modbench.engine.text.classify.Classifier;
import com.modbench.engine.text.language.LanguageDetector;
import com.modbench.engine.text.normalize.MatchKey;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.normalize.Normalizer;
import com.modbench.engine.text.terms.TermHit;
import com.modbench.engine.text.terms.TermIndex;
import com.modbench.model.Status;
import com.modbench.model.text.DetectedTerm;
import com.modbench.model.text.Screen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The text screen pipeline: limits → normalise → language → terms (also on the autocorrected text) → PII → classify. Each stage is a
 * replaceable component; this class only wires them and shapes the {@link Screen} result.
 */
public final class TextScreener {

    private static final Comparator<TermHit> BY_START_THEN_LIST = Comparator.comparingInt(TermHit::start)
            .thenComparingInt(h -> h.entry().listId());

    private final TextScreenerStages stages;

    public TextScreener(TextScreenerStages stages) {
        this.stages = stages;
    }

    /**
     * Screens {@code text}. {@code customIndex} holds the terms of the requested custom list (null for none);
     * {@code customListId} is reported as their {@code ListId}.
     */
    public Screen screen(String text, ScreenOptions options, TermIndex customIndex) {
        TextLimits.check(text);
        Normalizer normalizer = stages.normalizer();
        NormalizedText normalized = normalizer.normalize(text);
        String language = options.language() != null ? options.language() : detectLanguage(text);
        TermIndex builtIn = stages.builtInTerms(language);
        MatchKey key = MatchKey.of(normalized.text());
        List<TermHit> hits = new ArrayList<>(builtIn.find(normalized.text(), key));
        if (customIndex != null) {
            hits.addAll(customIndex.find(normalized.text(), key));
        }
        CorrectedText corrected = !options.autocorrect() ? null : !CorrectedTerms.correctable(language)
                ? CorrectedText.unchanged(text)
                : stages.autocorrector().correct(text, word -> CorrectedTerms.isTerm(word, normalizer, builtIn,
                        customIndex));
        if (corrected != null) {
            hits.addAll(CorrectedTerms.additional(corrected, normalized, key, normalizer, hits, builtIn, customIndex));
        }
        if (hits.size() > 1) {
            hits.sort(BY_START_THEN_LIST);
        }
        List<DetectedTerm> terms = hits.isEmpty() ? null : detectedTerms(hits, normalized);

        return new Screen(text, normalized.text(), corrected == null ? null : corrected.text(), List.of(),
                options.classify() ? stages.classifier().classify(normalized, hits) : null,
                Status.ok(),
                options.pii() ? stages.piiDetector().screen(text, options) : null,
                language, terms, newTrackingId());
    }

    private static List<DetectedTerm> detectedTerms(List<TermHit> hits, NormalizedText normalized) {
        DetectedTerm[] terms = new DetectedTerm[hits.size()];
        for (int i = 0; i < terms.length; i++) {
            TermHit h = hits.get(i);
            terms[i] = new DetectedTerm(h.start(), normalized.originalStart(h.start()), h.entry().listId(),
                    h.entry().term());
        }
        return Collections.unmodifiableList(Arrays.asList(terms));
    }

    public String detectLanguage(String text) {
        return stages.languageDetector().detect(text);
    }

    /**
     * A random (version 4) UUID. Tracking ids need to be unique, not unguessable, so this draws from
     * {@link ThreadLocalRandom} rather than {@link UUID#randomUUID}'s shared, synchronised SecureRandom.
     */
    public static String newTrackingId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~0xC000000000000000L | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The service's input rules, shared by Screen and DetectLanguage. */
    public static final class TextLimits {

        private TextLimits() {
        }

        public static void check(String text) {
            if (text == null || text.isEmpty()) {
                throw new ModeratorException(ErrorCode.EMPTY_CONTENT, "The text to screen is empty.");
            }
            if (isOnlySpace(text)) {
                throw new ModeratorException(ErrorCode.EMPTY_CONTENT, "The text to screen is only white space.");
            }
            if (text.length() > TextModeration.MAX_TEXT_LENGTH) {
                throw new ModeratorException(ErrorCode.TEXT_TOO_LONG, "The text is " + text.length()
                        + " characters long; at most " + TextModeration.MAX_TEXT_LENGTH + " are allowed.");
            }
        }

        /** White space in Unicode's sense: {@link String#isBlank()} misses no-break and ideographic spaces. */
        private static boolean isOnlySpace(String text) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
            return true;
        }
    }
}
