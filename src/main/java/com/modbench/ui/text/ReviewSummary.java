package com.modbench.ui.text;

import com.modbench.api.ReviewThresholds;
import com.modbench.model.text.Classification;
import com.modbench.model.text.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the Text tab says about {@code ReviewRecommended}: the verdict, which scores reached their thresholds, and
 * the thresholds in force when the text was screened (a remote endpoint's are its own and not reported).
 */
final class ReviewSummary {

    private ReviewSummary() {
    }

    static String verdict(Screen screen, Optional<ReviewThresholds> thresholds) {
        Classification c = screen == null ? null : screen.classification();
        if (c == null) {
            return screen == null ? "" : "Classification not requested";
        }
        if (!recommended(screen)) {
            return "No review recommended";
        }
        List<String> reasons = thresholds.map(t -> reached(c, t)).orElse(List.of());
        return reasons.isEmpty() ? "Review recommended" : "Review recommended: " + String.join(", ", reasons);
    }

    static String thresholds(Screen screen, Optional<ReviewThresholds> thresholds) {
        if (screen == null || screen.classification() == null) {
            return "";
        }
        return thresholds.map(t -> "Thresholds: Category1 " + ReviewThresholds.format(t.category1())
                        + " · Category2 " + ReviewThresholds.format(t.category2())
                        + " · Category3 " + ReviewThresholds.format(t.category3())
                        + " (embedded engine; change them in File ▸ Settings)")
                .orElse("Thresholds: the remote endpoint's own (set where it runs; the API does not report them)");
    }

    static boolean recommended(Screen screen) {
        return screen != null && screen.classification() != null
                && Boolean.TRUE.equals(screen.classification().reviewRecommended());
    }

    private static List<String> reached(Classification c, ReviewThresholds t) {
        List<String> reasons = new ArrayList<>();
        reason(reasons, 1, c.category1(), t.category1());
        reason(reasons, 2, c.category2(), t.category2());
        reason(reasons, 3, c.category3(), t.category3());
        return reasons;
    }

    private static void reason(List<String> reasons, int category, Classification.Score score, double threshold) {
        if (score != null && score.score() >= threshold) {
            reasons.add(String.format(Locale.ROOT, "Category%d %.3f ≥ %s", category, score.score(),
                    ReviewThresholds.format(threshold)));
        }
    }
}
