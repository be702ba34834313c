package com.modbench.engine.image.evaluate;

/**
 * When {@code IsImageAdultClassified} / {@code IsImageRacyClassified} become true: score ≥ threshold. The service
 * never published its thresholds; 0.5 is the default and every deployment should tune it (see
 * docs/decisions/0061-image-evaluate-scores.md).
 */
public record EvaluateThresholds(double adult, double racy) {

    public static final EvaluateThresholds DEFAULT = new EvaluateThresholds(0.5, 0.5);

    public EvaluateThresholds {
        if (!(adult >= 0 && adult <= 1 && racy >= 0 && racy <= 1)) {
            throw new IllegalArgumentException("thresholds must be in 0..1: adult " + adult + ", racy " + racy);
        }
    }
}
