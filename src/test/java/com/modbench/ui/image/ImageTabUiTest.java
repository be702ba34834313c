package com.modbench.ui.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.image.SharedImageModels;
import com.modbench.engine.image.TestImages;
import com.modbench.engine.image.evaluate.EvaluateThresholds;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.model.lists.ListBody;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.shell.ModbenchApp;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Image tab driven like a person would: pick a sample, see face boxes, scores, OCR text and matches. */
@ExtendWith(ApplicationExtension.class)
class ImageTabUiTest {

    private static EmbeddedModerator engine;
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void loadEngine() {
        engine = SharedImageModels.moderator(ImageFetcher.refusing());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new AppContext(engine, new BackgroundTasks());
        stage.setScene(ModbenchApp.createScene(context));
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        context.tasks().close();
    }

    @Test
    void aSampleShowsItsFaceBoxScoresAndText(FxRobot robot) throws Exception {
        robot.clickOn("Image");
        robot.clickOn("#imageSamplesButton").clickOn("Astronaut with a caption (face + text)");

        StyleClassedTextArea ocr = robot.lookup("#ocrArea").queryAs(StyleClassedTextArea.class);
        Label matchSummary = robot.lookup("#matchSummaryLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !matchSummary.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, robot.lookup(".face-box").queryAll().size());
        Rectangle box = robot.lookup(".face-box").queryAs(Rectangle.class);
        ImageView image = robot.lookup("#imageView").queryAs(ImageView.class);
        assertTrue(box.getWidth() > 20 && box.getX() + box.getWidth() <= image.getBoundsInLocal().getWidth() + 1,
                "the box is scaled into the displayed image: " + box);
        assertEquals("Faces: 1", robot.lookup("#facesLabel").queryAs(Label.class).getText());
        assertTrue(ocr.getText().contains("ONE SMALL STEP"), ocr.getText());
        assertNull(image.getEffect(), "a clean image is shown unblurred");
        assertFalse(robot.lookup("#revealButton").queryAs(Button.class).isVisible());
        assertTrue(matchSummary.getText().startsWith("No match"), matchSummary.getText());
        assertTrue(robot.lookup(".score-bar").queryAll().size() == 2);
        snapshot(robot, "image-tab.png");
    }

    /** Writes what the window shows to target/screenshots/ (headless), for reviewing the layout. */
    private void snapshot(FxRobot robot, String name) throws java.io.IOException {
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots", name);
        java.nio.file.Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot[0], null), "png", out.toFile());
    }

    @Test
    void aMatchIsShownWithTheListImageBesideIt(FxRobot robot) throws Exception {
        int listId = engine.imageLists().create(new ListBody("Known memes", null, null)).id();
        try {
            engine.imageLists().addImage(listId, ImageInput.bytes(TestImages.sample("astronaut")), 101, "astronaut");
            engine.imageLists().refreshIndex(listId);
            robot.clickOn("Image");
            robot.clickOn("#imageSamplesButton").clickOn("Astronaut (one face)");
            @SuppressWarnings("unchecked")
            ListView<MatchView> matches = robot.lookup("#matchList").queryAs(ListView.class);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !matches.getItems().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            MatchView match = matches.getItems().get(0);
            assertEquals("astronaut", match.match().label());
            assertTrue(match.thumbnail() != null && match.thumbnail().length > 0);
            assertTrue(robot.lookup(".match-row").queryAll().size() >= 1);
            assertEquals(2, robot.lookup(".match-row .thumbnail").queryAll().size(), "input and list image");
        } finally {
            engine.imageLists().delete(listId);
        }
    }

    @Test
    void aFlaggedImageStaysBlurredUntilRevealed(FxRobot robot) throws Exception {
        engine.images().setThresholds(new EvaluateThresholds(0.001, 0.001));
        try {
            robot.clickOn("Image");
            robot.clickOn("#imageSamplesButton").clickOn("Chelsea the cat (no face)");
            Button reveal = robot.lookup("#revealButton").queryAs(Button.class);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, reveal::isVisible);
            WaitForAsyncUtils.waitForFxEvents();
            ImageView image = robot.lookup("#imageView").queryAs(ImageView.class);
            assertTrue(image.getEffect() instanceof javafx.scene.effect.GaussianBlur, "blurred while flagged");
            assertEquals(2, robot.lookup(".over-threshold").queryAll().size(), "both bars past their tick");
            robot.clickOn(reveal);
            WaitForAsyncUtils.waitForFxEvents();
            assertNull(image.getEffect());
            assertFalse(reveal.isVisible());
            waitUntilIdle(robot);
        } finally {
            engine.images().setThresholds(EvaluateThresholds.DEFAULT);
        }
    }

    @Test
    void aUrlOnTheLoopbackIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        robot.clickOn("Image");
        robot.clickOn("#imageUrlField").write("http://127.0.0.1:9/cat.png").type(javafx.scene.input.KeyCode.ENTER);
        Label error = robot.lookup("#imageErrorLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertTrue(error.getText().contains("loopback"), error.getText());
    }

    private static void waitUntilIdle(FxRobot robot) throws java.util.concurrent.TimeoutException {
        javafx.scene.control.ProgressBar progress = robot.lookup("#imageProgressBar")
                .queryAs(javafx.scene.control.ProgressBar.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !progress.isVisible());
    }
}
