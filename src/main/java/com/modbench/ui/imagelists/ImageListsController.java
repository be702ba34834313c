package com.modbench.ui.imagelists;

import com.modbench.model.lists.ImageList;
import com.modbench.ui.common.AppContext;
import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/** Thin controller of the Image lists tab: binds the view to {@link ImageListsViewModel}. */
public final class ImageListsController {

    private static final double THUMBNAIL = 88;

    private final AppContext context;
    private final ImageListsViewModel model;

    @FXML private ListView<ImageList> imageListView;
    @FXML private TextField imageListNameField;
    @FXML private Button createImageListButton;
    @FXML private Button renameImageListButton;
    @FXML private Button deleteImageListButton;
    @FXML private Label imageIndexStateLabel;
    @FXML private Button refreshImageIndexButton;
    @FXML private ComboBox<String> imageTagBox;
    @FXML private TextField imageLabelField;
    @FXML private Button addImageFileButton;
    @FXML private TextField imageToAddUrlField;
    @FXML private Button addImageUrlButton;
    @FXML private ListView<ImageTile> tileList;
    @FXML private Button deleteImageButton;
    @FXML private Button deleteAllImagesButton;
    @FXML private ProgressIndicator imageListsBusyIndicator;
    @FXML private Label imageListsStatusLabel;
    @FXML private Label imageListsErrorLabel;

    public ImageListsController(AppContext context) {
        this.context = context;
        this.model = new ImageListsViewModel(context::moderator, context.tasks());
    }

    public ImageListsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        imageListView.setItems(model.allLists());
        imageListView.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ImageList item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.id() + " · " + (item.name() == null || item.name().isBlank() ? "(unnamed)" : item.name()));
            }
        });
        imageListView.getSelectionModel().selectedItemProperty().addListener((obs, old, list) -> {
            if (list != null && list != model.selectedProperty().get()) {
                model.selectedProperty().set(list);
            }
        });
        model.selectedProperty().addListener((obs, old, list) -> imageListView.getSelectionModel().select(list));
        imageListView.setPlaceholder(new Label("No image lists yet"));

        imageListNameField.textProperty().bindBidirectional(model.nameProperty());
        createImageListButton.setOnAction(e -> model.create());
        renameImageListButton.setOnAction(e -> model.rename());
        deleteImageListButton.setOnAction(e -> model.deleteList());
        refreshImageIndexButton.setOnAction(e -> model.refreshIndex());
        ImageTags.MEANINGS.keySet().forEach(tag -> imageTagBox.getItems().add(ImageTags.describe(tag)));
        imageTagBox.getEditor().textProperty().bindBidirectional(model.tagProperty());
        imageLabelField.textProperty().bindBidirectional(model.labelProperty());
        imageToAddUrlField.textProperty().bindBidirectional(model.urlProperty());
        addImageFileButton.setOnAction(e -> chooseFile());
        addImageUrlButton.setOnAction(e -> model.addUrl());
        imageToAddUrlField.setOnAction(e -> model.addUrl());
        deleteImageButton.setOnAction(e -> model.deleteImage(tileList.getSelectionModel().getSelectedItem()));
        deleteAllImagesButton.setOnAction(e -> model.deleteAllImages());

        var noList = model.selectedProperty().isNull();
        for (Button button : new Button[] {renameImageListButton, deleteImageListButton, refreshImageIndexButton, addImageFileButton, addImageUrlButton,
                deleteAllImagesButton}) {
            button.disableProperty().bind(noList.or(model.busyProperty()));
        }
        createImageListButton.disableProperty().bind(model.busyProperty().or(context.moderatorProperty().isNull()));
        deleteImageButton.disableProperty().bind(tileList.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));

        tileList.setItems(model.images());
        tileList.setCellFactory(view -> new TileCell());
        tileList.setPlaceholder(new Label("No images in this list"));
        imageIndexStateLabel.textProperty().bind(model.indexStateProperty());
        model.indexOutOfDateProperty().addListener((obs, was, outOfDate) -> {
            imageIndexStateLabel.getStyleClass().remove("out-of-date");
            if (outOfDate) {
                imageIndexStateLabel.getStyleClass().add("out-of-date");
            }
        });
        imageListsBusyIndicator.visibleProperty().bind(model.busyProperty());
        imageListsStatusLabel.textProperty().bind(model.statusProperty());
        imageListsErrorLabel.textProperty().bind(model.errorProperty());

        context.moderatorProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.reload();
            }
        });
        if (context.moderatorProperty().get() != null) {
            model.reload();
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add an image to the list");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.jpg", "*.jpeg", "*.png",
                "*.gif", "*.bmp", "*.tif", "*.tiff", "*.webp"));
        File file = chooser.showOpenDialog(tileList.getScene().getWindow());
        if (file != null) {
            model.addFile(file.toPath());
        }
    }

    /** A list image: its thumbnail and id · label · tag. */
    private static final class TileCell extends ListCell<ImageTile> {
        @Override
        protected void updateItem(ImageTile item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            ImageView thumbnail = new ImageView();
            thumbnail.getStyleClass().add("thumbnail");
            if (item.thumbnail() != null) {
                thumbnail.setImage(new Image(new ByteArrayInputStream(item.thumbnail()), THUMBNAIL, THUMBNAIL, true,
                        true));
            }
            thumbnail.setFitWidth(THUMBNAIL);
            thumbnail.setFitHeight(THUMBNAIL);
            thumbnail.setPreserveRatio(true);
            HBox row = new HBox(10, thumbnail, new Label(item.caption()));
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
