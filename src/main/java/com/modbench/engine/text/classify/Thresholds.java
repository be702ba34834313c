package com.modbench.engine.text.classify;

/**
 * Scores at or above which a category recommends human review; {@code ReviewRecommended} is true when any category
 * reaches its threshold. The defaults are chosen from measured precision and recall (see {@code docs/quality.md}).
 */
public record Thresholds(double category1, double category2, double category3) {

    public static final Thresholds DEFAULT = new Thresholds(0.5, 0.5, 0.5);

    public Thresholds {
        check("category1", category1);
        check("category2", category2);
        check("category3", category3);
    }

    public boolean reviewRecommended(double c1, double c2, double c3) {
        return c1 >= category1 || c2 >= category2 || c3 >= category3;
    }

    public Thresholds withCategory1(double value) {
        return new Thresholds(value, category2, category3);
    }

    public Thresholds withCategory2(double value) {
        return new Thresholds(category1, value, category3);
    }

    public Thresholds withCategory3(double value) {
        return new Thresholds(category1, category2, value);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " threshold must be between 0 and 1, was " + value);
        }
    }
}
