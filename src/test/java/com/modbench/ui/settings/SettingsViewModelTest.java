package com.modbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.Moderator;
import com.modbench.api.ReviewThresholds;
import com.modbench.api.ScreenOptions;
import com.modbench.client.RemoteModerator;
import com.modbench.testing.TestEngines;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.BackgroundTasks;
import com.modbench.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
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
            return TestEngines.shared();
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

        assertInstanceOf(KeptOpen.class, context.moderator());
        assertEquals(Optional.of(ReviewThresholds.DEFAULT), context.moderator().reviewThresholds());
        assertEquals(1, enginesMade.get());
        assertEquals(EndpointSettings.Mode.EMBEDDED, store.loadEndpoint().mode());
        assertEquals(RemoteTestServer.KEY, store.loadEndpoint().key(), "the remote fields are remembered");
    }

    private void fillRemote(String url, String key) {
        model.remoteProperty().set(true);
        model.urlProperty().set(url);
        model.keyProperty().set(key);
    }

    @Test
    void startsFromTheSavedThresholdsAndSavingThemAppliesToTheNextScreen() {
        store.save(EndpointSettings.DEFAULT, new ReviewThresholds(0.6, 0.55, 0.9));
        model = new SettingsViewModel(new Endpoints(context, store, TaskRunner.SYNCHRONOUS, TestEngines::shared),
                TaskRunner.SYNCHRONOUS);
        ReviewThresholdsForm form = model.thresholds();
        assertEquals(List.of("0.6", "0.55", "0.9"), List.of(form.category1Property().get(),
                form.category2Property().get(), form.category3Property().get()));
        assertFalse(reviewRecommended("the plot was crap"), "the engine in use still has the default 0.5");

        form.category3Property().set(" 0,3 ");
        model.save(() -> { });

        assertEquals("Saved.", model.messageProperty().get());
        assertEquals(new ReviewThresholds(0.6, 0.55, 0.3), store.loadReviewThresholds());
        assertEquals(Optional.of(new ReviewThresholds(0.6, 0.55, 0.3)), context.moderator().reviewThresholds());
        assertTrue(reviewRecommended("the plot was crap"), "Category3 0.35 now reaches 0.3");
        assertEquals(Optional.of(ReviewThresholds.DEFAULT), TestEngines.shared().reviewThresholds(),
                "the shared engine itself is unchanged");
    }

    @Test
    void badThresholdsAreExplainedAndNothingIsSavedOrSwitched() throws Exception {
        for (String[] typed : new String[][] {{"1.5", "must be a number between 0 and 1, e.g. 0.5, not '1.5'"},
                {"abc", "not 'abc'"}, {"", "e.g. 0.5."}, {"NaN", "not 'NaN'"}, {"0.5,0.5", "not '0.5,0.5'"}}) {
            model.thresholds().category2Property().set(typed[0]);
            model.save(() -> { });

            assertTrue(model.failedProperty().get(), typed[0]);
            assertTrue(model.messageProperty().get().startsWith("The Category2 (suggestive) review threshold"),
                    model.messageProperty().get());
            assertTrue(model.messageProperty().get().contains(typed[1]), model.messageProperty().get());
            assertFalse(Files.exists(store.file()), "nothing saved");
            assertSame(engine, context.moderator(), "nothing switched");
        }
        model.thresholds().resetToDefaults();
        model.save(() -> { });
        assertFalse(model.failedProperty().get(), model.messageProperty().get());
        assertEquals(ReviewThresholds.DEFAULT, store.loadReviewThresholds());
    }

    @Test
    void theNoteSaysARemoteEndpointUsesItsOwnThresholds() {
        assertEquals(SettingsViewModel.EMBEDDED_THRESHOLDS_NOTE, model.thresholdsNote().get());
        model.remoteProperty().set(true);
        assertTrue(model.thresholdsNote().get().startsWith("A remote endpoint applies its own thresholds"));

        fillRemote(remote.url(), RemoteTestServer.KEY);
        model.thresholds().category3Property().set("0.2");
        model.save(() -> { });

        assertInstanceOf(RemoteModerator.class, context.moderator());
        assertEquals(Optional.empty(), context.moderator().reviewThresholds(), "the server's, not ours");
        assertEquals(0.2, store.loadReviewThresholds().category3(), "kept for the embedded engine");
    }

    private boolean reviewRecommended(String text) {
        return context.moderator().text().screen(text, ScreenOptions.DEFAULT.withClassify(true)).classification()
                .reviewRecommended();
    }
}
