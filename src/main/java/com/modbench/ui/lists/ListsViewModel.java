package com.modbench.ui.lists;

import com.modbench.api.NewTerm;
import com.modbench.api.TermListLanguage;
import com.modbench.api.TermLists;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.TermList;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The left side of the Lists tab and the selected list's details: load, create, rename, describe, delete with an
 * undo. The details form sends only the fields the user changed, so it never overwrites another window's edit of a
 * different field.
 */
public final class ListsViewModel {

    private final Supplier<TermLists> lists;
    private final ListsTasks background;
    private final ListsStatus status;

    private final ObservableList<ListRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ListRow> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty metadata = new SimpleStringProperty("");
    private TermList shown;

    public ListsViewModel(Supplier<TermLists> lists, TaskRunner tasks, ListsStatus status) {
        this.lists = lists;
        this.background = new ListsTasks(tasks, status);
        this.status = status;
        selected.addListener((obs, old, row) -> showDetails(row == null ? null : row.list()));
    }

    /** Reloads every list, keeping the selection (by id) where it still exists. */
    public void reload() {
        reload(selected.get() == null ? null : selected.get().id());
    }

    void reload(Integer selectId) {
        run(() -> {
            TermLists api = lists.get();
            List<ListRow> loaded = new ArrayList<>();
            for (TermList list : api.list()) {
                loaded.add(new ListRow(list, api.languages(list.id())));
            }
            return loaded;
        }, loaded -> {
            rows.setAll(loaded);
            selected.set(loaded.stream().filter(r -> Objects.equals(r.id(), selectId)).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0)));
        }, "Could not load the term lists");
    }

    public void createList() {
        String newName = nextName();
        run(() -> lists.get().create(new ListBody(newName, "", Map.of())), created -> {
            status.info("Created '" + newName + "' (#" + created.id() + "). Add terms, then refresh its index.");
            reload(created.id());
        }, "Could not create a list");
    }

    public void saveDetails() {
        ListRow row = selected.get();
        if (row == null) {
            return;
        }
        Map<String, String> parsed;
        try {
            parsed = Metadata.parse(metadata.get());
        } catch (IllegalArgumentException e) {
            status.error(e.getMessage());
            return;
        }
        ListBody changes = new ListBody(changed(name.get(), shown.name()), changed(description.get(),
                shown.description()), Objects.equals(parsed, shown.metadata() == null ? Map.of() : shown.metadata())
                ? null : parsed);
        run(() -> lists.get().update(row.id(), changes), updated -> {
            status.info("Saved the details of '" + updated.name() + "'.");
            reload(updated.id());
        }, "Could not save the details");
    }

    /** Deletes the selected list (the view confirms first) and offers to undo it. */
    public void deleteSelected() {
        ListRow row = selected.get();
        if (row == null) {
            return;
        }
        run(() -> {
            DeletedList snapshot = DeletedList.capture(lists.get(), row.id());
            lists.get().delete(row.id());
            return snapshot;
        }, snapshot -> {
            status.offerUndo("Deleted '" + row.title() + "' with " + snapshot.terms().size() + " terms.",
                    () -> restore(snapshot));
            reload(null);
        }, "Could not delete the list");
    }

    private void restore(DeletedList snapshot) {
        run(() -> snapshot.restore(lists.get()), restored -> {
            status.info("Restored '" + restored.name() + "' as list #" + restored.id() + " with "
                    + snapshot.terms().size() + " terms.");
            reload(restored.id());
        }, "Could not restore the list");
    }

    private void showDetails(TermList list) {
        shown = list;
        name.set(list == null || list.name() == null ? "" : list.name());
        description.set(list == null || list.description() == null ? "" : list.description());
        metadata.set(list == null ? "" : Metadata.format(list.metadata()));
    }

    private String nextName() {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? "New list" : "New list " + n;
            if (rows.stream().noneMatch(r -> candidate.equals(r.list().name()))) {
                return candidate;
            }
        }
    }

    private static String changed(String edited, String original) {
        return Objects.equals(edited, original == null ? "" : original) ? null : edited;
    }

    private <T> void run(BackgroundTasks.Work<T> work, Consumer<T> done, String failure) {
        background.run(work, done, failure, failure.startsWith("Could not load") ? () -> { } : this::reload);
    }

    public ObservableList<ListRow> rows() {
        return rows;
    }

    public ObjectProperty<ListRow> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty metadataProperty() {
        return metadata;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    /** Everything needed to bring a deleted list back (under a new id: the API never reuses ids). */
    record DeletedList(TermList list, List<NewTerm> terms, List<String> refreshed) {

        static DeletedList capture(TermLists api, int id) {
            TermList list = api.get(id);
            List<NewTerm> terms = new ArrayList<>();
            List<String> refreshed = new ArrayList<>();
            for (TermListLanguage language : api.languages(id)) {
                terms.addAll(ListTerms.of(api, id, language.language()));
                if (language.indexUpToDate()) {
                    refreshed.add(language.language());
                }
            }
            return new DeletedList(list, terms, refreshed);
        }

        TermList restore(TermLists api) {
            TermList created = api.create(new ListBody(list.name(), list.description(), list.metadata()));
            api.addTerms(created.id(), terms);
            refreshed.forEach(language -> api.refreshIndex(created.id(), language));
            return created;
        }
    }
}
