package com.modbench.engine.text.classify;

/** Accumulates evidence per category: {@code score = 1 − Π(1 − w)}, reported to 6 decimals and below 1. */
final class NoisyOr {

    private double miss1 = 1;
    private double miss2 = 1;
    private double miss3 = 1;

    void add(Evidence e) {
        miss1 *= 1 - e.c1();
        miss2 *= 1 - e.c2();
        miss3 *= 1 - e.c3();
    }

    double category1() {
        return round(1 - miss1);
    }

    double category2() {
        return round(1 - miss2);
    }

    double category3() {
        return round(1 - miss3);
    }

    private static double round(double v) {
        return Math.min(0.999_999, Math.round(v * 1_000_000d) / 1_000_000d);
    }
}
