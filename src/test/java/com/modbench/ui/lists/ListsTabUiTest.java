package com.modbench.ui.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.engine.EmbeddedModerator;
import com.modbench.model.lists.TermList;
import com.modbench.store.Database;
import com.modbench.store.lists.SqliteTermListRepository;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.shell.ModbenchApp;
import com.modbench.ui.text.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lists tab in the real main window, over an engine whose lists live in a database file. */
@ExtendWith(ApplicationExtension.class)
class ListsTabUiTest {

    private static Path dir;
    private static Database database;
    private static EmbeddedModerator engine;
    private AppContext context;

    @BeforeAll
    static void openEngine() throws Exception {
        dir = Files.createTempDirectory("lists-ui");
        database = Database.open(dir.resolve("modbench.db"));
        engine = EmbeddedModerator.standard(new SqliteTermListRepository(database));
    }

    @AfterAll
    static void closeEngine() throws Exception {
        engine.close();
        database.close();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Start
    void start(Stage stage) {
        for (TermList list : engine.termLists().list()) {
            engine.termLists().delete(list.id());
        }
        context = new AppContext(engine, new BackgroundTasks());
        stage.setScene(ModbenchApp.createScene(context));
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        context.tasks().close();
    }

    @Test
    void aListMadeInTheListsTabScreensOnTheTextTabWithItsListId(FxRobot robot) throws Exception {
        robot.clickOn("#listsTab");
        robot.clickOn("#newListButton");
        ListView<ListRow> lists = robot.lookup("#listView").queryListView();
        waitUntil(() -> lists.getItems().size() == 1);
        int id = lists.getItems().get(0).id();

        robot.clickOn("#detailsTab");
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.clickOn(name);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Banned brands");
        assertEquals("Banned brands", name.getText());
        robot.clickOn("#saveDetailsButton");
        Label status = robot.lookup("#listsStatusLabel").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Saved"));
        assertEquals("Banned brands (#" + id + ")", lists.getItems().get(0).title(), status.getText());

        robot.clickOn("#termsTab");
        robot.clickOn("#newTermField").write("acme").type(KeyCode.ENTER);
        robot.clickOn("#newTermField").write("Wile E").type(KeyCode.ENTER);
        ListView<String> terms = robot.lookup("#termsView").queryListView();
        waitUntil(() -> terms.getItems().size() == 2);
        Label state = robot.lookup("#indexStateLabel").queryAs(Label.class);
        waitUntil(() -> state.getText().startsWith("Index out of date"));
        assertTrue(state.getStyleClass().contains("out-of-date"));
        assertTrue(lists.getItems().get(0).summary().contains("index out of date: eng"));

        robot.clickOn("#refreshButton");
        waitUntil(() -> state.getText().startsWith("Index up to date"));
        assertFalse(state.getStyleClass().contains("out-of-date"));
        assertEquals("RefreshIndex successfully completed. Screening with list #" + id + " now uses its eng terms.",
                robot.lookup("#listsStatusLabel").queryAs(Label.class).getText());

        robot.clickOn("#textTab");
        javafx.scene.control.ComboBox<?> picker = robot.lookup("#listPicker").queryComboBox();
        String choice = "Banned brands (#" + id + ")";
        robot.clickOn(picker);
        waitUntil(() -> picker.getItems().stream().anyMatch(c -> c.toString().equals(choice)));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(choice)).queryAs(Node.class));
        assertEquals(choice, String.valueOf(picker.getValue()));
        robot.clickOn("#inputArea").write("Buy ACME rockets today");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        TextArea json = robot.lookup("#jsonArea").queryAs(TextArea.class);
        waitUntil(() -> json.getText().contains("\"ListId\" : " + id));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = robot.lookup("#highlightArea").queryAs(StyleClassedTextArea.class);
        assertEquals("term-custom", area.getStyleOfChar(5).iterator().next());
        TableView<Finding> findings = robot.lookup("#findingsTable").queryTableView();
        assertTrue(findings.getItems().stream().anyMatch(f -> f.text().equals("acme")
                && f.detail().equals("list " + id)), findings.getItems().toString());
    }

    @Test
    void deletingAListAsksFirstAndCanBeUndone(FxRobot robot) throws Exception {
        var list = engine.termLists().create(new com.modbench.model.lists.ListBody("Doomed", null, null));
        engine.termLists().addTerm(list.id(), "zorblax", "eng");
        robot.clickOn("#listsTab");
        ListView<ListRow> lists = robot.lookup("#listView").queryListView();
        robot.clickOn("#newListButton");
        waitUntil(() -> lists.getItems().size() == 2);
        robot.clickOn("Doomed (#" + list.id() + ")");

        robot.clickOn("#deleteListButton");
        Node confirm = robot.lookup("#confirmBar").query();
        assertTrue(confirm.isVisible());
        robot.clickOn("#cancelDeleteButton");
        assertFalse(confirm.isVisible());
        assertEquals(2, lists.getItems().size());

        robot.clickOn("#deleteListButton");
        robot.clickOn("#confirmDeleteButton");
        waitUntil(() -> lists.getItems().size() == 1);
        Label status = robot.lookup("#listsStatusLabel").queryAs(Label.class);
        assertEquals("Deleted 'Doomed (#" + list.id() + ")' with 1 terms.", status.getText());

        robot.clickOn("#undoLink");
        waitUntil(() -> lists.getItems().size() == 2);
        ListRow restored = lists.getItems().stream().filter(r -> "Doomed".equals(r.list().name())).findFirst()
                .orElseThrow();
        assertEquals(1, restored.terms());
        assertEquals(restored, lists.getSelectionModel().getSelectedItem());
        assertEquals("zorblax", robot.lookup("#termsView").queryListView().getItems().get(0));
    }

    @Test
    void pastedTermsAreAddedAndTheFilterNarrowsThem(FxRobot robot) throws Exception {
        robot.clickOn("#listsTab");
        robot.clickOn("#newListButton");
        ListView<String> terms = robot.lookup("#termsView").queryListView();
        robot.clickOn("Paste many (one term per line)");
        robot.interact(() -> robot.lookup("#pasteArea").queryAs(TextArea.class).setText("alpha\nbeta\n   \n...\ngamma"));
        robot.clickOn("#addPastedButton");
        waitUntil(() -> terms.getItems().size() == 3);
        ListView<String> report = robot.lookup("#reportList").queryListView();
        assertEquals(1, report.getItems().size());
        assertTrue(report.isVisible());
        snapshot(robot, "lists-tab.png");

        robot.clickOn("#filterField").write("ph");
        waitUntil(() -> terms.getItems().size() == 1);
        assertEquals("1 of 3 terms", robot.lookup("#countLabel").queryAs(Label.class).getText());

        robot.clickOn("#filterField").eraseText(2);
        waitUntil(() -> terms.getItems().size() == 3);
        robot.clickOn("beta");
        robot.clickOn("#deleteTermsButton");
        waitUntil(() -> terms.getItems().size() == 2);
        assertEquals(java.util.List.of("alpha", "gamma"), java.util.List.copyOf(terms.getItems()));
    }

    /** Keeps a picture of the tab in target/screenshots for people reviewing the UI. */
    private static void snapshot(FxRobot robot, String name) throws Exception {
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = robot.lookup("#listView").query().getScene().snapshot(null));
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot[0], null), "png", out.toFile());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
