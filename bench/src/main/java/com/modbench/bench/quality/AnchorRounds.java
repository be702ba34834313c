package com.modbench.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchors' throughput, one timed round at a time: {@code bench/anchors/throughput-rounds.mjs} keeps them loaded
 * in node and answers each request, so that their rounds can alternate with ours ({@link ThroughputQuality}).
 */
final class AnchorRounds implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BufferedReader answers;
    private final Writer requests;
    private final Map<String, String> versions = new LinkedHashMap<>();

    private AnchorRounds(Process process) throws IOException {
        this.process = process;
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.requests = process.outputWriter(StandardCharsets.UTF_8);
        answer().path("engines").fields().forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asText()));
    }

    /**
     * Starts node on the prepared inputs; null when the anchors are not installed or node cannot run (the reason
     * goes to standard error).
     */
    static AnchorRounds start(Path script, Path npmDir, Path inputs) {
        if (!Anchors.installed(npmDir)) {
            return null;
        }
        try {
            Process process = new ProcessBuilder("node", script.toString(), npmDir.toAbsolutePath().toString(),
                    inputs.toAbsolutePath().toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new AnchorRounds(process);
        } catch (IOException e) {
            System.err.println("quality: anchor throughput skipped: " + e.getMessage());
            return null;
        }
    }

    /** The anchors node has loaded, in its order. */
    List<String> engines() {
        return List.copyOf(versions.keySet());
    }

    String version(String engine) {
        return versions.get(engine);
    }

    /** One round of {@code engine} over {@code set} ("short" or "1024") lasting about {@code millis}. */
    Anchors.Throughput round(String engine, String set, long millis) {
        try {
            requests.write(engine + " " + set + " " + millis + "\n");
            requests.flush();
            JsonNode answer = answer();
            if (answer.has("error")) {
                throw new IllegalStateException("throughput-rounds.mjs: " + answer.get("error").asText());
            }
            return new Anchors.Throughput(answer.path("texts").asLong(), answer.path("seconds").asDouble());
        } catch (IOException e) {
            throw new IllegalStateException("throughput-rounds.mjs stopped answering", e);
        }
    }

    private JsonNode answer() throws IOException {
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("node exited");
        }
        return JSON.readTree(line);
    }

    @Override
    public void close() {
        process.destroy();
    }
}
