package com.modbench.ui.image;

import com.modbench.model.image.FoundFaces;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/** Draws face rectangles over the displayed image, scaled from image pixels to the view's size. */
final class FaceLayer extends Pane {

    private List<FoundFaces.Face> faces = List.of();
    private double scale = 1;

    FaceLayer() {
        setMouseTransparent(true);
        getStyleClass().add("face-layer");
    }

    void show(List<FoundFaces.Face> faces) {
        this.faces = faces == null ? List.of() : faces;
        redraw();
    }

    void setScale(double scale) {
        this.scale = scale;
        redraw();
    }

    private void redraw() {
        getChildren().clear();
        for (FoundFaces.Face face : faces) {
            Rectangle box = new Rectangle(face.left() * scale, face.top() * scale,
                    (face.right() - face.left()) * scale, (face.bottom() - face.top()) * scale);
            box.getStyleClass().add("face-box");
            getChildren().add(box);
        }
    }
}
