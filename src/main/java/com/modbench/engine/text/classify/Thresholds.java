package com.modbench.engine.text.classify;

/** Scores at or above which a category recommends human review. */
public record Thresholds(double category1, double category2, double category3) {

    public static final Thresholds DEFAULT = new Thresholds(0.5, 0.5, 0.5);

    public boolean reviewRecommended(double c1, double c2, double c3) {
        return c1 >= category1 || c2 >= category2 || c3 >= category3;
    }
}
