package com.modbench.engine.text;

import com.modbench.api.ReviewThresholds;
import com.modbench.engine.text.autocorrect.Autocorrector;
import com.modbench.engine.text.autocorrect.HunspellAutocorrector;
import com.modbench.engine.text.classify.Classifier;
import com.modbench.engine.text.classify.LexiconClassifier;
import com.modbench.engine.text.language.LanguageDetector;
import com.modbench.engine.text.language.HybridLanguageDetector;
import com.modbench.engine.text.normalize.CaseFoldNormalizer;
import com.modbench.engine.text.normalize.Normalizer;
import com.modbench.engine.text.pii.PiiDetector;
import com.modbench.engine.text.terms.BuiltInTerms;
import com.modbench.engine.text.terms.TermIndex;
import java.util.function.Function;

/**
 * The components of the screen pipeline, one per stage. {@link #standard()} is the engine the app ships. Immutable:
 * {@link #withReviewThresholds} makes stages that share every component (the language and spelling models, the
 * lexicons) and differ only in when the classifier recommends review.
 */
public record TextScreenerStages(
        Normalizer normalizer,
        Autocorrector autocorrector,
        LanguageDetector languageDetector,
        Function<String, TermIndex> builtInTermsByLanguage,
        PiiDetector piiDetector,
        Classifier classifier) {

    public TermIndex builtInTerms(String language) {
        return builtInTermsByLanguage.apply(language);
    }

    public ReviewThresholds reviewThresholds() {
        return classifier.thresholds();
    }

    /** These stages with the classifier deciding {@code ReviewRecommended} by {@code thresholds}; cheap. */
    public TextScreenerStages withReviewThresholds(ReviewThresholds thresholds) {
        return new TextScreenerStages(normalizer, autocorrector, languageDetector, builtInTermsByLanguage, piiDetector,
                classifier.withThresholds(thresholds));
    }

    public static TextScreenerStages standard() {
        return standard(ReviewThresholds.DEFAULT);
    }

    public static TextScreenerStages standard(ReviewThresholds reviewThresholds) {
        Normalizer normalizer = new CaseFoldNormalizer();
        return new TextScreenerStages(normalizer, HunspellAutocorrector.english(), new HybridLanguageDetector(),
                new BuiltInTerms(), PiiDetector.standard(), new LexiconClassifier(reviewThresholds));
    }
}
