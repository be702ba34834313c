package com.modbench.ui.shell;

import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app: builds the shell at once and starts the embedded engine in the background. */
public final class ModbenchApp extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = new AppContext(null, new BackgroundTasks());
        stage.setTitle("Modbench");
        stage.setScene(createScene(context));
        stage.show();
        EngineStartup.start(context);
    }

    /** The main window's scene; also used by UI tests with a ready moderator in {@code context}. */
    public static Scene createScene(AppContext context) {
        Theme.apply(Theme.LIGHT);
        try {
            Parent root = Views.load("/fxml/main.fxml", context);
            Scene scene = new Scene(root);
            Views.addStylesheets(scene);
            return scene;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window", e);
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
