package com.modbench.ui.image;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** A 0..1 score as a bar with a tick where the threshold is; the bar turns red at or above it. */
final class ScoreBar extends HBox {

    private final ProgressBar bar = new ProgressBar(0);
    private final Region tick = new Region();
    private final Label value = new Label("–");
    private double threshold = 0.5;

    ScoreBar(String name) {
        Label label = new Label(name);
        label.setMinWidth(60);
        bar.setMaxWidth(Double.MAX_VALUE);
        tick.getStyleClass().add("threshold-tick");
        tick.setManaged(false);
        StackPane track = new StackPane(bar, tick);
        track.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(track, Priority.ALWAYS);
        track.widthProperty().addListener((obs, old, width) -> placeTick(width.doubleValue()));
        value.setMinWidth(110);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(label, track, value);
        getStyleClass().add("score-bar");
    }

    void show(Double score, double threshold) {
        this.threshold = threshold;
        placeTick(((StackPane) tick.getParent()).getWidth());
        bar.getStyleClass().remove("over-threshold");
        if (score == null) {
            bar.setProgress(0);
            value.setText("–");
            return;
        }
        bar.setProgress(score);
        boolean over = score >= threshold;
        if (over) {
            bar.getStyleClass().add("over-threshold");
        }
        value.setText(String.format(Locale.ROOT, "%.3f%s", score, over ? "  flagged" : ""));
        Tooltip.install(this, new Tooltip(String.format(Locale.ROOT, "score %.4f, threshold %.2f", score, threshold)));
    }

    String valueText() {
        return value.getText();
    }

    private void placeTick(double width) {
        tick.resizeRelocate(Math.max(0, width * threshold - 1), 0, 2, Math.max(bar.getHeight(), 16));
    }
}
