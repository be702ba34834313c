package com.modbench.ui.text;

import com.modbench.api.Moderator;
import com.modbench.api.ReviewThresholds;
import com.modbench.api.ScreenOptions;
import com.modbench.api.TextModeration;
import com.modbench.model.Json;
import com.modbench.model.text.Screen;
import com.modbench.ui.common.TaskRunner;
import com.modbench.ui.common.UserMessages;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and commands of the Text tab; no scene-graph code, so it is testable without a screen. */
public final class TextScreenViewModel {

    public static final String DEFAULT_ENDPOINT = "${MODBENCH_ENDPOINT:-http://127.0.0.1:5055}";

    private final Supplier<Moderator> moderator;
    private final TaskRunner tasks;

    private final StringProperty input = new SimpleStringProperty("");
    private final BooleanProperty autocorrect = new SimpleBooleanProperty(false);
    private final BooleanProperty pii = new SimpleBooleanProperty(true);
    private final BooleanProperty classify = new SimpleBooleanProperty(true);
    private final StringProperty language = new SimpleStringProperty("");
    private final ObjectProperty<Integer> listId = new SimpleObjectProperty<>();
    private final ObjectProperty<TextView> view = new SimpleObjectProperty<>(TextView.ORIGINAL);

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Screen> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper json = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper displayedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper review = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper thresholds = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reviewRecommended = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final BooleanBinding overLimit =
            Bindings.createBooleanBinding(() -> length() > TextModeration.MAX_TEXT_LENGTH, input);
    private final ObservableValue<String> characterCount = Bindings.createStringBinding(
            () -> String.format("%,d / %,d", length(), TextModeration.MAX_TEXT_LENGTH), input);
    private ScreenOptions lastOptions = ScreenOptions.DEFAULT;

    public TextScreenViewModel(Supplier<Moderator> moderator, TaskRunner tasks) {
        this.moderator = moderator;
        this.tasks = tasks;
        view.addListener((obs, old, now) -> refreshDisplay());
    }

    /** Screens the input in the background; ignored while a screen is running or the input is blank. */
    public void screen() {
        if (busy.get() || input.get() == null || input.get().isBlank()) {
            if (input.get() == null || input.get().isBlank()) {
                error.set("Type or paste some text to screen.");
            }
            return;
        }
        String text = input.get();
        ScreenOptions options = options();
        busy.set(true);
        error.set("");
        tasks.execute(() -> {
            Moderator screening = moderator.get();
            return new Screened(screening.text().screen(text, options), screening.reviewThresholds());
        }, screened -> {
            busy.set(false);
            lastOptions = options;
            show(screened);
        }, failure -> {
            busy.set(false);
            error.set(UserMessages.describe(failure));
        });
    }

    /** Shows a problem that did not come from screening (e.g. loading the term lists). */
    public void reportError(String message) {
        error.set(message);
    }

    public ScreenOptions options() {
        String lang = language.get() == null || language.get().isBlank() ? null : language.get().trim();
        return new ScreenOptions(lang, autocorrect.get(), pii.get(), listId.get(), classify.get());
    }

    /** A result with the thresholds of the moderator that produced it, read together so they always match. */
    private record Screened(Screen screen, Optional<ReviewThresholds> thresholds) {
    }

    private void show(Screened screened) {
        Screen screen = screened.screen();
        review.set(ReviewSummary.verdict(screen, screened.thresholds()));
        thresholds.set(ReviewSummary.thresholds(screen, screened.thresholds()));
        reviewRecommended.set(ReviewSummary.recommended(screen));
        result.set(screen);
        json.set(Json.writePretty(screen));
        if (view.get() == TextView.AUTOCORRECTED && screen.autoCorrectedText() == null) {
            view.set(TextView.ORIGINAL);
        }
        refreshDisplay();
    }

    private void refreshDisplay() {
        Screen screen = result.get();
        if (screen == null) {
            displayedText.set("");
            findings.clear();
            return;
        }
        switch (view.get()) {
            case NORMALIZED -> {
                displayedText.set(nullToEmpty(screen.normalizedText()));
                findings.setAll(Findings.inNormalized(screen));
            }
            case AUTOCORRECTED -> {
                displayedText.set(nullToEmpty(screen.autoCorrectedText()));
                findings.clear();
            }
            default -> {
                displayedText.set(nullToEmpty(screen.originalText()));
                findings.setAll(Findings.inOriginal(screen));
            }
        }
    }

    public String curlCommand(String endpoint) {
        return CurlCommand.forScreen(endpoint, result.get() == null ? input.get() : result.get().originalText(),
                result.get() == null ? options() : lastOptions);
    }

    public BooleanBinding overLimitBinding() {
        return overLimit;
    }

    public ObservableValue<String> characterCountText() {
        return characterCount;
    }

    private int length() {
        return input.get() == null ? 0 : input.get().length();
    }

    public List<Finding> findingsSnapshot() {
        return List.copyOf(findings);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty inputProperty() {
        return input;
    }

    public BooleanProperty autocorrectProperty() {
        return autocorrect;
    }

    public BooleanProperty piiProperty() {
        return pii;
    }

    public BooleanProperty classifyProperty() {
        return classify;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<Integer> listIdProperty() {
        return listId;
    }

    public ObjectProperty<TextView> viewProperty() {
        return view;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Screen> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jsonProperty() {
        return json.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty displayedTextProperty() {
        return displayedText.getReadOnlyProperty();
    }

    /** "Review recommended: Category3 0.812 ≥ 0.5", "No review recommended", … for the last result. */
    public ReadOnlyStringProperty reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The thresholds that decided the last result's ReviewRecommended, or that the endpoint used its own. */
    public ReadOnlyStringProperty thresholdsProperty() {
        return thresholds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reviewRecommendedProperty() {
        return reviewRecommended.getReadOnlyProperty();
    }

    public ObservableList<Finding> findings() {
        return findings;
    }
}
