package com.modbench.ui.settings;

import com.modbench.api.ReviewThresholds;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The three review-threshold fields of the settings as typed: text, so that a half-typed value stays on screen, read
 * into {@link ReviewThresholds} on save. A decimal comma ({@code 0,6}) is taken as a point.
 */
public final class ReviewThresholdsForm {

    private final StringProperty category1 = new SimpleStringProperty();
    private final StringProperty category2 = new SimpleStringProperty();
    private final StringProperty category3 = new SimpleStringProperty();

    ReviewThresholdsForm(ReviewThresholds initial) {
        show(initial);
    }

    public void show(ReviewThresholds thresholds) {
        category1.set(ReviewThresholds.format(thresholds.category1()));
        category2.set(ReviewThresholds.format(thresholds.category2()));
        category3.set(ReviewThresholds.format(thresholds.category3()));
    }

    public void resetToDefaults() {
        show(ReviewThresholds.DEFAULT);
    }

    /** The thresholds typed; an IllegalArgumentException saying which field is wrong and why. */
    public ReviewThresholds read() {
        return new ReviewThresholds(number("Category1 (sexually explicit)", category1.get()),
                number("Category2 (suggestive)", category2.get()), number("Category3 (offensive)", category3.get()));
    }

    private static double number(String name, String typed) {
        String text = typed == null ? "" : typed.strip().replace(',', '.');
        try {
            return ReviewThresholds.parseThreshold(name, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + name + " review threshold must be a number between 0 and 1, "
                    + "e.g. 0.5" + (text.isEmpty() ? "." : ", not '" + typed.strip() + "'."), e);
        }
    }

    public StringProperty category1Property() {
        return category1;
    }

    public StringProperty category2Property() {
        return category2;
    }

    public StringProperty category3Property() {
        return category3;
    }
}
