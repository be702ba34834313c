package com.modbench.cli;

import com.modbench.api.ReviewThresholds;
import java.util.Map;

/**
 * {@code --review-thresholds C1,C2,C3} of {@code screen} and {@code serve}, and for {@code serve} its environment
 * variable {@value #ENVIRONMENT_VARIABLE}. Errors are {@link IllegalArgumentException}s naming where the bad value
 * came from, which the commands report as usage errors.
 */
final class ReviewThresholdsOption {

    static final String NAME = "--review-thresholds";
    static final String ENVIRONMENT_VARIABLE = "MODBENCH_REVIEW_THRESHOLDS";

    private ReviewThresholdsOption() {
    }

    static ReviewThresholds parse(String value) {
        return parse(value, NAME);
    }

    /** The environment's thresholds, or {@code fallback} when the variable is unset or empty. */
    static ReviewThresholds fromEnvironment(Map<String, String> environment, ReviewThresholds fallback) {
        String value = environment.get(ENVIRONMENT_VARIABLE);
        return value == null || value.isBlank() ? fallback : parse(value, ENVIRONMENT_VARIABLE);
    }

    /** How the commands print them, e.g. {@code Category1 0.6, Category2 0.5, Category3 0.4}. */
    static String describe(ReviewThresholds t) {
        return "Category1 " + ReviewThresholds.format(t.category1()) + ", Category2 "
                + ReviewThresholds.format(t.category2()) + ", Category3 " + ReviewThresholds.format(t.category3());
    }

    private static ReviewThresholds parse(String value, String source) {
        try {
            return ReviewThresholds.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }
}
