package com.modbench.ui.settings;

import com.modbench.api.Moderator;
import com.modbench.client.RemoteEndpoint;
import com.modbench.client.RemoteModerator;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.common.TaskRunner;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Consumer;

/**
 * Saves the endpoint settings and switches the app's {@link Moderator} to match: the embedded engine (made once by
 * {@code embeddedEngine} and kept) or a {@link RemoteModerator} for the URL and key.
 */
public final class Endpoints {

    private final AppContext context;
    private final SettingsStore store;
    private final TaskRunner tasks;
    private final BackgroundTasks.Work<Moderator> embeddedEngine;

    public Endpoints(AppContext context, SettingsStore store, TaskRunner tasks,
                     BackgroundTasks.Work<Moderator> embeddedEngine) {
        this.context = context;
        this.store = store;
        this.tasks = tasks;
        this.embeddedEngine = embeddedEngine;
    }

    public EndpointSettings saved() {
        return store.loadEndpoint();
    }

    /** Saves {@code settings}, then switches; exactly one callback runs (on the JavaFX thread in the app). */
    public void apply(EndpointSettings settings, Runnable onDone, Consumer<Throwable> onFailure) {
        RemoteEndpoint remote = settings.remote() ? remoteEndpoint(settings) : null;
        tasks.execute(() -> {
            store.saveEndpoint(settings);
            return remote != null ? new RemoteModerator(remote) : embeddedEngine.call();
        }, moderator -> {
            context.useModerator(moderator);
            onDone.run();
        }, onFailure);
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
