package com.modbench.ui.shell;

import com.modbench.engine.EmbeddedModerator;
import com.modbench.store.Database;
import com.modbench.store.DatabaseLocation;
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

    static void start(AppContext context) {
        context.tasks().run(() -> {
            Database database = Database.open(DatabaseLocation.resolve());
            context.closeOnExit(database);
            return EmbeddedModerator.standard(new SqliteTermListRepository(database));
        }, context::useModerator, failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    "The screening engine could not start: " + UserMessages.describe(failure));
            alert.setHeaderText("Engine failed to start");
            alert.show();
        });
    }
}
