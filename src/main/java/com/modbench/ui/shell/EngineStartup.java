package com.modbench.ui.shell;

import com.modbench.api.ScreenOptions;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.store.Database;
import com.modbench.store.DatabaseLocation;
import com.modbench.store.images.SqliteImageListRepository;
import com.modbench.store.lists.SqliteTermListRepository;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.UserMessages;
import javafx.scene.control.Alert;

/**
 * Opens the desktop database and loads the embedded engine (lexicons, language model) off the JavaFX thread, then
 * hands the engine to the views.
 */
final class EngineStartup {

    private EngineStartup() {
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

    static void start(AppContext context) {
        context.tasks().run(() -> {
            Database database = Database.open(DatabaseLocation.resolve());
            context.closeOnExit(database);
            return EmbeddedModerator.standard(new SqliteTermListRepository(database),
                    new SqliteImageListRepository(database));
        }, moderator -> {
            context.useModerator(moderator);
            warmUp(context, moderator);
        }, failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    "The screening engine could not start: " + UserMessages.describe(failure));
            alert.setHeaderText("Engine failed to start");
            alert.show();
        });
    }
}
