package com.modbench.ui.shell;

import com.modbench.engine.EmbeddedModerator;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.UserMessages;
import javafx.scene.control.Alert;

/** Loads the embedded engine (lexicons, language model) off the JavaFX thread, then hands it to the views. */
final class EngineStartup {

    private EngineStartup() {
    }

    static void start(AppContext context) {
        context.tasks().run(EmbeddedModerator::standard, context::useModerator, failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    "The screening engine could not start: " + UserMessages.describe(failure));
            alert.setHeaderText("Engine failed to start");
            alert.show();
        });
    }
}
