package com.modbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.api.ReviewThresholds;
import com.modbench.api.ScreenOptions;
import com.modbench.model.Json;
import com.modbench.testing.TestEngines;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --review-thresholds} of {@code screen} and {@code serve}: parsing, errors, help, and the effect. */
class ReviewThresholdsCliTest {

    static final String TEXT = "the plot was crap";
    /** Category3 of {@link #TEXT} as the engine scores it (a mild insult: strictly inside 0..1). */
    static double category3;

    @BeforeAll
    static void scoreTheText() {
        category3 = TestEngines.shared().text().screen(TEXT, ScreenOptions.DEFAULT.withClassify(true)).classification()
                .category3().score();
        assertTrue(category3 > 0 && category3 < 0.5, "the default 0.5 does not flag it: " + category3);
    }

    @Test
    void screenRecommendsReviewWhenCategory3ReachesTheGivenThreshold() throws Exception {
        String at = "1,1," + ReviewThresholds.format(category3);
        String above = "1,1," + ReviewThresholds.format(Math.nextUp(category3));

        assertTrue(reviewRecommended(CliRun.of(TEXT, "screen", "--classify", "--review-thresholds", at)));
        assertFalse(reviewRecommended(CliRun.of(TEXT, "screen", "--review-thresholds", above, "--classify")));
        assertFalse(reviewRecommended(CliRun.of(TEXT, "screen", "--classify")), "the default 0.5");
    }

    @Test
    void jsonLinesUseTheThresholdsOnEveryLine() throws Exception {
        CliRun run = CliRun.of("{\"id\":\"a\",\"text\":\"the plot was crap\"}\n{\"id\":\"b\",\"text\":\"a nice day\"}\n",
                "screen", "--jsonl", "--classify", "--review-thresholds", "1, 1, 0.1");

        assertEquals(Cli.OK, run.exit(), run.err());
        List<String> lines = run.outLines();
        assertTrue(Json.mapper().readTree(lines.get(0)).at("/result/Classification/ReviewRecommended").asBoolean());
        assertFalse(Json.mapper().readTree(lines.get(1)).at("/result/Classification/ReviewRecommended").asBoolean());
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("0.6,0.5", "expected three numbers"),
                Arguments.of("0.6,0.5,0.4,0.3", "expected three numbers"),
                Arguments.of("high", "expected three numbers"),
                Arguments.of("0.6,0.5,abc", "Category3 threshold must be a number between 0 and 1, not 'abc'"),
                Arguments.of("NaN,0.5,0.5", "Category1 threshold must be a number between 0 and 1, not 'NaN'"),
                Arguments.of("0.5,1.2,0.5", "Category2 threshold must be between 0 and 1, not 1.2"),
                Arguments.of("-0.5,0.5,0.5", "Category1 threshold must be between 0 and 1, not -0.5"));
    }

    @ParameterizedTest(name = "screen {0}")
    @MethodSource("badValues")
    void screenRejectsBadValuesAsUsageErrors(String value, String message) {
        CliRun run = CliRun.of(TEXT, "screen", "--classify", "--review-thresholds", value);

        assertEquals(Cli.USAGE, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--review-thresholds: " + message), run.err());
        assertTrue(run.err().contains("Usage:"), run.err());
    }

    @ParameterizedTest(name = "serve {0}")
    @MethodSource("badValues")
    void serveRejectsBadValuesAsUsageErrorsBeforeStarting(String value, String message) {
        CliRun run = CliRun.of("", "serve", "--port", "0", "--review-thresholds", value);

        assertEquals(Cli.USAGE, run.exit());
        assertFalse(run.out().contains("Loading the engine"), run.out());
        assertTrue(run.err().contains("--review-thresholds: " + message), run.err());
    }

    @Test
    void aMissingValueAndThresholdsWithoutClassifyAreExplained() {
        CliRun missing = CliRun.of(TEXT, "screen", "--classify", "--review-thresholds");
        assertEquals(Cli.USAGE, missing.exit());
        assertTrue(missing.err().contains("--review-thresholds needs a value"), missing.err());

        CliRun withoutClassify = CliRun.of(TEXT, "screen", "--pii", "--review-thresholds", "0.6,0.5,0.4");
        assertEquals(Cli.USAGE, withoutClassify.exit());
        assertTrue(withoutClassify.err().contains("add --classify"), withoutClassify.err());
        assertEquals("", withoutClassify.out());
    }

    @Test
    void serveTakesTheOptionOverTheEnvironmentAndTheEnvironmentOverTheDefault() {
        Map<String, String> environment = Map.of(ReviewThresholdsOption.ENVIRONMENT_VARIABLE, "0.9,0.8,0.7");

        assertEquals(new ReviewThresholds(0.6, 0.5, 0.4),
                ServeArgs.parse(new String[] {"--review-thresholds", "0.6,0.5,0.4"}, environment).reviewThresholds());
        assertEquals(new ReviewThresholds(0.9, 0.8, 0.7), ServeArgs.parse(new String[] {}, environment)
                .reviewThresholds());
        assertEquals(ReviewThresholds.DEFAULT, ServeArgs.parse(new String[] {}, Map.of(
                ReviewThresholdsOption.ENVIRONMENT_VARIABLE, " ")).reviewThresholds());
        assertEquals(ReviewThresholds.DEFAULT, ServeArgs.parse(new String[] {}).reviewThresholds());
    }

    @Test
    void aBadEnvironmentValueNamesTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServeArgs.parse(
                new String[] {}, Map.of(ReviewThresholdsOption.ENVIRONMENT_VARIABLE, "0.5,0.5")));
        assertTrue(e.getMessage().startsWith("MODBENCH_REVIEW_THRESHOLDS: expected three numbers"), e.getMessage());

        assertEquals(new ReviewThresholds(0.6, 0.6, 0.6), ServeArgs.parse(new String[] {"--review-thresholds",
                "0.6,0.6,0.6"}, Map.of(ReviewThresholdsOption.ENVIRONMENT_VARIABLE, "bad")).reviewThresholds(),
                "the option wins, so a bad variable does not matter");
        assertTrue(ServeArgs.parse(new String[] {"--help"}, Map.of(ReviewThresholdsOption.ENVIRONMENT_VARIABLE,
                "bad")).help(), "help is shown whatever the environment says");
    }

    @Test
    void bothHelpTextsDescribeTheOption() {
        CliRun screen = CliRun.of("", "screen", "--help");
        assertTrue(screen.out().contains("--review-thresholds C1,C2,C3"), screen.out());
        assertTrue(screen.out().contains("default 0.5,0.5,0.5"), screen.out());

        CliRun serve = CliRun.of("", "serve", "--help");
        assertTrue(serve.out().contains("--review-thresholds C1,C2,C3"), serve.out());
        assertTrue(serve.out().contains("MODBENCH_REVIEW_THRESHOLDS"), serve.out());
        assertTrue(serve.out().contains("The API has no field for them"), serve.out());
    }

    private static boolean reviewRecommended(CliRun run) throws Exception {
        assertEquals(Cli.OK, run.exit(), run.err());
        JsonNode review = Json.mapper().readTree(run.out()).at("/Classification/ReviewRecommended");
        assertTrue(review.isBoolean(), run.out());
        return review.asBoolean();
    }
}
