package com.modbench.ui.common;

import java.util.function.Consumer;

/**
 * How view-models start background work. The app uses {@link BackgroundTasks}; view-model tests use a synchronous
 * runner, so they need no JavaFX toolkit.
 */
public interface TaskRunner {

    <T> void execute(BackgroundTasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything on the calling thread; for tests. */
    TaskRunner SYNCHRONOUS = new TaskRunner() {
        @Override
        public <T> void execute(BackgroundTasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T value;
            try {
                value = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(value);
        }
    };
}
