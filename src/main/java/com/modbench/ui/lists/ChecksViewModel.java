package com.modbench.ui.lists;

import com.modbench.api.NewTerm;
import com.modbench.api.TermLists;
import com.modbench.engine.lists.LintFinding;
import com.modbench.engine.lists.TermFiles;
import com.modbench.engine.lists.TermPreview;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Checks a list before it is used: lint over all its terms, and a preview of its current terms (refreshed or not)
 * against sample comments, one per line, pasted or read from a file.
 */
public final class ChecksViewModel {

    /** Comment files past this size are refused; a preview is for a sample, not a corpus. */
    public static final long MAX_COMMENTS_BYTES = 20L * 1024 * 1024;

    private final Supplier<TermLists> lists;
    private final ListsTasks background;
    private final Supplier<ListTools> tools;
    private final ListsStatus status;

    private final ObservableList<LintFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lintSummary = new ReadOnlyStringWrapper("");
    private final StringProperty comments = new SimpleStringProperty("");
    private final ObservableList<TermPreview.Hit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper("");

    public ChecksViewModel(Supplier<TermLists> lists, TaskRunner tasks, ListsStatus status) {
        this(lists, tasks, status, ListTools::get);
    }

    ChecksViewModel(Supplier<TermLists> lists, TaskRunner tasks, ListsStatus status, Supplier<ListTools> tools) {
        this.lists = lists;
        this.background = new ListsTasks(tasks, status);
        this.status = status;
        this.tools = tools;
    }

    public void lint(Integer listId) {
        if (listId == null) {
            status.error("Select a list to lint.");
            return;
        }
        run(() -> {
            List<NewTerm> terms = ListTerms.all(lists.get(), listId);
            return Map.entry(terms.size(), tools.get().linter().lint(terms));
        }, result -> {
            findings.setAll(result.getValue());
            lintSummary.set(summary(result.getKey(), result.getValue()));
        }, "Could not lint the list");
    }

    /** Runs the list's current terms of {@code language} over the comments. */
    public void preview(Integer listId, String language) {
        if (listId == null) {
            status.error("Select a list to preview.");
            return;
        }
        String text = comments.get();
        if (text == null || text.isBlank()) {
            status.error("Paste some comments (one per line) or open a file of comments first.");
            return;
        }
        run(() -> {
            List<String> terms = ListTerms.of(lists.get(), listId, language).stream().map(NewTerm::term).toList();
            return tools.get().preview().run(terms, text);
        }, result -> {
            hits.setAll(result.hits());
            previewSummary.set(String.format(Locale.ROOT, "%,d hit%s in %,d of %,d comments%s.", result.totalHits(),
                    result.totalHits() == 1 ? "" : "s", result.commentsWithHits(), result.comments(),
                    result.totalHits() > result.hits().size() ? " (first " + result.hits().size() + " listed)" : ""));
        }, "Could not run the preview");
    }

    /** Loads a UTF-8 file of comments, one per line, into the preview box. */
    public void loadComments(Path file) {
        run(() -> {
            long size = Files.size(file);
            if (size > MAX_COMMENTS_BYTES) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s is %.1f MB; a preview sample can"
                        + " be at most %d MB.", file.getFileName(), size / 1024.0 / 1024.0,
                        MAX_COMMENTS_BYTES / 1024 / 1024));
            }
            return TermFiles.decode(Files.readAllBytes(file));
        }, text -> {
            comments.set(text);
            status.info("Loaded " + text.lines().filter(l -> !l.isBlank()).count() + " comments from "
                    + file.getFileName() + ".");
        }, "Could not open " + file.getFileName());
    }

    private static String summary(int terms, List<LintFinding> found) {
        if (found.isEmpty()) {
            return "No problems found in " + terms + " terms.";
        }
        Map<LintFinding.Kind, Long> byKind = found.stream().collect(Collectors.groupingBy(LintFinding::kind,
                () -> new EnumMap<>(LintFinding.Kind.class), Collectors.counting()));
        return found.size() + " finding" + (found.size() == 1 ? "" : "s") + " in " + terms + " terms: "
                + byKind.entrySet().stream().map(e -> e.getValue() + " " + label(e.getKey()))
                .collect(Collectors.joining(", ")) + ".";
    }

    static String label(LintFinding.Kind kind) {
        return switch (kind) {
            case DUPLICATE -> "duplicate";
            case OVER_MATCH -> "over-match";
            case TOO_SHORT -> "too short";
            case IN_LEXICON -> "in built-in lexicon";
        };
    }

    private <T> void run(BackgroundTasks.Work<T> work, Consumer<T> done, String failure) {
        background.run(work, done, failure, () -> { });
    }

    public ObservableList<LintFinding> findings() {
        return findings;
    }

    public ReadOnlyStringProperty lintSummaryProperty() {
        return lintSummary.getReadOnlyProperty();
    }

    public StringProperty commentsProperty() {
        return comments;
    }

    public ObservableList<TermPreview.Hit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
