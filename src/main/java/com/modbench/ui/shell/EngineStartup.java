package com.modbench.ui.shell;

import com.modbench.api.ReviewThresholds;
import com.modbench.api.ScreenOptions;
import com.modbench.client.RemoteModerator;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.store.Database;
import com.modbench.store.DatabaseLocation;
import com.modbench.store.images.SqliteImageListRepository;
import com.modbench.store.lists.SqliteTermListRepository;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.UserMessages;
import com.modbench.ui.settings.EndpointSettings;
import com.modbench.ui.settings.Endpoints;
import com.modbench.ui.settings.SettingsStore;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.control.Alert;

/**
 * Starts the endpoint the settings name: a remote one at once, or the embedded engine (desktop database, lexicons,
 * language and image models) loaded off the JavaFX thread. The embedded engine is made once per app and kept, so
 * switching back to it from a remote endpoint is instant; it is closed when the app exits. The app screens through a
 * view of it with the saved review thresholds ({@link Endpoints#embedded}).
 */
final class EngineStartup {

    private static final Map<AppContext, EmbeddedModerator> ENGINES = new WeakHashMap<>();

    private EngineStartup() {
    }

    static void start(AppContext context) {
        SettingsStore store = SettingsStore.standard();
        EndpointSettings saved = store.loadEndpoint();
        ReviewThresholds thresholds = store.loadReviewThresholds();
        if (saved.remote()) {
            try {
                context.useModerator(new RemoteModerator(Endpoints.remoteEndpoint(saved)));
                return;
            } catch (IllegalArgumentException unusable) {
                System.err.println("Ignoring the saved remote endpoint: " + unusable.getMessage());
            }
        }
        context.tasks().run(() -> engine(context), engine -> {
            context.useModerator(Endpoints.embedded(engine, thresholds));
            warmUp(context, engine);
        }, failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    "The screening engine could not start: " + UserMessages.describe(failure));
            alert.setHeaderText("Engine failed to start");
            alert.show();
        });
    }

    /** The app's embedded engine for the settings (blocking on first use; call off the FX thread). */
    static EmbeddedModerator embedded(AppContext context) {
        return engine(context);
    }

    private static EmbeddedModerator engine(AppContext context) {
        synchronized (ENGINES) {
            return ENGINES.computeIfAbsent(context, c -> {
                Database database = Database.open(DatabaseLocation.resolve());
                c.closeOnExit(database);
                EmbeddedModerator engine = EmbeddedModerator.standard(new SqliteTermListRepository(database),
                        new SqliteImageListRepository(database));
                c.closeOnExit(engine);
                return engine;
            });
        }
    }

    /**
     * The language and spelling models load on first use (seconds); screening a throw-away text in the background
     * right after start-up keeps that wait off the user's first screen. The image models (classifier, face
     * detector, OCR) are loaded the same way, on another worker.
     */
    private static void warmUp(AppContext context, EmbeddedModerator moderator) {
        context.tasks().run(() -> moderator.text().screen("Warm-up text for the models.", ScreenOptions.all()),
                screen -> { }, failure -> { });
        context.tasks().run(() -> {
            moderator.images().models().loadAll();
            return null;
        }, loaded -> { }, failure -> { });
    }
}
