package com.modbench.engine.image;

import com.modbench.engine.image.evaluate.EvaluateThresholds;
import com.modbench.engine.image.input.ImageLimits;

/**
 * Tunables of the image engine. {@code faceMinScore}: BlazeFace confidence to report a face;
 * {@code ocrMinWordConfidence}: Tesseract word confidence (0..100) to keep a word; {@code matchMaxDistance}:
 * differing dHash bits (of 64) still counted as the same image; {@code cacheBudgetBytes}: decoded pixels kept for
 * {@code CacheImage}.
 */
public record ImageEngineSettings(EvaluateThresholds thresholds, double faceMinScore, double ocrMinWordConfidence,
        int matchMaxDistance, ImageLimits limits, long cacheBudgetBytes) {

    public static final ImageEngineSettings DEFAULT = new ImageEngineSettings(EvaluateThresholds.DEFAULT, 0.5, 50,
            10, ImageLimits.SERVICE, 256L * 1024 * 1024);

    /**
     * The defaults, overridden by system properties {@code modbench.image.adultThreshold},
     * {@code modbench.image.racyThreshold} and {@code modbench.image.faceMinScore} when set.
     */
    public static ImageEngineSettings fromSystemProperties() {
        double adult = doubleProperty("modbench.image.adultThreshold", DEFAULT.thresholds().adult());
        double racy = doubleProperty("modbench.image.racyThreshold", DEFAULT.thresholds().racy());
        double face = doubleProperty("modbench.image.faceMinScore", DEFAULT.faceMinScore());
        return new ImageEngineSettings(new EvaluateThresholds(adult, racy), face, DEFAULT.ocrMinWordConfidence(),
                DEFAULT.matchMaxDistance(), DEFAULT.limits(), DEFAULT.cacheBudgetBytes());
    }

    private static double doubleProperty(String name, double fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + name + " is not a number: " + value, e);
        }
    }

    public ImageEngineSettings withThresholds(EvaluateThresholds value) {
        return new ImageEngineSettings(value, faceMinScore, ocrMinWordConfidence, matchMaxDistance, limits,
                cacheBudgetBytes);
    }
}
