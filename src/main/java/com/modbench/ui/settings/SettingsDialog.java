package com.modbench.ui.settings;

import com.modbench.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens {@code settings.fxml} as a modal window over {@code owner}, styled like it. */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    public static Stage show(Window owner, Endpoints endpoints, TaskRunner tasks) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Settings");
        SettingsViewModel model = new SettingsViewModel(endpoints, tasks);
        FXMLLoader loader = new FXMLLoader(SettingsDialog.class.getResource("/fxml/settings.fxml"));
        loader.setControllerFactory(type -> new SettingsController(model, stage::close));
        try {
            Parent root = loader.load();
            Scene scene = new Scene(root);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            stage.setScene(scene);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the settings window", e);
        }
        stage.show();
        return stage;
    }
}
