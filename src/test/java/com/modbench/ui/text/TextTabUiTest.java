package com.modbench.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.testing.TestEngines;
import com.modbench.model.Json;
import com.modbench.model.text.Screen;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.shell.ModbenchApp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TextTabUiTest {

    static final String SEED = "Is this a crap email abcdef@abcd.com, phone: 6657789887, IP: 255.255.255.255, "
            + "1 Microsoft Way, Redmond, WA 98052";
    private static EmbeddedModerator engine;
    private AppContext context;

    @BeforeAll
    static void loadEngine() {
        engine = TestEngines.shared();
    }

    @Start
    void start(Stage stage) {
        context = new AppContext(engine, new BackgroundTasks());
        stage.setScene(ModbenchApp.createScene(context));
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        context.tasks().close();
    }

    @Test
    void ctrlEnterScreensTheSeedSampleAndHighlightsEveryFindingAtItsIndex(FxRobot robot) throws Exception {
        robot.clickOn("#inputArea").write(SEED);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        TextArea json = robot.lookup("#jsonArea").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !json.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Screen screen = Json.mapper().readValue(json.getText(), Screen.class);
        JsonNode tree = Json.mapper().readTree(json.getText());
        assertEquals(SEED, screen.originalText());
        assertEquals(3000, screen.status().code());
        assertTrue(tree.has("PII") && tree.has("Classification") && tree.has("Terms") && tree.has("TrackingId"));

        List<int[]> expected = new ArrayList<>();
        screen.terms().forEach(t -> expected.add(new int[] {t.originalIndex(), t.originalIndex() + t.term().length()}));
        screen.pii().email().forEach(e -> expected.add(new int[] {e.index(), e.index() + e.text().length()}));
        screen.pii().phone().forEach(p -> expected.add(new int[] {p.index(), p.index() + p.text().length()}));
        screen.pii().ipa().forEach(p -> expected.add(new int[] {p.index(), p.index() + p.text().length()}));
        screen.pii().address().forEach(a -> expected.add(new int[] {a.index(), a.index() + a.text().length()}));
        expected.sort((a, b) -> Integer.compare(a[0], b[0]));

        StyleClassedTextArea area = robot.lookup("#highlightArea").queryAs(StyleClassedTextArea.class);
        assertEquals(SEED, area.getText());
        assertEquals(expected.stream().map(r -> r[0] + "-" + r[1]).toList(), styledRanges(area));
        assertEquals("term", area.getStyleOfChar(10).iterator().next());
        assertEquals("pii-email", area.getStyleOfChar(21).iterator().next());
        assertEquals("pii-address", area.getStyleOfChar(78).iterator().next());

        TableView<?> table = robot.lookup("#findingsTable").queryAs(TableView.class);
        assertEquals(expected.size(), table.getItems().size());
    }

    @Test
    void selectingAFindingSelectsItsSpan(FxRobot robot) throws Exception {
        robot.clickOn("#inputArea").write(SEED);
        robot.clickOn("#screenButton");
        TableView<?> table = robot.lookup("#findingsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        StyleClassedTextArea area = robot.lookup("#highlightArea").queryAs(StyleClassedTextArea.class);
        assertEquals("abcdef@abcd.com", area.getSelectedText());
    }

    @Test
    void overLongTextShowsAReadableErrorAndKeepsTheInput(FxRobot robot) throws Exception {
        String tooLong = "a".repeat(1025);
        robot.interact(() -> robot.lookup("#inputArea").queryAs(TextArea.class).setText(tooLong));
        assertTrue(robot.lookup("#charCountLabel").queryAs(Label.class).getStyleClass().contains("over-limit"));
        robot.clickOn("#screenButton");
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertTrue(error.getText().contains("1,024") || error.getText().contains("1024"), error.getText());
        assertEquals(tooLong, robot.lookup("#inputArea").queryAs(TextArea.class).getText());
        assertFalse(robot.lookup("#jsonArea").queryAs(TextArea.class).getText().contains("OriginalText"));
    }

    @Test
    void aCustomTermListChosenInThePickerIsHighlightedAsCustom(FxRobot robot) throws Exception {
        var list = engine.termLists().create(new com.modbench.model.lists.ListBody("Banned brands", "test", null));
        engine.termLists().addTerm(list.id(), "acme", "eng");
        engine.termLists().refreshIndex(list.id(), "eng");

        robot.clickOn("#listPicker");
        robot.clickOn("Banned brands (#" + list.id() + ")");
        robot.clickOn("#inputArea").write("Buy ACME rockets today");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        TextArea json = robot.lookup("#jsonArea").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> json.getText().contains("\"ListId\" : " + list.id()));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = robot.lookup("#highlightArea").queryAs(StyleClassedTextArea.class);
        assertEquals(List.of("4-8"), styledRanges(area));
        assertEquals("term-custom", area.getStyleOfChar(5).iterator().next());
        engine.termLists().delete(list.id());
    }

    private static List<String> styledRanges(StyleClassedTextArea area) {
        List<String> ranges = new ArrayList<>();
        int pos = 0;
        for (StyleSpan<Collection<String>> span : area.getStyleSpans(0, area.getLength())) {
            if (!span.getStyle().isEmpty()) {
                ranges.add(pos + "-" + (pos + span.getLength()));
            }
            pos += span.getLength();
        }
        return ranges;
    }
}
