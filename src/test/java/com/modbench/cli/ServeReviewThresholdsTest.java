package com.modbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ReviewThresholds;
import com.modbench.api.ScreenOptions;
import com.modbench.client.RemoteEndpoint;
import com.modbench.client.RemoteModerator;
import com.modbench.model.text.Classification;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} started with review thresholds: Screen over real HTTP on 127.0.0.1 follows them. */
class ServeReviewThresholdsTest {

    private static final String KEY = "thresholds-key";

    @TempDir
    Path dir;

    @BeforeAll
    static void scoreTheText() {
        ReviewThresholdsCliTest.scoreTheText();
    }

    @Test
    void theOptionDecidesReviewRecommendedForEveryCaller() {
        double c3 = ReviewThresholdsCliTest.category3;

        Classification at = screenOn(new String[] {"--review-thresholds", "1,1," + ReviewThresholds.format(c3)},
                Map.of(), "1, Category2 1, Category3 " + ReviewThresholds.format(c3));
        Classification above = screenOn(new String[] {"--review-thresholds", "1,1,"
                + ReviewThresholds.format(Math.nextUp(c3))}, Map.of(), null);

        assertEquals(c3, at.category3().score(), 1e-6, "the scores are the engine's, whatever the thresholds");
        assertTrue(at.reviewRecommended(), "Category3 at its threshold");
        assertEquals(Boolean.FALSE, above.reviewRecommended(), "Category3 just below its threshold");
    }

    @Test
    void theEnvironmentVariableConfiguresAServerStartedWithoutTheOption() {
        Classification strict = screenOn(new String[] {},
                Map.of(ReviewThresholdsOption.ENVIRONMENT_VARIABLE, "0.9,0.9,0.1"), "Category3 0.1");
        Classification standard = screenOn(new String[] {}, Map.of(), "Category1 0.5, Category2 0.5, Category3 0.5");

        assertTrue(strict.reviewRecommended());
        assertEquals(Boolean.FALSE, standard.reviewRecommended());
    }

    /** Starts a server with {@code options} and {@code environment}, screens the text over HTTP, stops it. */
    private Classification screenOn(String[] options, Map<String, String> environment, String printed) {
        Map<String, String> withKey = new HashMap<>(environment);
        withKey.put("MODBENCH_API_KEYS", KEY);
        String[] args = new String[options.length + 4];
        System.arraycopy(new String[] {"--port", "0", "--data", dir.resolve("s" + System.nanoTime() + ".db")
                .toString()}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ServeCommand.Running running = new ServeCommand(withKey).start(ServeArgs.parse(args, withKey),
                print(out), print(err))) {
            assertNotNull(running, err.toString(StandardCharsets.UTF_8));
            String shown = out.toString(StandardCharsets.UTF_8);
            Optional.ofNullable(printed).ifPresent(p -> assertTrue(shown.contains("review thresholds Category1 ")
                    && shown.contains(p), shown));
            Matcher url = ServeCommandTest.URL.matcher(shown);
            assertTrue(url.find(), shown);
            try (RemoteModerator client = new RemoteModerator(RemoteEndpoint.of(URI.create(url.group(1)), KEY))) {
                assertEquals(Optional.empty(), client.reviewThresholds(), "the wire does not report them");
                return client.text().screen(ReviewThresholdsCliTest.TEXT, ScreenOptions.DEFAULT.withClassify(true))
                        .classification();
            }
        }
    }

    private static PrintStream print(ByteArrayOutputStream target) {
        return new PrintStream(target, true, StandardCharsets.UTF_8);
    }
}
