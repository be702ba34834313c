package com.modbench.ui.common;

import com.modbench.api.Moderator;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What every view needs: the {@link Moderator} in use (embedded or remote, switchable at run time) and the
 * background executor. The moderator may still be loading when views are built ({@link #moderatorProperty()} is
 * null until then); views read {@link #moderator()} on each use and never cache it.
 */
public final class AppContext implements AutoCloseable {

    private final ReadOnlyObjectWrapper<Moderator> moderator = new ReadOnlyObjectWrapper<>();
    private final BackgroundTasks tasks;
    private final java.util.List<AutoCloseable> resources = new java.util.concurrent.CopyOnWriteArrayList<>();

    public AppContext(Moderator moderator, BackgroundTasks tasks) {
        this.moderator.set(moderator);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** The moderator in use; throws a readable error while the engine is still starting. */
    public Moderator moderator() {
        Moderator current = moderator.get();
        if (current == null) {
            throw new IllegalStateException("The screening engine is still starting. Try again in a moment.");
        }
        return current;
    }

    public ReadOnlyObjectProperty<Moderator> moderatorProperty() {
        return moderator.getReadOnlyProperty();
    }

    /** Switches the endpoint (e.g. from the settings); the previous one is closed. Call on the JavaFX thread. */
    public void useModerator(Moderator next) {
        Moderator previous = moderator.get();
        moderator.set(Objects.requireNonNull(next));
        if (previous != null && previous != next) {
            previous.close();
        }
    }

    /** Closes {@code resource} (e.g. the desktop database) when the app exits, after the moderator. */
    public void closeOnExit(AutoCloseable resource) {
        resources.add(resource);
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public void close() {
        tasks.close();
        Moderator current = moderator.get();
        if (current != null) {
            current.close();
        }
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("Could not close " + resource + ": " + e.getMessage());
            }
        }
    }
}
