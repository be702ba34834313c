package com.modbench.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Style classes that follow state, so CSS (not code) decides how "over the limit" or "failed" looks. */
public final class StyleClasses {

    private StyleClasses() {
    }

    /** {@code node} has {@code styleClass} exactly while {@code on} is true, from now on. */
    public static void follow(Node node, String styleClass, ObservableValue<Boolean> on) {
        set(node, styleClass, Boolean.TRUE.equals(on.getValue()));
        on.addListener((obs, was, now) -> set(node, styleClass, Boolean.TRUE.equals(now)));
    }

    private static void set(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
