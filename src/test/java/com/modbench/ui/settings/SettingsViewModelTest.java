package com.modbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.Moderator;
import com.modbench.client.RemoteModerator;
import com.modbench.testing.TestEngines;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings view-model without a screen: synchronous tasks, a real server on 127.0.0.1. */
class SettingsViewModelTest {

    static RemoteTestServer remote;

    @TempDir
    Path dir;
    private SettingsStore store;
    private AppContext context;
    private final AtomicInteger enginesMade = new AtomicInteger();
    private Moderator engine;
    private SettingsViewModel model;

    @BeforeAll
    static void startServer() {
        remote = new RemoteTestServer();
    }

    @AfterAll
    static void stopServer() {
        remote.close();
    }

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir.resolve("settings.json"));
        engine = new KeptOpen(TestEngines.shared());
        context = new AppContext(engine, new BackgroundTasks());
        model = new SettingsViewModel(new Endpoints(context, store, TaskRunner.SYNCHRONOUS, () -> {
            enginesMade.incrementAndGet();
            return engine;
        }), TaskRunner.SYNCHRONOUS);
    }

    @Test
    void startsFromTheSavedSettings() {
        assertFalse(model.remoteProperty().get());
        assertEquals(EndpointSettings.DEFAULT_URL, model.urlProperty().get());
    }

    @Test
    void testConnectionReportsSuccessWithoutSwitching() {
        fillRemote(remote.url(), RemoteTestServer.KEY);

        model.testConnection();

        assertTrue(model.messageProperty().get().startsWith("Connected: the endpoint is reachable"),
                model.messageProperty().get());
        assertFalse(model.failedProperty().get());
        assertSame(engine, context.moderator(), "testing does not switch");
    }

    @Test
    void testConnectionExplainsAWrongKeyWithoutShowingIt() {
        fillRemote(remote.url(), "wrong-key-value");

        model.testConnection();

        assertTrue(model.failedProperty().get());
        assertTrue(model.messageProperty().get().contains("refused the key (401)"), model.messageProperty().get());
        assertFalse(model.messageProperty().get().contains("wrong-key-value"));
    }

    @Test
    void testConnectionExplainsAnUnreachableEndpoint() {
        fillRemote("http://127.0.0.1:9/", "k");

        model.testConnection();

        assertTrue(model.failedProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Not connected: unreachable"), model.messageProperty().get());
    }

    @Test
    void missingOrMalformedFieldsAreExplainedBeforeAnyRequest() {
        fillRemote("", "k");
        model.testConnection();
        assertTrue(model.messageProperty().get().startsWith("Enter the endpoint URL"));

        fillRemote(remote.url(), " ");
        model.save(() -> { });
        assertTrue(model.messageProperty().get().startsWith("Enter the subscription key"));

        fillRemote("ftp://example.org/", "k");
        model.save(() -> { });
        assertTrue(model.messageProperty().get().contains("http:// or https://"), model.messageProperty().get());
        assertSame(engine, context.moderator());
    }

    @Test
    void savingRemoteSwitchesTheAppAndPersistsAndSwitchingBackReusesTheEngine() {
        fillRemote(remote.url(), RemoteTestServer.KEY);
        AtomicInteger saved = new AtomicInteger();

        model.save(saved::incrementAndGet);

        assertEquals(1, saved.get());
        assertInstanceOf(RemoteModerator.class, context.moderator());
        assertEquals("eng", context.moderator().text().detectLanguage("This goes over the wire to the server.")
                .detectedLanguage());
        assertEquals(new EndpointSettings(EndpointSettings.Mode.REMOTE, remote.url(), RemoteTestServer.KEY),
                store.loadEndpoint());

        model.remoteProperty().set(false);
        model.save(saved::incrementAndGet);

        assertSame(engine, context.moderator());
        assertEquals(1, enginesMade.get());
        assertEquals(EndpointSettings.Mode.EMBEDDED, store.loadEndpoint().mode());
        assertEquals(RemoteTestServer.KEY, store.loadEndpoint().key(), "the remote fields are remembered");
    }

    private void fillRemote(String url, String key) {
        model.remoteProperty().set(true);
        model.urlProperty().set(url);
        model.keyProperty().set(key);
    }
}
