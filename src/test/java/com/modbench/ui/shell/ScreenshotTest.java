package com.modbench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.engine.EmbeddedModerator;
import com.modbench.testing.TestEngines;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app photographs itself (headless) after screening the first sample: target/screenshots/text-tab.png. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppContext context = new AppContext(TestEngines.shared(), new BackgroundTasks());
        stage.setScene(ModbenchApp.createScene(context));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @Test
    void snapshotOfTheTextTabAfterScreeningASample(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Load sample").clickOn("Content Moderator sample (terms, email, phone, IP, address)");
        TextArea json = robot.lookup("#jsonArea").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !json.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        Path out = Path.of("target", "screenshots", "text-tab.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", out.toFile());
        assertTrue(new File(out.toString()).length() > 10_000);
    }
}
