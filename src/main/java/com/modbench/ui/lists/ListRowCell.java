package com.modbench.ui.lists;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A list on the left: its name and id, its term count and which languages' indexes are out of date. */
final class ListRowCell extends ListCell<ListRow> {

    @Override
    protected void updateItem(ListRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label title = new Label(row.title());
        Label summary = new Label(row.summary());
        summary.getStyleClass().add("list-summary");
        if (!row.outOfDate().isEmpty()) {
            summary.getStyleClass().add("out-of-date");
        }
        setText(null);
        setGraphic(new VBox(2, title, summary));
    }
}
