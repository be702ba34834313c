package com.modbench.ui.lists;

import com.modbench.engine.lists.TermPreview;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A preview hit in context: "line 3: …before [match] after… → term". */
final class PreviewHitCell extends ListCell<TermPreview.Hit> {

    @Override
    protected void updateItem(TermPreview.Hit hit, boolean empty) {
        super.updateItem(hit, empty);
        setText(null);
        if (empty || hit == null) {
            setGraphic(null);
            return;
        }
        setGraphic(new TextFlow(styled("line " + hit.line() + ":  ", "preview-meta"),
                styled(hit.before(), "preview-context"), styled(hit.matched(), "preview-hit"),
                styled(hit.after(), "preview-context"), styled("   → " + hit.term(), "preview-meta")));
    }

    private static Text styled(String text, String styleClass) {
        Text node = new Text(text);
        node.getStyleClass().add(styleClass);
        return node;
    }
}
