package com.modbench.api;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Scores at or above which a category recommends human review; {@code ReviewRecommended} is true when any category
 * reaches its threshold. The defaults are chosen from measured precision and recall (see {@code docs/quality.md}).
 * The wire API has no field for them: an endpoint applies the thresholds it was configured with.
 */
public record ReviewThresholds(double category1, double category2, double category3) {

    public static final ReviewThresholds DEFAULT = new ReviewThresholds(0.5, 0.5, 0.5);

    /** Plain decimal numbers only: {@link Double#parseDouble} would also take "NaN", "Infinity", "0x1p-1", "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    public ReviewThresholds {
        check("Category1", category1);
        check("Category2", category2);
        check("Category3", category3);
    }

    /**
     * Reads {@code "Category1,Category2,Category3"}, e.g. {@code 0.6,0.5,0.4} (spaces around the numbers allowed).
     * Anything else is an {@link IllegalArgumentException} whose message says what is wrong.
     */
    public static ReviewThresholds parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected three numbers Category1,Category2,Category3 between 0 and 1, "
                    + "e.g. 0.6,0.5,0.4, not '" + (text == null ? "" : text) + "'.");
        }
        return new ReviewThresholds(parseThreshold("Category1", parts[0]), parseThreshold("Category2", parts[1]),
                parseThreshold("Category3", parts[2]));
    }

    /** One threshold as text: a plain decimal number in 0..1; else an IllegalArgumentException naming {@code name}. */
    public static double parseThreshold(String name, String text) {
        double value = number(name, text == null ? "" : text);
        check(name, value);
        return value;
    }

    public boolean reviewRecommended(double c1, double c2, double c3) {
        return c1 >= category1 || c2 >= category2 || c3 >= category3;
    }

    public ReviewThresholds withCategory1(double value) {
        return new ReviewThresholds(value, category2, category3);
    }

    public ReviewThresholds withCategory2(double value) {
        return new ReviewThresholds(category1, value, category3);
    }

    public ReviewThresholds withCategory3(double value) {
        return new ReviewThresholds(category1, category2, value);
    }

    /** The form {@link #parse} reads, e.g. {@code 0.6,0.5,0.4}. */
    public String toOption() {
        return format(category1) + "," + format(category2) + "," + format(category3);
    }

    /** A number as people write it: {@code 0.5}, {@code 0.125}, {@code 1}; never in exponent notation. */
    public static String format(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static double number(String name, String raw) {
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(name + " threshold is missing: expected a number between 0 and 1.");
        }
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(name + " threshold must be a number between 0 and 1, not '"
                    + trimmed + "'.");
        }
        return Double.parseDouble(trimmed);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " threshold must be between 0 and 1, not " + value + ".");
        }
    }
}
