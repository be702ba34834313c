package com.modbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.client.RemoteEndpoint;
import com.modbench.client.RemoteModerator;
import com.modbench.model.lists.ListBody;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a real process: SIGTERM stops it cleanly, and its data is there when it starts again. */
class ServeProcessTest {

    private static final String KEY = "process-key";

    @TempDir
    Path dir;

    @Test
    void sigtermStopsCleanlyAndTheDataSurvivesARestart() throws Exception {
        Path data = dir.resolve("server.db");
        int listId;
        Served first = serve(data);
        try (RemoteModerator client = new RemoteModerator(RemoteEndpoint.of(first.url(), KEY))) {
            listId = client.termLists().create(new ListBody("kept", null, null)).id();
            client.termLists().addTerm(listId, "persisted", "eng");
        }
        first.process().toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its stdout
        assertTrue(first.process().waitFor(60, TimeUnit.SECONDS), "stopped after SIGTERM");
        first.drained().get(10, TimeUnit.SECONDS);
        assertTrue(first.lines().stream().anyMatch(line -> line.startsWith("Stopped; the database is closed.")),
                "exit " + first.process().exitValue() + "\n" + String.join("\n", first.lines()));

        Served second = serve(data);
        try (RemoteModerator client = new RemoteModerator(RemoteEndpoint.of(second.url(), KEY))) {
            assertEquals("kept", client.termLists().get(listId).name());
            assertEquals("persisted", client.termLists().getAllTerms(listId, "eng", null, null).data().terms().get(0)
                    .term());
        } finally {
            second.process().destroy();
            second.process().waitFor(60, TimeUnit.SECONDS);
        }
    }

    private record Served(Process process, URI url, List<String> lines, CompletableFuture<Void> drained) {
    }

    private Served serve(Path data) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.modbench.Launcher",
                "serve", "--port", "0", "--data", data.toString());
        builder.environment().put("MODBENCH_API_KEYS", KEY);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<URI> url = new CompletableFuture<>();
        CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                    Matcher matcher = ServeCommandTest.URL.matcher(line);
                    if (matcher.find()) {
                        url.complete(URI.create(matcher.group(1)));
                    }
                }
            } catch (java.io.IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("serve ended: " + lines));
        });
        return new Served(process, url.get(120, TimeUnit.SECONDS), lines, drained);
    }
}
