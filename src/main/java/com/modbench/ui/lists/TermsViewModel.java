package com.modbench.ui.lists;

import com.modbench.api.NewTerm;
import com.modbench.api.TermBatchResult;
import com.modbench.api.TermListLanguage;
import com.modbench.api.TermLists;
import com.modbench.engine.lists.TermFiles;
import com.modbench.model.lists.Terms;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The terms of the selected list in one language: filter, add one, paste many, delete selected (with undo),
 * import and export files, and the state of the language's index with its refresh.
 */
public final class TermsViewModel {

    public static final String DEFAULT_LANGUAGE = "eng";
    private static final List<String> COMMON_LANGUAGES = List.of("eng", "deu", "fra", "spa", "ita", "por", "nld");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final Supplier<TermLists> lists;
    private final ListsTasks background;
    private final ListsStatus status;
    private final Runnable onListChanged;

    private final ObjectProperty<Integer> listId = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty(DEFAULT_LANGUAGE);
    private final ObservableList<String> languages = FXCollections.observableArrayList(COMMON_LANGUAGES);
    private final ObservableList<String> terms = FXCollections.observableArrayList();
    private final FilteredList<String> visibleTerms = new FilteredList<>(terms);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty newTerm = new SimpleStringProperty("");
    private final StringProperty pasted = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper indexState = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper indexOutOfDate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ObservableList<String> report = FXCollections.observableArrayList();

    public TermsViewModel(Supplier<TermLists> lists, TaskRunner tasks, ListsStatus status, Runnable onListChanged) {
        this.lists = lists;
        this.background = new ListsTasks(tasks, status);
        this.status = status;
        this.onListChanged = onListChanged;
        filter.addListener((obs, old, text) -> applyFilter());
        terms.addListener((javafx.collections.ListChangeListener<String>) c -> updateCount());
        visibleTerms.addListener((javafx.collections.ListChangeListener<String>) c -> updateCount());
        listId.addListener((obs, old, id) -> load());
        language.addListener((obs, old, lang) -> load());
    }

    /** Loads the terms and index state of the list and language. */
    public void load() {
        Integer id = listId.get();
        String lang = currentLanguage();
        if (id == null || lang == null) {
            terms.clear();
            indexState.set("");
            indexOutOfDate.set(false);
            return;
        }
        run(() -> new Loaded(lists.get().getAllTerms(id, lang, null, null), lists.get().languages(id)), loaded -> {
            if (!id.equals(listId.get()) || !lang.equals(currentLanguage())) {
                return;
            }
            terms.setAll(loaded.terms().data().terms().stream().map(Terms.Term::term).toList());
            TreeSet<String> known = new TreeSet<>(COMMON_LANGUAGES);
            loaded.languages().forEach(l -> known.add(l.language()));
            if (!languages.equals(new ArrayList<>(known))) {
                languages.setAll(known);
            }
            showIndexState(loaded.languages().stream().filter(l -> l.language().equals(lang)).findFirst()
                    .orElse(null));
        }, "Could not load the terms");
    }

    public void addTerm() {
        String term = newTerm.get();
        change(() -> {
            lists.get().addTerm(listId.get(), term, currentLanguage());
            return null;
        }, done -> {
            newTerm.set("");
            status.info("Added '" + term.strip() + "'. Refresh the index to use it in screening.");
        }, "Could not add the term");
    }

    /** Adds every line of the pasted text; skipped lines are listed in the report. */
    public void addPasted() {
        List<NewTerm> batch = pasted.get().lines().filter(line -> !line.isBlank())
                .map(line -> new NewTerm(line, currentLanguage())).toList();
        change(() -> lists.get().addTerms(listId.get(), batch), result -> {
            pasted.set("");
            List<String> lines = new ArrayList<>();
            result.skipped().forEach(s -> lines.add("Line " + (s.position() + 1) + " '" + s.term() + "': "
                    + s.reason()));
            finish("Added " + result.added() + " of " + batch.size() + " pasted terms", lines);
        }, "Nothing was added");
    }

    public void deleteTerms(List<String> selection) {
        List<String> chosen = List.copyOf(selection);
        Integer id = listId.get();
        String lang = currentLanguage();
        change(() -> lists.get().deleteTerms(id, lang, chosen), deleted -> status.offerUndo("Deleted " + deleted
                + " term" + (deleted == 1 ? "" : "s") + ".", () -> change(() -> lists.get().addTerms(id,
                chosen.stream().map(t -> new NewTerm(t, lang)).toList()), result ->
                status.info("Put back " + result.added() + " terms."), "Could not put the terms back")),
                "Could not delete the terms");
    }

    public void refreshIndex() {
        Integer id = listId.get();
        String lang = currentLanguage();
        change(() -> lists.get().refreshIndex(id, lang), result -> status.info(result.status().description()
                + " Screening with list #" + id + " now uses its " + lang + " terms."), "Could not refresh the index");
    }

    /** Imports a TXT or CSV file: all its valid new terms, or none; the report lists what was skipped and why. */
    public void importFile(Path file) {
        Integer id = listId.get();
        String lang = currentLanguage();
        change(() -> {
            TermFiles.checkSize(Files.size(file));
            TermFiles.Parsed parsed = TermFiles.parse(Files.readAllBytes(file),
                    TermFiles.Format.of(file.getFileName().toString()), lang);
            return new Imported(parsed, lists.get().addTerms(id, parsed.newTerms()));
        }, imported -> {
            List<String> lines = new ArrayList<>();
            imported.parsed().skipped().forEach(s -> lines.add("Line " + s.number() + ": " + s.reason()));
            for (TermBatchResult.Skipped s : imported.result().skipped()) {
                TermFiles.Line line = imported.parsed().terms().get(s.position());
                lines.add("Line " + line.number() + " '" + line.term() + "': " + s.reason());
            }
            finish("Imported " + imported.result().added() + " terms from " + file.getFileName(), lines);
        }, "Nothing was imported from " + file.getFileName());
    }

    /** Writes the terms: TXT holds this language, CSV every language of the list. */
    public void export(Path file, TermFiles.Format format) {
        Integer id = listId.get();
        String lang = currentLanguage();
        run(() -> {
            byte[] bytes;
            if (format == TermFiles.Format.TXT) {
                bytes = TermFiles.toTxt(List.copyOf(terms));
            } else {
                bytes = TermFiles.toCsv(ListTerms.all(lists.get(), id));
            }
            Files.write(file, bytes);
            return bytes.length;
        }, size -> status.info("Exported " + (format == TermFiles.Format.TXT ? terms.size() + " " + lang
                : "all") + " terms to " + file.getFileName() + "."), "Could not export");
    }

    private void finish(String summary, List<String> skippedLines) {
        report.setAll(skippedLines);
        status.info(summary + (skippedLines.isEmpty() ? "." : "; skipped " + skippedLines.size()
                + " (see the report).") + " Refresh the index to use them in screening.");
    }

    private void showIndexState(TermListLanguage state) {
        if (state == null || (state.terms() == 0 && state.refreshedAt() == null)) {
            indexState.set("No terms in this language yet.");
            indexOutOfDate.set(false);
        } else if (state.refreshedAt() == null) {
            indexState.set("Index out of date: never refreshed, screening uses none of these terms.");
            indexOutOfDate.set(true);
        } else if (!state.indexUpToDate()) {
            indexState.set("Index out of date: screening uses the " + state.indexedTerms() + " terms of "
                    + TIME.format(state.refreshedAt()) + "; refresh to use the current " + state.terms() + ".");
            indexOutOfDate.set(true);
        } else {
            indexState.set("Index up to date (refreshed " + TIME.format(state.refreshedAt()) + ").");
            indexOutOfDate.set(false);
        }
    }

    private void applyFilter() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        visibleTerms.setPredicate(needle.isEmpty() ? null : t -> t.toLowerCase(Locale.ROOT).contains(needle));
    }

    private void updateCount() {
        count.set(visibleTerms.size() == terms.size() ? String.format("%,d terms", terms.size())
                : String.format("%,d of %,d terms", visibleTerms.size(), terms.size()));
    }

    private String currentLanguage() {
        String lang = language.get();
        return lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT);
    }

    /** Runs an edit, then reloads this view and the list's row (its index state changed). */
    private <T> void change(BackgroundTasks.Work<T> work, Consumer<T> done, String failure) {
        if (listId.get() == null) {
            status.error("Select or create a list first.");
            return;
        }
        run(work, value -> {
            done.accept(value);
            load();
            onListChanged.run();
        }, failure);
    }

    private <T> void run(BackgroundTasks.Work<T> work, Consumer<T> done, String failure) {
        background.run(work, done, failure, report::clear);
    }

    private record Loaded(Terms terms, List<TermListLanguage> languages) {
    }

    private record Imported(TermFiles.Parsed parsed, TermBatchResult result) {
    }

    public ObjectProperty<Integer> listIdProperty() {
        return listId;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public ObservableList<String> visibleTerms() {
        return visibleTerms;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty newTermProperty() {
        return newTerm;
    }

    public StringProperty pastedProperty() {
        return pasted;
    }

    public ReadOnlyStringProperty indexStateProperty() {
        return indexState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty indexOutOfDateProperty() {
        return indexOutOfDate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObservableList<String> report() {
        return report;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
