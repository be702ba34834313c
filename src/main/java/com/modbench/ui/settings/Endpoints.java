package com.modbench.ui.settings;

import com.modbench.api.Moderator;
import com.modbench.api.ReviewThresholds;
import com.modbench.client.RemoteEndpoint;
import com.modbench.client.RemoteModerator;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.common.TaskRunner;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Consumer;

/**
 * Saves the endpoint settings and the embedded engine's review thresholds, and switches the app's {@link Moderator}
 * to match: the embedded engine (made once by {@code embeddedEngine} and kept; the thresholds give a view of it that
 * shares its models) or a {@link RemoteModerator} for the URL and key, which applies the server's thresholds.
 */
public final class Endpoints {

    private final AppContext context;
    private final SettingsStore store;
    private final TaskRunner tasks;
    private final BackgroundTasks.Work<EmbeddedModerator> embeddedEngine;

    public Endpoints(AppContext context, SettingsStore store, TaskRunner tasks,
                     BackgroundTasks.Work<EmbeddedModerator> embeddedEngine) {
        this.context = context;
        this.store = store;
        this.tasks = tasks;
        this.embeddedEngine = embeddedEngine;
    }

    public EndpointSettings saved() {
        return store.loadEndpoint();
    }

    public ReviewThresholds savedThresholds() {
        return store.loadReviewThresholds();
    }

    /**
     * Saves {@code settings} and {@code thresholds}, then switches; the next screen uses them. Exactly one callback
     * runs (on the JavaFX thread in the app).
     */
    public void apply(EndpointSettings settings, ReviewThresholds thresholds, Runnable onDone,
                      Consumer<Throwable> onFailure) {
        RemoteEndpoint remote = settings.remote() ? remoteEndpoint(settings) : null;
        tasks.execute(() -> {
            store.save(settings, thresholds);
            return remote != null ? new RemoteModerator(remote) : embedded(embeddedEngine.call(), thresholds);
        }, moderator -> {
            context.useModerator(moderator);
            onDone.run();
        }, onFailure);
    }

    /** The app's engine as the app uses it: with the user's thresholds, and kept open when the app switches away. */
    public static Moderator embedded(EmbeddedModerator engine, ReviewThresholds thresholds) {
        return new KeptOpen(engine.withReviewThresholds(thresholds));
    }

    /** The endpoint of remote settings; a URL that is not an absolute http(s) URL is an IllegalArgumentException. */
    public static RemoteEndpoint remoteEndpoint(EndpointSettings settings) {
        try {
            URI url = new URI(settings.url());
            return RemoteEndpoint.of(url.getPath() == null || url.getPath().isEmpty() ? url.resolve("/") : url,
                    settings.key());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + settings.url() + "' is not a URL: " + e.getReason() + ".");
        }
    }
}
