package com.modbench.ui.image;

import com.modbench.api.Moderator;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.engine.image.ocr.TextHighlight;
import com.modbench.model.KeyValuePair;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.ui.common.TaskRunner;
import com.modbench.ui.common.UserMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Image tab, free of scene-graph code. Loading an image (file, URL or bytes) runs
 * Evaluate, FindFaces, OCR (+ screening of its text) and Match one after another in the background, publishing each
 * result as it arrives. The picture stays blurred until Evaluate calls it clean, or the user reveals it.
 */
public final class ImageScreenViewModel {

    private static final int STEPS = 4;

    private final Supplier<Moderator> moderator;
    private final TaskRunner tasks;
    private final ImageFetcher fetcher;

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty ocrLanguage = new SimpleStringProperty("eng");
    private final ObjectProperty<Integer> matchListId = new SimpleObjectProperty<>();
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);

    private final ReadOnlyObjectWrapper<byte[]> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Drop an image, open a file or paste a URL.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Evaluate> evaluation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FoundFaces> faces = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper ocrText = new ReadOnlyStringWrapper("");
    private final ObservableList<TextHighlight> highlights = FXCollections.observableArrayList();
    private final ObservableList<MatchView> matches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper matchSummary = new ReadOnlyStringWrapper("");
    private final BooleanBinding flagged = Bindings.createBooleanBinding(() -> evaluation.get() == null
            || evaluation.get().isImageAdultClassified() || evaluation.get().isImageRacyClassified(), evaluation);
    private final BooleanBinding blurred = flagged.and(revealed.not()).and(image.isNotNull());
    private long generation;

    public ImageScreenViewModel(Supplier<Moderator> moderator, TaskRunner tasks, ImageFetcher fetcher) {
        this.moderator = moderator;
        this.tasks = tasks;
        this.fetcher = fetcher;
    }

    public void loadFile(Path file) {
        run("Reading " + file.getFileName() + "…", () -> Files.readAllBytes(file), bytes -> analyse(bytes,
                file.getFileName().toString()));
    }

    public void loadUrl() {
        String target = url.get() == null ? "" : url.get().trim();
        if (target.isEmpty()) {
            error.set("Paste the address of an image first.");
            return;
        }
        run("Downloading " + target + "…", () -> fetcher.fetch(target), bytes -> analyse(bytes, target));
    }

    /** Shows {@code bytes} and runs the four operations on them. */
    public void analyse(byte[] bytes, String name) {
        long current = ++generation;
        image.set(bytes);
        source.set(name);
        revealed.set(false);
        evaluation.set(null);
        faces.set(null);
        ocrText.set("");
        highlights.clear();
        matches.clear();
        matchSummary.set("");
        error.set("");
        busy.set(true);
        step(current, 0, "Evaluating adult and racy content…", () -> ImageAnalysis.evaluate(moderator.get(), bytes),
                result -> {
                    evaluation.set(result);
                    step(current, 1, "Finding faces…", () -> ImageAnalysis.faces(moderator.get(), bytes), found -> {
                        faces.set(found);
                        readText(current, bytes);
                    });
                });
    }

    private void readText(long current, byte[] bytes) {
        String language = ocrLanguage.get() == null || ocrLanguage.get().isBlank() ? null : ocrLanguage.get().trim();
        step(current, 2, "Reading text…", () -> ImageAnalysis.readText(moderator.get(), bytes, language), read -> {
            ocrText.set(read.ocr().text() == null ? "" : read.ocr().text());
            highlights.setAll(read.screening().highlights());
            Integer listId = matchListId.get();
            step(current, 3, "Matching against image lists…",
                    () -> ImageAnalysis.match(moderator.get(), bytes, listId), found -> {
                        matches.setAll(found);
                        matchSummary.set(found.isEmpty() ? "No match in " + (listId == null ? "any image list"
                                : "image list " + listId) + " (as of its last index refresh)."
                                : found.size() + (found.size() == 1 ? " match" : " matches"));
                        busy.set(false);
                        progress.set(1);
                        status.set("Done: " + source.get());
                    });
        });
    }

    private <T> void step(long current, int index, String message, com.modbench.ui.common.BackgroundTasks.Work<T> work,
            java.util.function.Consumer<T> next) {
        progress.set(index < 0 ? -1 : (double) index / STEPS);
        status.set(message);
        try {
            submit(current, work, next);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            busy.set(false);
            status.set("");
        }
    }

    private <T> void submit(long current, com.modbench.ui.common.BackgroundTasks.Work<T> work,
            java.util.function.Consumer<T> next) {
        tasks.execute(work, value -> {
            if (current == generation) {
                next.accept(value);
            }
        }, failure -> {
            if (current == generation) {
                fail(failure);
            }
        });
    }

    /** Reads or downloads the image first; the progress bar is indeterminate meanwhile. */
    private <T> void run(String message, com.modbench.ui.common.BackgroundTasks.Work<T> work,
            java.util.function.Consumer<T> next) {
        long current = ++generation;
        busy.set(true);
        error.set("");
        step(current, -1, message, work, next);
    }

    private void fail(Throwable failure) {
        busy.set(false);
        progress.set(0);
        status.set("");
        error.set(failure instanceof IOException io ? "Could not read the file: " + io.getMessage()
                : UserMessages.describe(failure));
    }

    /** Shows a problem that did not come from analysing the image. */
    public void reportError(String message) {
        error.set(message);
    }

    public void reveal() {
        revealed.set(true);
    }

    /** The thresholds the endpoint reported (AdvancedInfo), or 0.5 when it did not say. */
    public double threshold(String key) {
        Evaluate result = evaluation.get();
        if (result == null || result.advancedInfo() == null) {
            return 0.5;
        }
        return result.advancedInfo().stream().filter(kv -> kv.key().equals(key)).map(KeyValuePair::value)
                .mapToDouble(Double::parseDouble).findFirst().orElse(0.5);
    }

    public List<TextHighlight> highlightsSnapshot() {
        return List.copyOf(highlights);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty ocrLanguageProperty() {
        return ocrLanguage;
    }

    public ObjectProperty<Integer> matchListIdProperty() {
        return matchListId;
    }

    public ReadOnlyObjectProperty<byte[]> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Evaluate> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FoundFaces> facesProperty() {
        return faces.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ocrTextProperty() {
        return ocrText.getReadOnlyProperty();
    }

    public ObservableList<TextHighlight> highlights() {
        return highlights;
    }

    public ObservableList<MatchView> matches() {
        return matches;
    }

    public ReadOnlyStringProperty matchSummaryProperty() {
        return matchSummary.getReadOnlyProperty();
    }

    public BooleanBinding blurredBinding() {
        return blurred;
    }

    public BooleanBinding flaggedBinding() {
        return flagged;
    }
}
