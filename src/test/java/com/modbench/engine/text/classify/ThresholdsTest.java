package com.modbench.engine.text.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void anyCategoryAtItsThresholdRecommendsReview() {
        Thresholds t = new Thresholds(0.9, 0.6, 0.5);
        assertTrue(t.reviewRecommended(0, 0, 0.5));
        assertTrue(t.reviewRecommended(0, 0.6, 0));
        assertFalse(t.reviewRecommended(0.89, 0.59, 0.49));
    }

    @Test
    void thresholdsOutsideZeroToOneAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Thresholds.DEFAULT.withCategory2(1.5));
        assertTrue(e.getMessage().contains("category2"));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(Double.NaN, 0.5, 0.5));
    }
}
