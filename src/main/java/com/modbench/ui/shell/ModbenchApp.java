package com.modbench.ui.shell;

import javafx.application.Application;
import javafx.stage.Stage;

public final class ModbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Modbench");
        stage.show();
    }
}
