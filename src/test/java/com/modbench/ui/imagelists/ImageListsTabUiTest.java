package com.modbench.ui.imagelists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.image.SharedImageModels;
import com.modbench.engine.image.TestImages;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.model.lists.ImageList;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.shell.ModbenchApp;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Managing an image list by hand: create it, see its thumbnails and index state, refresh, delete an image. */
@ExtendWith(ApplicationExtension.class)
class ImageListsTabUiTest {

    private static EmbeddedModerator engine;
    private AppContext context;

    @BeforeAll
    static void loadEngine() {
        engine = SharedImageModels.moderator(ImageFetcher.refusing());
    }

    @Start
    void start(Stage stage) {
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
    void createAListSeeItsImagesRefreshAndDelete(FxRobot robot) throws Exception {
        robot.clickOn("Image lists");
        robot.clickOn("#imageListNameField").write("Known memes");
        robot.clickOn("#createImageListButton");
        @SuppressWarnings("unchecked")
        ListView<ImageList> lists = robot.lookup("#imageListView").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lists.getItems().size() == 1);
        int listId = lists.getItems().get(0).id();
        assertEquals("Known memes", engine.imageLists().get(listId).name());

        engine.imageLists().addImage(listId, ImageInput.bytes(TestImages.sample("astronaut")), 101, "astronaut");
        robot.clickOn("#imageListNameField").eraseText(11).write("Renamed");
        robot.clickOn("#renameImageListButton");
        @SuppressWarnings("unchecked")
        ListView<ImageTile> tiles = robot.lookup("#tileList").queryAs(ListView.class);
        Label state = robot.lookup("#imageIndexStateLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tiles.getItems().size() == 1
                && state.getText().contains("out of date"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("#" + tiles.getItems().get(0).image().id() + " · astronaut · 101 Nudity",
                tiles.getItems().get(0).caption());
        assertTrue(tiles.getItems().get(0).thumbnail().length > 1000);
        assertTrue(state.getStyleClass().contains("out-of-date"));
        assertEquals("Renamed", engine.imageLists().get(listId).name());

        robot.clickOn("#refreshImageIndexButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.getText().contains("index up to date"));
        assertTrue(engine.image().match(ImageInput.bytes(TestImages.sample("astronaut")), listId, false).isMatch());

        WaitForAsyncUtils.waitForFxEvents();
        String caption = tiles.getItems().get(0).caption();
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof Label l && caption.equals(l.getText()))
                .queryAs(Label.class));
        robot.clickOn("#deleteImageButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tiles.getItems().isEmpty()
                && state.getText().contains("out of date"));
        assertTrue(engine.imageLists().getAllImageIds(listId).contentIds().isEmpty());

        robot.clickOn("#deleteImageListButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lists.getItems().isEmpty());
        assertTrue(engine.imageLists().list().isEmpty());
    }
}
