package com.modbench.ui.image;

import java.io.ByteArrayInputStream;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;

/** A match shown side by side: the analysed image, the matched list image, and what the list says about it. */
final class MatchCell extends ListCell<MatchView> {

    private static final double SIZE = 96;

    private final ImageScreenViewModel model;

    MatchCell(ImageScreenViewModel model) {
        this.model = model;
    }

    @Override
    protected void updateItem(MatchView item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label caption = new Label(item.caption());
        caption.setWrapText(true);
        HBox row = new HBox(8, thumbnail(model.imageProperty().get()), thumbnail(item.thumbnail()), caption);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("match-row");
        setText(null);
        setGraphic(row);
    }

    private ImageView thumbnail(byte[] bytes) {
        ImageView view = new ImageView();
        view.getStyleClass().add("thumbnail");
        if (bytes != null) {
            view.setImage(new Image(new ByteArrayInputStream(bytes), SIZE, SIZE, true, true));
        }
        view.setFitWidth(SIZE);
        view.setFitHeight(SIZE);
        view.setPreserveRatio(true);
        if (model.blurredBinding().get()) {
            view.setEffect(new javafx.scene.effect.GaussianBlur(12));
        }
        return view;
    }
}
