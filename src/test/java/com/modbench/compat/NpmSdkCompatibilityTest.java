package com.modbench.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.image.SharedImageModels;
import com.modbench.net.FetchPolicy;
import com.modbench.net.SafeImageFetcher;
import com.modbench.server.ApiKeys;
import com.modbench.server.ModbenchServer;
import com.modbench.server.ServerOptions;
import com.modbench.testing.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official npm SDK ({@code @azure/cognitiveservices-contentmoderator 5.0.1}) against the server on 127.0.0.1,
 * through {@code tools/npm-sdk/check.mjs}: text, term lists, images and image lists, each checked on what comes
 * back. Runs where node is on the PATH and {@code tools/npm-sdk/install.sh} has installed the SDK; skipped
 * otherwise, so the build never needs node or the npm registry.
 */
class NpmSdkCompatibilityTest {

    private static final String KEY = "npm-sdk-key";
    private static final Path SDK = Path.of("target/npm-sdk");

    static EmbeddedModerator engine;
    static ModbenchServer server;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isDirectory(SDK.resolve("node_modules/@azure/cognitiveservices-contentmoderator")),
                "the npm SDK is not installed: run tools/npm-sdk/install.sh");
        assumeTrue(Node.runs(), "node is not on the PATH");
        engine = SharedImageModels.moderator(new SafeImageFetcher(FetchPolicy.DEFAULT));
        server = ModbenchServer.start(engine, ServerOptions.defaults(ApiKeys.of(KEY)).withPort(0)
                .withAccessLog(line -> { }));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyCheckOfTheNpmSdkPasses() throws Exception {
        Process node = new ProcessBuilder("node", "tools/npm-sdk/check.mjs", SDK.toString(),
                "http://127.0.0.1:" + server.port(), KEY, "sample-content/images/astronaut.jpg",
                "sample-content/images/astronaut-caption.jpg").redirectErrorStream(true).start();
        assertTrue(node.waitFor(180, TimeUnit.SECONDS), "check.mjs did not finish in 3 minutes");
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> lines = output.lines().toList();

        assertEquals(0, node.exitValue(), output);
        assertEquals("all checks passed", lines.get(lines.size() - 1), output);
        assertEquals(9, lines.stream().filter(line -> line.startsWith("ok ")).count(), output);
    }
}
