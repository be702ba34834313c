package com.modbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
