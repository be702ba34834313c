package com.modbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help and usage errors: help on stdout with exit 0; a wrong command line explains itself on stderr, exit 64. */
class CliUsageTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "-h", "help"})
    void topLevelHelp(String flag) {
        CliRun run = CliRun.of("", flag);

        assertEquals(Cli.OK, run.exit());
        assertTrue(run.out().contains("Usage: java -jar modbench.jar"), run.out());
        assertTrue(run.out().contains("screen"), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest(name = "screen {0}")
    @ValueSource(strings = {"--help", "-h"})
    void screenHelpListsEveryOption(String flag) {
        CliRun run = CliRun.of("text that is never read", "screen", flag);

        assertEquals(Cli.OK, run.exit());
        for (String option : new String[] {"--jsonl", "--autocorrect", "--pii", "--classify", "--language", "--list-id"}) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
        assertEquals("", run.err());
    }

    static Stream<Arguments> wrongCommandLines() {
        return Stream.of(
                Arguments.of(new String[] {"screen", "--bogus"}, "'--bogus'"),
                Arguments.of(new String[] {"screen", "--pii", "--jsonl", "-x"}, "'-x'"),
                Arguments.of(new String[] {"screen", "--language"}, "--language needs a value"),
                Arguments.of(new String[] {"screen", "--list-id", "abc"}, "'abc'"),
                Arguments.of(new String[] {"frobnicate"}, "'frobnicate'"),
                Arguments.of(new String[] {}, "Usage"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrongCommandLines")
    void wrongCommandLinePrintsUsageAndExits64(String[] args, String mentioned) {
        CliRun run = CliRun.of("crap", args);

        assertEquals(Cli.USAGE, run.exit());
        assertEquals("", run.out(), "nothing on stdout");
        assertTrue(run.err().contains(mentioned), run.err());
        assertTrue(run.err().contains("Usage:"), run.err());
    }

    @Test
    void usageErrorIsReportedBeforeAnyInputIsRead() {
        CliRun run = CliRun.of(new byte[] {(byte) 0xFF}, "screen", "--bogus");

        assertEquals(Cli.USAGE, run.exit());
    }
}
