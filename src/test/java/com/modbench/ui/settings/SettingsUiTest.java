package com.modbench.ui.settings;

import static com.modbench.ui.settings.SettingsRobot.replaceText;
import static com.modbench.ui.settings.SettingsRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.client.RemoteModerator;
import com.modbench.ui.common.AppContext;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
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
import org.testfx.util.WaitForAsyncUtils;

/** The endpoint settings as a person uses them: menu, radio button, typing, Test connection, Save, status bar. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {

    @TempDir
    static Path dir;
    static RemoteTestServer remote;
    private AppContext context;

    @BeforeAll
    static void startServer() {
        System.setProperty(SettingsStore.PROPERTY, dir.resolve("settings.json").toString());
        remote = new RemoteTestServer();
    }

    @AfterAll
    static void stopServer() {
        remote.close();
        System.clearProperty(SettingsStore.PROPERTY);
    }

    @Start
    void start(Stage stage) {
        context = SettingsRobot.showApp(stage);
    }

    @AfterEach
    void stopTasks() {
        context.tasks().close();
    }

    @Test
    void switchingToARemoteEndpointTestsItSavesItAndTheStatusBarShowsIt(FxRobot robot) throws Exception {
        Label endpoint = robot.lookup("#endpointLabel").queryAs(Label.class);
        assertEquals("Embedded engine (offline)", endpoint.getText());

        robot.clickOn("File").clickOn("Settings…");
        robot.clickOn("#remoteRadio");
        replaceText(robot, "#urlField", remote.url());
        replaceText(robot, "#keyField", RemoteTestServer.KEY);
        robot.clickOn("#testButton");
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Connected"), message::getText);

        assertTrue(robot.lookup("#keyField").queryAs(PasswordField.class).getText().equals(RemoteTestServer.KEY));
        assertKeyNotShown(robot);

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.moderator() instanceof RemoteModerator);
        waitUntil(() -> endpoint.getText().contains("reachable ("), endpoint::getText);
        assertTrue(endpoint.getText().startsWith("Remote endpoint " + remote.url()), endpoint.getText());
        assertTrue(robot.lookup("#saveButton").tryQuery().isEmpty(), "the settings window closed");
        assertEquals(EndpointSettings.Mode.REMOTE, SettingsStore.standard().loadEndpoint().mode());
        assertKeyNotShown(robot);

        int before = remote.accessLog.size();
        robot.clickOn("#inputArea").write("Is this crap screened by the server?");
        robot.clickOn("#screenButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> remote.accessLog.stream().skip(before).anyMatch(l -> l.contains("ProcessText/Screen")));
    }

    @Test
    void anUnreachableEndpointIsReportedInTheDialog(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Settings…");
        robot.clickOn("#remoteRadio");
        replaceText(robot, "#urlField", "http://127.0.0.1:9/");
        replaceText(robot, "#keyField", "some-key");
        robot.clickOn("#testButton");

        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Not connected"), message::getText);
        assertTrue(message.getStyleClass().contains("error-label"));
        robot.clickOn("#cancelButton");
        assertFalse(context.moderator() instanceof RemoteModerator && context.moderator().describe().contains(":9/"));
    }

    /** Nothing on screen (labels, text fields other than the masked one) shows the key. */
    private static void assertKeyNotShown(FxRobot robot) {
        for (Node node : robot.lookup(n -> n instanceof Labeled || n instanceof TextInputControl).queryAll()) {
            String shown = node instanceof Labeled labeled ? labeled.getText()
                    : node instanceof PasswordField ? "" : ((TextInputControl) node).getText();
            assertFalse(shown != null && shown.contains(RemoteTestServer.KEY), "key shown in " + node);
        }
    }
}
