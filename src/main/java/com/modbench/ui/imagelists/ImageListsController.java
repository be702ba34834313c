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

    @FXML private ListView<ImageList> listView;
    @FXML private TextField nameField;
    @FXML private Button createButton;
    @FXML private Button renameButton;
    @FXML private Button deleteListButton;
    @FXML private Label indexStateLabel;
    @FXML private Button refreshButton;
    @FXML private ComboBox<String> tagBox;
    @FXML private TextField labelField;
    @FXML private Button addFileButton;
    @FXML private TextField urlField;
    @FXML private Button addUrlButton;
    @FXML private ListView<ImageTile> tileList;
    @FXML private Button deleteImageButton;
    @FXML private Button deleteAllButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;

    public ImageListsController(AppContext context) {
        this.context = context;
        this.model = new ImageListsViewModel(context::moderator, context.tasks());
    }

    public ImageListsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        listView.setItems(model.allLists());
        listView.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ImageList item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.id() + " · " + (item.name() == null || item.name().isBlank() ? "(unnamed)" : item.name()));
            }
        });
        listView.getSelectionModel().selectedItemProperty().addListener((obs, old, list) -> {
            if (list != null && list != model.selectedProperty().get()) {
                model.selectedProperty().set(list);
            }
        });
        model.selectedProperty().addListener((obs, old, list) -> listView.getSelectionModel().select(list));
        listView.setPlaceholder(new Label("No image lists yet"));

        nameField.textProperty().bindBidirectional(model.nameProperty());
        createButton.setOnAction(e -> model.create());
        renameButton.setOnAction(e -> model.rename());
        deleteListButton.setOnAction(e -> model.deleteList());
        refreshButton.setOnAction(e -> model.refreshIndex());
        ImageTags.MEANINGS.keySet().forEach(tag -> tagBox.getItems().add(ImageTags.describe(tag)));
        tagBox.getEditor().textProperty().bindBidirectional(model.tagProperty());
        labelField.textProperty().bindBidirectional(model.labelProperty());
        urlField.textProperty().bindBidirectional(model.urlProperty());
        addFileButton.setOnAction(e -> chooseFile());
        addUrlButton.setOnAction(e -> model.addUrl());
        urlField.setOnAction(e -> model.addUrl());
        deleteImageButton.setOnAction(e -> model.deleteImage(tileList.getSelectionModel().getSelectedItem()));
        deleteAllButton.setOnAction(e -> model.deleteAllImages());

        var noList = model.selectedProperty().isNull();
        for (Button button : new Button[] {renameButton, deleteListButton, refreshButton, addFileButton, addUrlButton,
                deleteAllButton}) {
            button.disableProperty().bind(noList.or(model.busyProperty()));
        }
        createButton.disableProperty().bind(model.busyProperty().or(context.moderatorProperty().isNull()));
        deleteImageButton.disableProperty().bind(tileList.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));

        tileList.setItems(model.images());
        tileList.setCellFactory(view -> new TileCell());
        tileList.setPlaceholder(new Label("No images in this list"));
        indexStateLabel.textProperty().bind(model.indexStateProperty());
        model.indexOutOfDateProperty().addListener((obs, was, outOfDate) -> {
            indexStateLabel.getStyleClass().remove("out-of-date");
            if (outOfDate) {
                indexStateLabel.getStyleClass().add("out-of-date");
            }
        });
        busyIndicator.visibleProperty().bind(model.busyProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        errorLabel.textProperty().bind(model.errorProperty());

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
