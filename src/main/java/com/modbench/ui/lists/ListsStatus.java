package com.modbench.ui.lists;

import com.modbench.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The Lists tab's message line: the last outcome, whether it was an error, and an undo for the last deletion. */
public final class ListsStatus {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Runnable> undo = new ReadOnlyObjectWrapper<>();

    public void info(String text) {
        message.set(text);
        error.set(false);
        undo.set(null);
    }

    public void error(String text) {
        message.set(text);
        error.set(true);
        undo.set(null);
    }

    public void failed(String what, Throwable failure) {
        error(what + ": " + UserMessages.describe(failure));
    }

    /** Shows {@code text} with an Undo action that runs {@code action} once. */
    public void offerUndo(String text, Runnable action) {
        info(text);
        undo.set(action);
    }

    public void undo() {
        Runnable action = undo.get();
        if (action != null) {
            undo.set(null);
            action.run();
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Runnable> undoProperty() {
        return undo.getReadOnlyProperty();
    }
}
