package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

    @Test
    void loadsKeysFromFileAndEnvironmentSkippingCommentsAndBlanks(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, "# team keys\nalpha-key\n\n  beta-key  \n");

        ApiKeys keys = ApiKeys.load(file, "gamma-key, delta-key,");

        assertEquals(4, keys.size());
        assertEquals(OptionalInt.of(1), keys.find("alpha-key"));
        assertEquals(OptionalInt.of(2), keys.find("beta-key"));
        assertEquals(OptionalInt.of(4), keys.find("delta-key"));
    }

    @Test
    void unknownMissingAndCommentedKeysAreNotFound(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, "#disabled-key\nreal-key\n");
        ApiKeys keys = ApiKeys.load(file, null);

        assertTrue(keys.find("#disabled-key").isEmpty());
        assertTrue(keys.find("other").isEmpty());
        assertTrue(keys.find(null).isEmpty());
        assertTrue(keys.find("").isEmpty());
    }

    @Test
    void describingTheKeysNeverShowsThem() {
        ApiKeys keys = ApiKeys.of("very-secret-key");

        assertFalse(keys.toString().contains("secret"));
    }
}
