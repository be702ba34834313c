package com.modbench.bench.quality;

import java.util.Arrays;
import java.util.Comparator;

/** Evaluation metrics shared by every section, so ours and the anchors' figures come from the same arithmetic. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * ROC AUC by the Mann–Whitney statistic: the probability that a random positive scores above a random
     * negative, ties counting one half. Returns NaN when either class is empty.
     */
    public static double rocAuc(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("scores and labels differ in length");
        }
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** True/false positive and negative counts; precision, recall and F1 are NaN when undefined. */
    public record Confusion(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

        public static Confusion atThreshold(double[] scores, boolean[] positive, double threshold) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            long tn = 0;
            for (int i = 0; i < scores.length; i++) {
                boolean predicted = scores[i] >= threshold;
                if (predicted && positive[i]) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (positive[i]) {
                    fn++;
                } else {
                    tn++;
                }
            }
            return new Confusion(tp, fp, fn, tn);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(long numerator, long denominator) {
            return denominator == 0 ? Double.NaN : (double) numerator / denominator;
        }
    }
}
