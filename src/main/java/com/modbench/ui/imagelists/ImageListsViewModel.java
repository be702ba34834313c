package com.modbench.ui.imagelists;

import com.modbench.api.ImageInput;
import com.modbench.api.ImageLists;
import com.modbench.api.Moderator;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.common.TaskRunner;
import com.modbench.ui.common.UserMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

/**
 * State and commands of the Image lists tab: lists (create, rename, delete), the selected list's images with
 * thumbnails (add by file or URL with tag and label, delete one or all), and its index state with Refresh index.
 * Every call goes through {@link Moderator#imageLists()} in the background.
 */
public final class ImageListsViewModel {

    private final Supplier<Moderator> moderator;
    private final TaskRunner tasks;

    private final ObservableList<ImageList> lists = FXCollections.observableArrayList();
    private final ObjectProperty<ImageList> selected = new SimpleObjectProperty<>();
    private final ObservableList<ImageTile> images = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper indexState = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper indexOutOfDate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ImageListsViewModel(Supplier<Moderator> moderator, TaskRunner tasks) {
        this.moderator = moderator;
        this.tasks = tasks;
        selected.addListener((obs, old, list) -> {
            if (list != null) {
                name.set(list.name() == null ? "" : list.name());
            }
            loadImages();
        });
    }

    public void reload() {
        Integer keep = selectedId();
        call("Loading image lists…", () -> lists().list(), all -> {
            lists.setAll(all);
            selected.set(all.stream().filter(l -> Objects.equals(l.id(), keep)).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0)));
        });
    }

    public void create() {
        String listName = name.get() == null ? "" : name.get().strip();
        if (listName.isEmpty()) {
            error.set("Type a name for the new list.");
            return;
        }
        call("Creating " + listName + "…", () -> lists().create(new ListBody(listName, null, null)), created -> {
            lists.add(created);
            selected.set(created);
            status.set("Created image list " + created.id() + ".");
        });
    }

    public void rename() {
        ImageList list = selected.get();
        if (list == null) {
            return;
        }
        String listName = name.get() == null ? "" : name.get().strip();
        call("Renaming…", () -> lists().update(list.id(), new ListBody(listName, null, null)), updated -> {
            lists.set(lists.indexOf(list), updated);
            selected.set(updated);
        });
    }

    public void deleteList() {
        ImageList list = selected.get();
        if (list != null) {
            call("Deleting list " + list.id() + "…", () -> {
                lists().delete(list.id());
                return list;
            }, deleted -> reload());
        }
    }

    public void addFile(Path file) {
        addImage(file.getFileName().toString(), () -> ImageInput.bytes(Files.readAllBytes(file)));
    }

    public void addUrl() {
        String target = url.get() == null ? "" : url.get().strip();
        if (target.isEmpty()) {
            error.set("Paste the address of an image first.");
            return;
        }
        addImage(target, () -> ImageInput.url(target));
    }

    private void addImage(String what, BackgroundTasks.Work<ImageInput> input) {
        ImageList list = selected.get();
        if (list == null) {
            error.set("Create or select an image list first.");
            return;
        }
        Integer tagValue;
        try {
            tagValue = ImageTags.parse(tag.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        String labelValue = label.get() == null || label.get().isBlank() ? null : label.get().strip();
        call("Adding " + what + "…", () -> lists().addImage(list.id(), input.call(), tagValue, labelValue), added -> {
            status.set("Added image " + added.contentId() + ". Refresh the index for Match to see it.");
            loadImages();
        });
    }

    public void deleteImage(ImageTile tile) {
        ImageList list = selected.get();
        if (list != null && tile != null) {
            call("Deleting image " + tile.image().id() + "…", () -> {
                lists().deleteImage(list.id(), tile.image().id());
                return tile;
            }, deleted -> loadImages());
        }
    }

    public void deleteAllImages() {
        ImageList list = selected.get();
        if (list != null) {
            call("Deleting all images…", () -> {
                lists().deleteAllImages(list.id());
                return list;
            }, done -> loadImages());
        }
    }

    public void refreshIndex() {
        ImageList list = selected.get();
        if (list != null) {
            call("Refreshing the index…", () -> lists().refreshIndex(list.id()), refreshed -> {
                status.set("Index of list " + list.id() + " refreshed: Match now sees its " + images.size()
                        + " images.");
                loadImages();
            });
        }
    }

    private void loadImages() {
        ImageList list = selected.get();
        if (list == null) {
            images.clear();
            indexState.set("");
            indexOutOfDate.set(false);
            return;
        }
        int listId = list.id();
        call(null, () -> {
            List<ImageTile> tiles = new ArrayList<>();
            for (ImageLists.ListedImage image : lists().images(listId)) {
                tiles.add(new ImageTile(image, lists().thumbnail(listId, image.id()).orElse(null)));
            }
            return new Loaded(tiles, lists().isIndexCurrent(listId).orElse(null));
        }, loaded -> {
            if (selectedId() != null && selectedId() == listId) {
                images.setAll(loaded.tiles());
                indexOutOfDate.set(Boolean.FALSE.equals(loaded.indexCurrent()));
                indexState.set(loaded.indexCurrent() == null ? loaded.tiles().size() + " images"
                        : loaded.tiles().size() + " images · " + (loaded.indexCurrent() ? "index up to date"
                        : "index out of date: Match does not see the latest changes"));
            }
        });
    }

    private record Loaded(List<ImageTile> tiles, Boolean indexCurrent) {
    }

    private <T> void call(String message, BackgroundTasks.Work<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        error.set("");
        if (message != null) {
            status.set(message);
        }
        tasks.execute(work, value -> {
            busy.set(false);
            if (message != null && status.get().equals(message)) {
                status.set("");
            }
            onSuccess.accept(value);
        }, failure -> {
            busy.set(false);
            status.set("");
            error.set(UserMessages.describe(failure));
        });
    }

    private ImageLists lists() {
        return moderator.get().imageLists();
    }

    private Integer selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    public ObservableList<ImageList> allLists() {
        return lists;
    }

    public ObjectProperty<ImageList> selectedProperty() {
        return selected;
    }

    public ObservableList<ImageTile> images() {
        return images;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ReadOnlyStringProperty indexStateProperty() {
        return indexState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty indexOutOfDateProperty() {
        return indexOutOfDate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
