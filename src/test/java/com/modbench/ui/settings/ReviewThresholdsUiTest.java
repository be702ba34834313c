package com.modbench.ui.settings;

import static com.modbench.ui.settings.SettingsRobot.replaceText;
import static com.modbench.ui.settings.SettingsRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ReviewThresholds;
import com.modbench.store.DatabaseLocation;
import com.modbench.ui.common.AppContext;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The review thresholds as a person changes them: File ▸ Settings, type a threshold, Save, screen in the Text tab,
 * and ReviewRecommended follows without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewThresholdsUiTest {

    private static final String MILD = "the plot was crap"; // Category3 0.35: under 0.5, over 0.3

    @TempDir
    static Path dir;
    private AppContext context;

    @BeforeAll
    static void isolateFiles() {
        System.setProperty(SettingsStore.PROPERTY, dir.resolve("settings.json").toString());
        System.setProperty(DatabaseLocation.PROPERTY, dir.resolve("modbench.db").toString());
    }

    @AfterAll
    static void restoreProperties() {
        System.clearProperty(SettingsStore.PROPERTY);
        System.clearProperty(DatabaseLocation.PROPERTY);
    }

    @Start
    void start(Stage stage) {
        context = SettingsRobot.showApp(stage);
    }

    @AfterEach
    void closeApp() {
        context.close();
    }

    @Test
    void aLowerCategory3ThresholdTypedInSettingsFlagsTheNextScreen(FxRobot robot) {
        robot.clickOn("#inputArea").write(MILD);
        robot.clickOn("#screenButton");
        Label review = robot.lookup("#reviewLabel").queryAs(Label.class);
        Label thresholds = robot.lookup("#thresholdsLabel").queryAs(Label.class);
        waitUntil(() -> review.getText().equals("No review recommended"), review::getText);
        assertTrue(thresholds.getText().contains("Category3 0.5"), thresholds.getText());

        robot.clickOn("File").clickOn("Settings…");
        assertEquals("0.5", robot.lookup("#category3Field").queryAs(TextField.class).getText());
        replaceText(robot, "#category3Field", "0.3");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#saveButton").tryQuery().isEmpty(), () -> "the settings window stays open");

        robot.clickOn("#screenButton");
        waitUntil(() -> review.getText().startsWith("Review recommended"), review::getText);
        assertEquals("Review recommended: Category3 0.350 ≥ 0.3", review.getText());
        assertTrue(review.getStyleClass().contains("recommended"));
        assertTrue(thresholds.getText().startsWith("Thresholds: Category1 0.5 · Category2 0.5 · Category3 0.3"),
                thresholds.getText());
        assertEquals(new ReviewThresholds(0.5, 0.5, 0.3), SettingsStore.standard().loadReviewThresholds());
    }

    @Test
    void aBadThresholdIsExplainedAndTheWindowStaysOpen(FxRobot robot) {
        robot.clickOn("File").clickOn("Settings…");
        replaceText(robot, "#category1Field", "1.5");
        robot.clickOn("#saveButton");

        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("review threshold"), message::getText);
        assertTrue(message.getText().startsWith("The Category1 (sexually explicit) review threshold must be a number "
                + "between 0 and 1"), message.getText());
        assertTrue(message.getStyleClass().contains("error-label"));

        robot.clickOn("#defaultThresholdsButton");
        assertEquals("0.5", robot.lookup("#category1Field").queryAs(TextField.class).getText());
        robot.clickOn("#cancelButton");
    }

    @Test
    void choosingARemoteEndpointSaysItsThresholdsAreTheServers(FxRobot robot) {
        robot.clickOn("File").clickOn("Settings…");
        Label note = robot.lookup("#thresholdsNoteLabel").queryAs(Label.class);
        GridPane fields = robot.lookup("#thresholdFields").queryAs(GridPane.class);
        assertFalse(fields.isDisabled());
        assertEquals(SettingsViewModel.EMBEDDED_THRESHOLDS_NOTE, note.getText());

        robot.clickOn("#remoteRadio");

        assertTrue(fields.isDisabled(), "the fields are for the embedded engine");
        assertTrue(note.getText().startsWith("A remote endpoint applies its own thresholds"), note.getText());
        robot.clickOn("#embeddedRadio");
        assertFalse(fields.isDisabled());
        robot.clickOn("#cancelButton");
    }
}
