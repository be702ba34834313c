package com.modbench.engine.text.classify;

import com.modbench.engine.text.terms.TermHit;
import com.modbench.model.text.Classification;
import java.util.List;

/**
 * Scores from the categorised lexicon with a noisy-OR: {@code score = 1 − Π(1 − w)} over the hits that bear on a
 * category, where {@code w} grows with the term's severity. A score is the probability-like strength of evidence
 * that the text belongs to the category; one severe term is enough to pass the default threshold.
 */
public final class LexiconClassifier implements Classifier {

    private static final double[] SEVERITY_WEIGHT = {0.0, 0.35, 0.6, 0.85};

    private final Thresholds thresholds;

    public LexiconClassifier(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public Classification classify(String normalizedText, List<TermHit> hits) {
        double miss1 = 1;
        double miss2 = 1;
        double miss3 = 1;
        for (TermHit hit : hits) {
            double w = SEVERITY_WEIGHT[Math.max(0, Math.min(3, hit.entry().severity()))];
            switch (hit.entry().category()) {
                case SEXUAL -> {
                    miss1 *= 1 - w;
                    miss2 *= 1 - w * 0.5;
                    miss3 *= 1 - w * 0.8;
                }
                case SUGGESTIVE -> {
                    miss2 *= 1 - w;
                    miss3 *= 1 - w * 0.3;
                }
                case OFFENSIVE, SLUR -> miss3 *= 1 - w;
            }
        }
        double c1 = round(1 - miss1);
        double c2 = round(1 - miss2);
        double c3 = round(1 - miss3);
        return new Classification(new Classification.Score(c1), new Classification.Score(c2),
                new Classification.Score(c3), thresholds.reviewRecommended(c1, c2, c3));
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}
