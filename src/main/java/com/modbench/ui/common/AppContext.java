package com.modbench.ui.common;

import com.modbench.api.Moderator;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every view needs: the {@link Moderator} in use (embedded or remote, switchable at run time) and the
 * background executor. Views must read {@link #moderator()} on each use, never cache it.
 */
public final class AppContext implements AutoCloseable {

    private volatile Moderator moderator;
    private final BackgroundTasks tasks;

    public AppContext(Moderator moderator, BackgroundTasks tasks) {
        this.moderator = Objects.requireNonNull(moderator);
        this.tasks = Objects.requireNonNull(tasks);
    }

    public Moderator moderator() {
        return moderator;
    }

    public Supplier<Moderator> moderatorSupplier() {
        return this::moderator;
    }

    /** Switches the endpoint (e.g. from the settings); the previous one is closed. */
    public void useModerator(Moderator next) {
        Moderator previous = moderator;
        moderator = Objects.requireNonNull(next);
        if (previous != next) {
            previous.close();
        }
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public void close() {
        tasks.close();
        moderator.close();
    }
}
