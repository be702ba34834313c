package com.modbench.bench.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.modbench.testing.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchorRoundsTest {

    /** Answers like throughput-rounds.mjs, without the anchors: every round screened 30 texts in 0.5 s. */
    private static final String FAKE_ROUNDS = """
            import { createInterface } from "readline";
            console.log(JSON.stringify({ node: process.version, engines: { obscenity: "0.4.6", allprofanity: "2.4.0" } }));
            for await (const line of createInterface({ input: process.stdin })) {
              const [name, set] = line.split(" ");
              console.log(JSON.stringify(name === "obscenity" && set === "short"
                  ? { texts: 30, seconds: 0.5 } : { error: `unknown engine or set: ${line}` }));
            }
            """;

    @Test
    void asksNodeForOneRoundAtATime(@TempDir Path dir) throws IOException {
        assumeTrue(Node.runs(), "node is not installed");
        Path script = Files.writeString(dir.resolve("rounds.mjs"), FAKE_ROUNDS);
        Files.createDirectories(dir.resolve("npm/node_modules/obscenity"));
        Files.createDirectories(dir.resolve("npm/node_modules/allprofanity"));
        try (AnchorRounds rounds = AnchorRounds.start(script, dir.resolve("npm"), dir)) {
            assertEquals(List.of("obscenity", "allprofanity"), rounds.engines());
            assertEquals("0.4.6", rounds.version("obscenity"));
            assertEquals(60, rounds.round("obscenity", "short", 1000).textsPerSecond(), 1e-9);
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> rounds.round("obscenity", "1024", 1000));
            assertEquals("throughput-rounds.mjs: unknown engine or set: obscenity 1024 1000", error.getMessage());
        }
    }

    @Test
    void isAbsentWithoutTheAnchors(@TempDir Path dir) {
        assertNull(AnchorRounds.start(dir.resolve("rounds.mjs"), dir.resolve("npm"), dir));
    }

    @Test
    void theRatioIsTheMedianOfTheRounds() {
        ThroughputQuality.Timing timing = new ThroughputQuality.Timing(1, 1, new long[] {1});
        ThroughputQuality.Paired paired = new ThroughputQuality.Paired(timing, java.util.Map.of(),
                new double[] {3.1, 2.7, 3.0, 3.4, 2.9});
        assertEquals(3.0, paired.obscenityRatio(), 1e-9);
        assertEquals("2.70–3.40", paired.ratioRange());
        assertEquals(2.95, new ThroughputQuality.Paired(timing, java.util.Map.of(), new double[] {3.0, 2.9})
                .obscenityRatio(), 1e-9);
    }
}
