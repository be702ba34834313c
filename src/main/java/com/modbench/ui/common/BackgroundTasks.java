package com.modbench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The one executor for background work in the app: screening, I/O, HTTP. Work never runs on the JavaFX thread;
 * callbacks always do. Long work is a {@link Task}, so it can report progress and be cancelled.
 */
public final class BackgroundTasks implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;

    public BackgroundTasks() {
        AtomicInteger counter = new AtomicInteger();
        executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "modbench-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} in the background; exactly one of the callbacks then runs on the JavaFX thread. */
    public <T> Task<T> run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    @Override
    public <T> void execute(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /** Submits a ready-made task (e.g. one that reports progress). */
    public <T> Task<T> submit(Task<T> task) {
        executor.execute(task);
        return task;
    }

    /** Runs {@code action} on the JavaFX thread (now, if already on it). */
    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }
}
