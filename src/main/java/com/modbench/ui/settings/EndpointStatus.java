package com.modbench.ui.settings;

import com.modbench.api.Moderator;
import com.modbench.client.RemoteModerator;
import com.modbench.ui.common.TaskRunner;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says about the endpoint in use: which one, and for a remote one whether it answered the last
 * check ({@link #check}, run on each switch and periodically by the shell).
 */
public final class EndpointStatus {

    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Starting engine…");
    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper(true);
    private Moderator current;

    public EndpointStatus(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Shows {@code moderator} (null while the engine starts) and, if it is remote, checks it in the background. */
    public void check(Moderator moderator) {
        current = moderator;
        if (moderator == null) {
            text.set("Starting engine…");
            reachable.set(true);
            return;
        }
        if (!(moderator instanceof RemoteModerator)) {
            text.set(moderator.describe());
            reachable.set(true);
            return;
        }
        if (text.get() == null || !text.get().startsWith(moderator.describe())) {
            text.set(moderator.describe() + " — checking…");
        }
        try {
            tasks.execute(() -> ConnectionCheck.of(moderator), result -> {
                if (current == moderator) {
                    text.set(moderator.describe() + " — " + result.message());
                    reachable.set(result.reachable());
                }
            }, failure -> {
                if (current == moderator) {
                    text.set(moderator.describe() + " — unreachable");
                    reachable.set(false);
                }
            });
        } catch (RejectedExecutionException closing) {
            // the app is shutting down; nothing left to show it to
        }
    }

    /** Checks the endpoint in use again (no-op for the embedded engine). */
    public void recheck() {
        if (current instanceof RemoteModerator) {
            check(current);
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reachableProperty() {
        return reachable.getReadOnlyProperty();
    }
}
