package com.modbench.ui.text;

import com.modbench.model.text.Classification;
import com.modbench.model.text.Screen;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.StyleClasses;
import com.modbench.ui.common.UserMessages;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Popup;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/** Thin controller of the Text tab: binds the view to {@link TextScreenViewModel} and forwards user actions. */
public final class TextScreenController {

    private static final KeyCombination SCREEN_SHORTCUT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final List<String> LANGUAGES = List.of("", "eng", "deu", "fra", "spa", "ita", "por", "nld", "rus",
            "pol", "tur", "ara", "hin", "jpn", "kor", "zho");

    private final AppContext context;
    private final TextScreenViewModel model;

    @FXML private CheckBox autocorrectBox;
    @FXML private CheckBox piiBox;
    @FXML private CheckBox classifyBox;
    @FXML private ComboBox<String> languageBox;
    @FXML private ComboBox<TermListChoice> listPicker;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button screenButton;
    @FXML private TextArea inputArea;
    @FXML private Label charCountLabel;
    @FXML private Label errorLabel;
    @FXML private ChoiceBox<TextView> viewChoice;
    @FXML private Label languageLabel;
    @FXML private StyleClassedTextArea highlightArea;
    @FXML private FlowPane legend;
    @FXML private ProgressBar category1Bar;
    @FXML private ProgressBar category2Bar;
    @FXML private ProgressBar category3Bar;
    @FXML private Label category1Value;
    @FXML private Label category2Value;
    @FXML private Label category3Value;
    @FXML private Label reviewLabel;
    @FXML private Label thresholdsLabel;
    @FXML private TableView<Finding> findingsTable;
    @FXML private Button copyJsonButton;
    @FXML private Button copyCurlButton;
    @FXML private TextArea jsonArea;

    public TextScreenController(AppContext context) {
        this.context = context;
        this.model = new TextScreenViewModel(context::moderator, context.tasks());
    }

    public TextScreenViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        bindOptions();
        bindInput();
        bindResults();
        buildFindingsTable();
        buildLegend();
        installSpanTooltips();
        copyJsonButton.setOnAction(e -> copy(model.jsonProperty().get()));
        copyCurlButton.setOnAction(e -> copy(model.curlCommand(TextScreenViewModel.DEFAULT_ENDPOINT)));
        copyJsonButton.disableProperty().bind(model.jsonProperty().isEmpty());
    }

    private void bindOptions() {
        autocorrectBox.selectedProperty().bindBidirectional(model.autocorrectProperty());
        piiBox.selectedProperty().bindBidirectional(model.piiProperty());
        classifyBox.selectedProperty().bindBidirectional(model.classifyProperty());
        languageBox.getItems().setAll(LANGUAGES);
        languageBox.getEditor().textProperty().bindBidirectional(model.languageProperty());
        languageBox.setTooltip(new Tooltip("ISO 639-3 code; empty to detect the language"));
        listPicker.setTooltip(new Tooltip("Also match the terms of a custom term list (refresh its index first)"));
        listPicker.getItems().setAll(TermListChoice.BUILT_IN_ONLY);
        listPicker.getSelectionModel().selectFirst();
        listPicker.valueProperty().addListener((obs, old, choice) ->
                model.listIdProperty().set(choice == null ? null : choice.listId()));
        listPicker.setOnShowing(e -> reloadTermLists());
        context.moderatorProperty().addListener((obs, old, now) -> reloadTermLists());
        reloadTermLists();
    }

    private void reloadTermLists() {
        if (context.moderatorProperty().get() == null) {
            return;
        }
        context.tasks().run(() -> TermListChoice.all(context.moderator().termLists().list()), choices -> {
            Integer selected = model.listIdProperty().get();
            listPicker.getItems().setAll(choices);
            listPicker.getSelectionModel().select(choices.stream()
                    .filter(c -> java.util.Objects.equals(c.listId(), selected)).findFirst().orElse(choices.get(0)));
        }, failure -> model.reportError("Could not load the term lists: " + UserMessages.describe(failure)));
    }

    private void bindInput() {
        inputArea.textProperty().bindBidirectional(model.inputProperty());
        inputArea.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SCREEN_SHORTCUT.match(e)) {
                model.screen();
                e.consume();
            }
        });
        screenButton.setOnAction(e -> model.screen());
        screenButton.setTooltip(new Tooltip("Screen the text (Ctrl+Enter)"));
        screenButton.disableProperty().bind(model.busyProperty()
                .or(context.moderatorProperty().isNull()).or(model.inputProperty().isEmpty()));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        charCountLabel.textProperty().bind(model.characterCountText());
        StyleClasses.follow(charCountLabel, "over-limit", model.overLimitBinding());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    private void bindResults() {
        viewChoice.getItems().setAll(TextView.values());
        viewChoice.valueProperty().bindBidirectional(model.viewProperty());
        jsonArea.textProperty().bind(model.jsonProperty());
        model.displayedTextProperty().addListener((obs, old, text) -> redrawHighlights());
        model.findings().addListener((ListChangeListener<Finding>) change -> redrawHighlights());
        model.resultProperty().addListener((obs, old, screen) -> showScores(screen));
        reviewLabel.textProperty().bind(model.reviewProperty());
        thresholdsLabel.textProperty().bind(model.thresholdsProperty());
        StyleClasses.follow(reviewLabel, "recommended", model.reviewRecommendedProperty());
        languageLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Screen screen = model.resultProperty().get();
            return screen == null || screen.language() == null ? "" : "Language: " + screen.language();
        }, model.resultProperty()));
    }

    private void redrawHighlights() {
        String text = model.displayedTextProperty().get();
        highlightArea.replaceText(text);
        highlightArea.setStyleSpans(0, Highlighter.spans(text.length(), model.findingsSnapshot()));
    }

    private void showScores(Screen screen) {
        Classification c = screen == null ? null : screen.classification();
        setScore(category1Bar, category1Value, c == null ? null : c.category1());
        setScore(category2Bar, category2Value, c == null ? null : c.category2());
        setScore(category3Bar, category3Value, c == null ? null : c.category3());
    }

    private static void setScore(ProgressBar bar, Label value, Classification.Score score) {
        bar.setProgress(score == null ? 0 : score.score());
        value.setText(score == null ? "–" : String.format(Locale.ROOT, "%.3f", score.score()));
    }

    private void buildFindingsTable() {
        TableColumn<Finding, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind().label()));
        TableColumn<Finding, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        TableColumn<Finding, Integer> index = new TableColumn<>("Index");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().index()));
        TableColumn<Finding, String> detail = new TableColumn<>("Detail");
        detail.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detail()));
        findingsTable.getColumns().setAll(List.of(kind, text, index, detail));
        findingsTable.setItems(model.findings());
        findingsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, finding) -> {
            if (finding != null) {
                highlightArea.selectRange(finding.start(), finding.end());
                highlightArea.requestFollowCaret();
            }
        });
    }

    private void buildLegend() {
        for (FindingKind kind : FindingKind.values()) {
            Label swatch = new Label(kind.label());
            swatch.getStyleClass().addAll("swatch", kind.styleClass());
            legend.getChildren().add(swatch);
        }
    }

    private void installSpanTooltips() {
        Popup popup = new Popup();
        Label tip = new Label();
        tip.getStyleClass().add("tooltip");
        popup.getContent().add(tip);
        highlightArea.setMouseOverTextDelay(Duration.ofMillis(300));
        highlightArea.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            int at = e.getCharacterIndex();
            model.findings().stream().filter(f -> f.start() <= at && at < f.end()).findFirst().ifPresent(f -> {
                tip.setText(f.tooltip());
                popup.show(highlightArea, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 12);
            });
        });
        highlightArea.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Puts {@code text} into the input (e.g. a sample) and screens it. */
    public void loadAndScreen(String text) {
        model.inputProperty().set(text);
        model.screen();
    }
}
