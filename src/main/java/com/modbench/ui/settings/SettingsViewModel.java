package com.modbench.ui.settings;

import com.modbench.api.ReviewThresholds;
import com.modbench.client.RemoteEndpoint;
import com.modbench.ui.common.TaskRunner;
import com.modbench.ui.common.UserMessages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and commands of the settings: embedded or remote (URL + key), test the connection, the embedded engine's
 * review thresholds, save.
 */
public final class SettingsViewModel {

    static final String EMBEDDED_THRESHOLDS_NOTE = "The embedded engine recommends review when any score reaches its "
            + "threshold. Saved changes apply to the next screen.";
    static final String REMOTE_THRESHOLDS_NOTE = "A remote endpoint applies its own thresholds (set with serve "
            + "--review-thresholds); these apply to the embedded engine.";

    private final Endpoints endpoints;
    private final TaskRunner tasks;
    private final ReviewThresholdsForm thresholds;

    private final BooleanProperty remote = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty();
    private final StringProperty key = new SimpleStringProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringBinding thresholdsNote =
            Bindings.when(remote).then(REMOTE_THRESHOLDS_NOTE).otherwise(EMBEDDED_THRESHOLDS_NOTE);

    public SettingsViewModel(Endpoints endpoints, TaskRunner tasks) {
        this.endpoints = endpoints;
        this.tasks = tasks;
        EndpointSettings saved = endpoints.saved();
        remote.set(saved.remote());
        url.set(saved.url());
        key.set(saved.key());
        thresholds = new ReviewThresholdsForm(endpoints.savedThresholds());
    }

    /** Tries the remote URL and key once and says how it went. */
    public void testConnection() {
        RemoteEndpoint endpoint = validRemote();
        if (endpoint == null || busy.get()) {
            return;
        }
        busy.set(true);
        show("Connecting to " + endpoint.baseUrl() + " …", false);
        tasks.execute(() -> ConnectionCheck.test(endpoint), result -> {
            busy.set(false);
            show(result.reachable() ? "Connected: the endpoint is " + result.message() + "."
                    : "Not connected: " + result.message(), !result.reachable());
        }, failure -> {
            busy.set(false);
            show("Not connected: " + UserMessages.describe(failure), true);
        });
    }

    /** Saves and switches the app; {@code onSaved} runs once the new endpoint is in use. */
    public void save(Runnable onSaved) {
        if (busy.get()) {
            return;
        }
        ReviewThresholds typed;
        try {
            typed = thresholds.read();
        } catch (IllegalArgumentException e) {
            show(e.getMessage(), true);
            return;
        }
        EndpointSettings settings;
        if (remote.get()) {
            if (validRemote() == null) {
                return;
            }
            settings = new EndpointSettings(EndpointSettings.Mode.REMOTE, url.get(), key.get());
        } else {
            settings = new EndpointSettings(EndpointSettings.Mode.EMBEDDED, url.get(), key.get());
        }
        busy.set(true);
        show(remote.get() ? "Switching to the remote endpoint …" : "Starting the embedded engine …", false);
        endpoints.apply(settings, typed, () -> {
            busy.set(false);
            show("Saved.", false);
            onSaved.run();
        }, failure -> {
            busy.set(false);
            show("Could not switch: " + UserMessages.describe(failure), true);
        });
    }

    private RemoteEndpoint validRemote() {
        String problem = null;
        if (url.get() == null || url.get().isBlank()) {
            problem = "Enter the endpoint URL, e.g. " + EndpointSettings.DEFAULT_URL;
        } else if (key.get() == null || key.get().isBlank()) {
            problem = "Enter the subscription key the endpoint expects.";
        }
        if (problem == null) {
            try {
                return Endpoints.remoteEndpoint(new EndpointSettings(EndpointSettings.Mode.REMOTE, url.get(), key.get()));
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        show(problem, true);
        return null;
    }

    private void show(String text, boolean isFailure) {
        message.set(text);
        failed.set(isFailure);
    }

    public BooleanProperty remoteProperty() {
        return remote;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ReviewThresholdsForm thresholds() {
        return thresholds;
    }

    /** What the thresholds apply to, for the line next to them: the embedded engine, never a remote endpoint. */
    public StringBinding thresholdsNote() {
        return thresholdsNote;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
