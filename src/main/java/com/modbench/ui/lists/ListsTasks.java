package com.modbench.ui.lists;

import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Background work of one Lists view-model: marks it busy meanwhile and reports failures on the status line. */
final class ListsTasks {

    private final TaskRunner tasks;
    private final ListsStatus status;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    ListsTasks(TaskRunner tasks, ListsStatus status) {
        this.tasks = tasks;
        this.status = status;
    }

    <T> void run(BackgroundTasks.Work<T> work, Consumer<T> done, String failure, Runnable afterFailure) {
        busy.set(true);
        tasks.execute(work, value -> {
            busy.set(false);
            done.accept(value);
        }, error -> {
            busy.set(false);
            status.failed(failure, error);
            afterFailure.run();
        });
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
