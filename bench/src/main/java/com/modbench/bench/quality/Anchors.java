package com.modbench.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The anchor libraries' results: {@code bench/anchors/run-anchors.mjs} runs them in node on the prepared inputs.
 * Absent node or npm packages leave {@link #engines} empty and {@link #skipped} explains.
 */
public record Anchors(String node, Map<String, Engine> engines, String skipped) {

    /** What one anchor library produced. Lists are null for sets that were not run. */
    public record Engine(String name, String version, List<String> surge, List<String> wamerican,
            List<String> dsojevic, double[] davidsonScores) {
    }

    /** Texts screened in some seconds ({@link AnchorRounds}). */
    public record Throughput(long texts, double seconds) {

        public double textsPerSecond() {
            return texts / seconds;
        }

        Throughput plus(Throughput other) {
            return new Throughput(texts + other.texts, seconds + other.seconds);
        }
    }

    /** Whether both anchor packages are installed in {@code npmDir}. */
    static boolean installed(Path npmDir) {
        return Files.isDirectory(npmDir.resolve("node_modules/obscenity"))
                && Files.isDirectory(npmDir.resolve("node_modules/allprofanity"));
    }

    public static Anchors run(Path script, Path npmDir, Path inputs, Path output) {
        if (!installed(npmDir)) {
            return skipped("obscenity/allprofanity are not installed in " + npmDir
                    + " (bench/quality.sh installs them with npm)");
        }
        List<String> command = List.of("node", script.toString(), npmDir.toAbsolutePath().toString(),
                inputs.toAbsolutePath().toString(), output.toAbsolutePath().toString());
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                return skipped("node run-anchors.mjs failed (exit " + process.exitValue() + ")");
            }
            return parse(Datasets.readJson(output));
        } catch (IOException e) {
            return skipped("node is not available: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return skipped("interrupted");
        }
    }

    static Anchors skipped(String why) {
        return new Anchors(null, Map.of(), "skipped: " + why);
    }

    static Anchors parse(JsonNode root) {
        Map<String, Engine> engines = new LinkedHashMap<>();
        root.path("engines").fields().forEachRemaining(e -> {
            JsonNode r = e.getValue();
            double[] scores = null;
            if (r.has("davidsonScores")) {
                scores = new double[r.get("davidsonScores").size()];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = r.get("davidsonScores").get(i).asDouble();
                }
            }
            engines.put(e.getKey(), new Engine(e.getKey(), r.path("version").asText(), strings(r.get("surge")),
                    strings(r.get("wamerican")), strings(r.get("dsojevic")), scores));
        });
        return new Anchors(root.path("node").asText(), engines, null);
    }

    private static List<String> strings(JsonNode array) {
        if (array == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
