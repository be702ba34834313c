package com.modbench.engine.image.evaluate;

import com.modbench.model.KeyValuePair;
import java.util.List;
import java.util.Locale;

/**
 * Maps nsfwjs class probabilities to the service's two scores: adult = P(Porn) + P(Hentai); racy = max(P(Sexy),
 * adult), because anything adult is also racy. Both are in 0..1.
 */
public final class AdultRacyScorer {

    private AdultRacyScorer() {
    }

    public static double adult(NsfwScores s) {
        return clamp(s.porn() + s.hentai());
    }

    public static double racy(NsfwScores s) {
        return clamp(Math.max(s.sexy(), adult(s)));
    }

    /** The raw probabilities and thresholds, for {@code AdvancedInfo}. */
    public static List<KeyValuePair> advancedInfo(NsfwScores s, EvaluateThresholds t) {
        return List.of(new KeyValuePair("Model", NsfwClassifier.MODEL_NAME),
                kv("DrawingProbability", s.drawing()), kv("HentaiProbability", s.hentai()),
                kv("NeutralProbability", s.neutral()), kv("PornProbability", s.porn()),
                kv("SexyProbability", s.sexy()), kv("AdultThreshold", t.adult()), kv("RacyThreshold", t.racy()));
    }

    private static KeyValuePair kv(String key, double value) {
        return new KeyValuePair(key, String.format(Locale.ROOT, "%.6f", value));
    }

    private static double clamp(double v) {
        return Math.min(1.0, Math.max(0.0, v));
    }
}
