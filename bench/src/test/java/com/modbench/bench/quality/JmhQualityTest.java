package com.modbench.bench.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhQualityTest {

    @TempDir
    Path dir;

    @Test
    void throughputAndSampleRunsOfOneParameterSetShareARow() throws IOException {
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, """
                [{"jmhVersion":"1.37","benchmark":"ScreenBenchmark.screenEveryOption","mode":"thrpt","forks":1,
                  "warmupIterations":3,"warmupTime":"2 s","measurementIterations":5,"measurementTime":"2 s",
                  "params":{"customTerms":"10000","length":"1024"},
                  "primaryMetric":{"score":0.5,"scoreUnit":"ops/ms"}},
                 {"jmhVersion":"1.37","benchmark":"ScreenBenchmark.screenEveryOption","mode":"sample","forks":1,
                  "params":{"customTerms":"10000","length":"1024"},
                  "primaryMetric":{"score":2000.0,"scoreUnit":"us/op",
                    "scorePercentiles":{"50.0":1500.0,"99.0":9000.0}}}]
                """);
        Files.writeString(dir.resolve("jmh.load"), "1.50 3.25\n");
        String md = new JmhQuality(json).section().toString();
        assertTrue(md.contains("(1-minute load average 1.50 before, 3.25 after)"), md);
        assertTrue(md.contains("| 1024 | 10000 | 500 | 2.000 | 1.500 | 9.000 |"), md);
        assertTrue(md.contains("3 × 2 s warm-up, 5 × 2 s measurement"), md);
    }

    @Test
    void aMissingResultsFileIsReportedNotFatal() {
        assertTrue(new JmhQuality(dir.resolve("absent.json")).section().toString().contains("skipped"));
    }
}
