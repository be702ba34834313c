package com.modbench.bench.quality;

import static com.modbench.bench.quality.Markdown.count;
import static com.modbench.bench.quality.Markdown.decimal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JMH run of {@code ScreenBenchmark} (results JSON written by {@code bench/quality.sh}), as a table. */
public final class JmhQuality {

    private final Path results;

    public JmhQuality(Path results) {
        this.results = results;
    }

    public Markdown section() {
        Markdown md = new Markdown().heading(2, "Benchmarks (JMH)");
        if (results == null || !Files.exists(results)) {
            return md.paragraph("skipped: no JMH results (run `bench/quality.sh` without `--skip-jmh`).");
        }
        JsonNode runs = Datasets.readJson(results);
        if (runs.isEmpty()) {
            return md.paragraph("skipped: the JMH results file " + results + " is empty.");
        }
        JsonNode first = runs.get(0);
        md.paragraph("`ScreenBenchmark.screenEveryOption`: `Screen` with every option on (language detection, "
                + "autocorrect, terms, PII, classification) and a custom term list compiled with "
                + "`TermIndexes.compile(...)`, over 256 generated chat texts (`BenchTexts`) of exactly 100 or 1,024 "
                + "chars. JMH " + first.path("jmhVersion").asText() + ", " + first.path("forks").asInt() + " fork, "
                + first.path("warmupIterations").asInt() + " × " + first.path("warmupTime").asText() + " warm-up, "
                + first.path("measurementIterations").asInt() + " × " + first.path("measurementTime").asText()
                + " measurement, 1 thread, on 2 cores shared with other builds" + load() + ": short settings, noisy "
                + "numbers. JMH runs the throughput mode for every parameter set first and the sampling mode "
                + "(mean, p50, p99) minutes later, so screens/s and 1/mean can disagree when the load changed. "
                + "Re-run: `mvn -Pbench -DskipTests test-compile exec:exec@jmh`.");
        Map<String, String[]> rows = new TreeMap<>();
        for (JsonNode run : runs) {
            JsonNode params = run.path("params");
            String key = String.format("%06d|%06d", params.path("length").asInt(), params.path("customTerms").asInt());
            String[] row = rows.computeIfAbsent(key, k -> new String[] {params.path("length").asText(),
                params.path("customTerms").asText(), "", "", "", ""});
            JsonNode metric = run.path("primaryMetric");
            if (run.path("mode").asText().equals("thrpt")) {
                row[2] = count(Math.round(metric.path("score").asDouble() * perSecond(metric)));
            } else if (run.path("mode").asText().equals("sample")) {
                double toMillis = toMillis(metric);
                row[3] = decimal(metric.path("score").asDouble() * toMillis, 3);
                row[4] = decimal(metric.path("scorePercentiles").path("50.0").asDouble() * toMillis, 3);
                row[5] = decimal(metric.path("scorePercentiles").path("99.0").asDouble() * toMillis, 3);
            }
        }
        List<List<String>> table = new ArrayList<>();
        rows.values().forEach(r -> table.add(List.of(r)));
        md.table(List.of("text chars", "custom terms", "screens/s", "mean (ms)", "p50 (ms)", "p99 (ms)"), table);
        return md;
    }

    /** The load averages {@code bench/quality.sh} wrote next to the results ("before after"), if any. */
    private String load() {
        Path file = results.resolveSibling("jmh.load");
        try {
            String[] values = Files.readString(file).trim().split(" ");
            return values.length == 2 ? " (1-minute load average " + values[0] + " before, " + values[1] + " after)"
                    : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static double perSecond(JsonNode metric) {
        return switch (metric.path("scoreUnit").asText()) {
            case "ops/ms" -> 1_000;
            case "ops/us" -> 1_000_000;
            default -> 1;
        };
    }

    private static double toMillis(JsonNode metric) {
        return switch (metric.path("scoreUnit").asText()) {
            case "us/op" -> 1e-3;
            case "ns/op" -> 1e-6;
            case "s/op" -> 1e3;
            default -> 1;
        };
    }
}
