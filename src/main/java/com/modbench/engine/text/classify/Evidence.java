package com.modbench.engine.text.classify;

/**
 * One piece of evidence: for each category, the chance in 0..1 that this piece alone puts the text in the category.
 * Pieces combine by noisy-OR, so independent evidence accumulates and no score reaches 1.
 */
record Evidence(double c1, double c2, double c3) {

    static final Evidence NONE = new Evidence(0, 0, 0);
    static final double MAX_WEIGHT = 0.999;

    Evidence {
        check(c1);
        check(c2);
        check(c3);
    }

    /**
     * Strengthens ({@code factor > 1}) or weakens ({@code factor < 1}) a weight as if the evidence had been seen
     * {@code factor} times: {@code 1 − (1 − w)^factor}. Weights stay in 0..1 and keep their order.
     */
    static double repeat(double weight, double factor) {
        // Math.pow(x, 1) is x exactly; skipping it for the common factor 1 keeps every result bit for bit
        return Math.min(MAX_WEIGHT, 1 - (factor == 1 ? 1 - weight : Math.pow(1 - weight, factor)));
    }

    Evidence repeated(double f1, double f2, double f3) {
        return new Evidence(repeat(c1, f1), repeat(c2, f2), repeat(c3, f3));
    }

    private static void check(double w) {
        if (!(w >= 0 && w < 1)) {
            throw new IllegalArgumentException("evidence weight must be in [0, 1): " + w);
        }
    }
}
