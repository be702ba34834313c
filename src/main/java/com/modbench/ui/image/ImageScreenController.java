package com.modbench.ui.image;

import com.modbench.engine.image.ocr.TextHighlight;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.net.FetchPolicy;
import com.modbench.net.SafeImageFetcher;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.UserMessages;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.effect.GaussianBlur;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Thin controller of the Image tab: binds the view to {@link ImageScreenViewModel} and forwards user actions. */
public final class ImageScreenController {

    private static final List<String> OCR_LANGUAGES = List.of("eng", "deu", "fra", "spa", "ita", "por", "nld", "rus");

    private final AppContext context;
    private final ImageScreenViewModel model;
    private final FaceLayer faceLayer = new FaceLayer();
    private final ScoreBar adultBar = new ScoreBar("Adult");
    private final ScoreBar racyBar = new ScoreBar("Racy");

    @FXML private TextField imageUrlField;
    @FXML private Button imageLoadUrlButton;
    @FXML private Button imageOpenFileButton;
    @FXML private MenuButton imageSamplesButton;
    @FXML private ComboBox<String> ocrLanguageBox;
    @FXML private ComboBox<ImageListChoice> matchListBox;
    @FXML private Label imageStatusLabel;
    @FXML private ProgressBar imageProgressBar;
    @FXML private StackPane imagePane;
    @FXML private Label dropHint;
    @FXML private Group imageGroup;
    @FXML private ImageView imageView;
    @FXML private Button revealButton;
    @FXML private Label imageSourceLabel;
    @FXML private Label imageErrorLabel;
    @FXML private VBox scoreBox;
    @FXML private Label facesLabel;
    @FXML private StyleClassedTextArea ocrArea;
    @FXML private Label matchSummaryLabel;
    @FXML private ListView<MatchView> matchList;

    public ImageScreenController(AppContext context) {
        this.context = context;
        this.model = new ImageScreenViewModel(context::moderator, context.tasks(),
                new SafeImageFetcher(FetchPolicy.DEFAULT));
    }

    public ImageScreenViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        bindInputs();
        bindImage();
        bindResults();
    }

    private void bindInputs() {
        imageUrlField.textProperty().bindBidirectional(model.urlProperty());
        imageUrlField.setOnAction(e -> model.loadUrl());
        imageLoadUrlButton.setOnAction(e -> model.loadUrl());
        imageOpenFileButton.setOnAction(e -> chooseFile());
        for (ImageSamples.Sample sample : ImageSamples.all()) {
            MenuItem item = new MenuItem(sample.title());
            item.setOnAction(e -> model.analyse(sample.bytes(), sample.title()));
            imageSamplesButton.getItems().add(item);
        }
        ocrLanguageBox.getItems().setAll(OCR_LANGUAGES);
        ocrLanguageBox.getEditor().textProperty().bindBidirectional(model.ocrLanguageProperty());
        matchListBox.getItems().setAll(ImageListChoice.ALL);
        matchListBox.getSelectionModel().selectFirst();
        matchListBox.valueProperty().addListener((obs, old, choice) ->
                model.matchListIdProperty().set(choice == null ? null : choice.listId()));
        matchListBox.setOnShowing(e -> reloadLists());
        for (var control : List.of(imageLoadUrlButton, imageOpenFileButton, imageSamplesButton)) {
            control.disableProperty().bind(model.busyProperty().or(context.moderatorProperty().isNull()));
        }
        imageStatusLabel.textProperty().bind(model.statusProperty());
        imageProgressBar.progressProperty().bind(model.progressProperty());
        imageProgressBar.visibleProperty().bind(model.busyProperty());
        imageProgressBar.managedProperty().bind(imageProgressBar.visibleProperty());
        imageErrorLabel.textProperty().bind(model.errorProperty());
        imageSourceLabel.textProperty().bind(model.sourceProperty());
        installDropTarget();
    }

    private void reloadLists() {
        if (context.moderatorProperty().get() == null) {
            return;
        }
        context.tasks().run(() -> ImageListChoice.of(context.moderator().imageLists().list()), choices -> {
            Integer selected = model.matchListIdProperty().get();
            matchListBox.getItems().setAll(choices);
            matchListBox.getSelectionModel().select(choices.stream()
                    .filter(c -> Objects.equals(c.listId(), selected)).findFirst().orElse(ImageListChoice.ALL));
        }, this::report);
    }

    private void installDropTarget() {
        imagePane.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                imagePane.getStyleClass().add("drag-over");
            }
            e.consume();
        });
        imagePane.setOnDragExited(e -> imagePane.getStyleClass().remove("drag-over"));
        imagePane.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                model.loadFile(files.get(0).toPath());
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an image");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Images", "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.tif",
                        "*.tiff", "*.webp"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(imagePane.getScene().getWindow());
        if (file != null) {
            model.loadFile(file.toPath());
        }
    }

    private void bindImage() {
        imageGroup.getChildren().add(faceLayer);
        imageView.fitWidthProperty().bind(imagePane.widthProperty().subtract(16));
        imageView.fitHeightProperty().bind(imagePane.heightProperty().subtract(16));
        imageView.boundsInLocalProperty().addListener((obs, old, bounds) -> rescaleFaces());
        model.imageProperty().addListener((obs, old, bytes) -> {
            Image image = bytes == null ? null : new Image(new ByteArrayInputStream(bytes));
            imageView.setImage(image != null && !image.isError() ? image : null);
            dropHint.setVisible(bytes == null);
            rescaleFaces();
        });
        GaussianBlur blur = new GaussianBlur(48);
        model.blurredBinding().addListener((obs, was, blurred) -> imageView.setEffect(blurred ? blur : null));
        revealButton.visibleProperty().bind(model.blurredBinding().and(model.evaluationProperty().isNotNull()));
        revealButton.setOnAction(e -> model.reveal());
    }

    private void rescaleFaces() {
        Image image = imageView.getImage();
        faceLayer.setScale(image == null || image.getWidth() == 0 ? 1
                : imageView.getBoundsInLocal().getWidth() / image.getWidth());
    }

    private void bindResults() {
        scoreBox.getChildren().addAll(adultBar, racyBar);
        model.evaluationProperty().addListener((obs, old, result) -> showScores(result));
        model.facesProperty().addListener((obs, old, found) -> showFaces(found));
        model.ocrTextProperty().addListener((obs, old, text) -> redrawText());
        model.highlights().addListener((ListChangeListener<TextHighlight>) change -> redrawText());
        matchSummaryLabel.textProperty().bind(model.matchSummaryProperty());
        matchList.setItems(model.matches());
        matchList.setCellFactory(list -> new MatchCell(model));
        matchList.setPlaceholder(new Label("No matches"));
    }

    private void showScores(Evaluate result) {
        adultBar.show(result == null ? null : result.adultClassificationScore(), model.threshold("AdultThreshold"));
        racyBar.show(result == null ? null : result.racyClassificationScore(), model.threshold("RacyThreshold"));
    }

    private void showFaces(FoundFaces found) {
        faceLayer.show(found == null ? List.of() : found.faces());
        facesLabel.setText(found == null ? "Faces" : "Faces: " + found.count());
    }

    private void redrawText() {
        String text = model.ocrTextProperty().get().replace("\r\n", " \n").replace('\r', ' ');
        ocrArea.replaceText(text.isEmpty() && model.facesProperty().get() != null ? "" : text);
        if (!text.isEmpty()) {
            ocrArea.setStyleSpans(0, spans(text.length(), model.highlightsSnapshot()));
        }
    }

    /** One style class per highlight kind, matching the Text tab's colours. */
    static StyleSpans<Collection<String>> spans(int length, List<TextHighlight> highlights) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (TextHighlight h : highlights) {
            int start = Math.max(at, Math.min(h.start(), length));
            int end = Math.max(start, Math.min(h.end(), length));
            if (start > at) {
                builder.add(List.of(), start - at);
            }
            if (end > start) {
                builder.add(List.of(styleClass(h.kind())), end - start);
            }
            at = end;
        }
        builder.add(List.of(), Math.max(0, length - at));
        return builder.create();
    }

    private static String styleClass(String kind) {
        return switch (kind) {
            case "Term" -> "term";
            case "Email" -> "pii-email";
            case "Phone" -> "pii-phone";
            case "IPA" -> "pii-ip";
            case "SSN" -> "pii-ssn";
            default -> "pii-address";
        };
    }

    /** Reports a problem from outside the view-model (e.g. loading the lists). */
    private void report(Throwable failure) {
        model.reportError("Could not load the image lists: " + UserMessages.describe(failure));
    }
}
