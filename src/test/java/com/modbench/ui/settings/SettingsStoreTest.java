package com.modbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ReviewThresholds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void remoteSettingsRoundTripAndOtherSectionsAreKept() throws Exception {
        Path file = dir.resolve("nested/settings.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"theme\":\"dark\"}");
        SettingsStore store = new SettingsStore(file);
        EndpointSettings remote = new EndpointSettings(EndpointSettings.Mode.REMOTE, "http://10.0.0.5:5055/", "k-123");

        store.saveEndpoint(remote);

        assertEquals(remote, new SettingsStore(file).loadEndpoint());
        assertTrue(Files.readString(file).contains("\"theme\" : \"dark\""));
    }

    @Test
    void theFileHoldingTheKeyIsReadableOnlyByTheUser() throws Exception {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).saveEndpoint(new EndpointSettings(EndpointSettings.Mode.REMOTE, "http://h/", "secret"));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void noFileOrADamagedOneGivesTheEmbeddedDefault() throws Exception {
        assertEquals(EndpointSettings.DEFAULT, new SettingsStore(dir.resolve("absent.json")).loadEndpoint());
        Path damaged = dir.resolve("damaged.json");
        Files.writeString(damaged, "{\"endpoint\": {\"mode\": \"REMO");
        assertEquals(EndpointSettings.DEFAULT, new SettingsStore(damaged).loadEndpoint());
    }

    @Test
    void theKeyNeverAppearsInTheSettingsDescription() {
        assertFalse(new EndpointSettings(EndpointSettings.Mode.REMOTE, "http://h/", "hunter2").toString()
                .contains("hunter2"));
    }

    @Test
    void reviewThresholdsAreSavedWithTheEndpointAndReadBack() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\":\"dark\"}");
        SettingsStore store = new SettingsStore(file);
        assertEquals(ReviewThresholds.DEFAULT, store.loadReviewThresholds(), "nothing saved yet");

        store.save(EndpointSettings.DEFAULT, new ReviewThresholds(0.6, 0.45, 0.3));

        SettingsStore reread = new SettingsStore(file);
        assertEquals(new ReviewThresholds(0.6, 0.45, 0.3), reread.loadReviewThresholds());
        assertEquals(EndpointSettings.DEFAULT, reread.loadEndpoint());
        assertTrue(Files.readString(file).contains("\"theme\" : \"dark\""));

        reread.saveEndpoint(new EndpointSettings(EndpointSettings.Mode.REMOTE, "http://h/", "k"));
        assertEquals(new ReviewThresholds(0.6, 0.45, 0.3), reread.loadReviewThresholds(),
                "saving the endpoint alone keeps the thresholds");
    }

    @Test
    void unusableSavedThresholdsFallBackToTheDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        for (String section : new String[] {
                "{\"category1\": 0.6, \"category2\": 0.5}",
                "{\"category1\": 0.6, \"category2\": \"high\", \"category3\": 0.4}",
                "{\"category1\": 1.5, \"category2\": 0.5, \"category3\": 0.4}",
                "[0.6, 0.5, 0.4]"}) {
            Files.writeString(file, "{\"reviewThresholds\": " + section + "}");
            assertEquals(ReviewThresholds.DEFAULT, new SettingsStore(file).loadReviewThresholds(), section);
        }
    }
}
