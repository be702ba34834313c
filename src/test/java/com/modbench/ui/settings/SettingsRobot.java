package com.modbench.ui.settings;

import com.modbench.testing.TestEngines;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.shell.ModbenchApp;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the settings UI tests do like a person: open the app, replace a field's text, wait for the screen. */
final class SettingsRobot {

    private SettingsRobot() {
    }

    /** The main window over the shared test engine, as the app shows it with the embedded engine in use. */
    static AppContext showApp(Stage stage) {
        AppContext context = new AppContext(new KeptOpen(TestEngines.shared()), new BackgroundTasks());
        stage.setScene(ModbenchApp.createScene(context));
        stage.show();
        return context;
    }

    /** Selects all of the field's text and types {@code text} over it. */
    static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE).write(text);
    }

    /** Waits up to 30 s for {@code condition}; on timeout the failure says what the screen showed. */
    static void waitUntil(Callable<Boolean> condition, Supplier<String> shown) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the screen shows: " + shown.get(), e);
        }
    }
}
