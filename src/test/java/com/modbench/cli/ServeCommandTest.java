package com.modbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.client.RemoteEndpoint;
import com.modbench.client.RemoteModerator;
import com.modbench.model.lists.ListBody;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    static final Pattern URL = Pattern.compile("listening on (http://\\S+/)");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void startsPrintsTheUrlAndServesWithKeysFromFileAndEnvironment() throws Exception {
        Path keys = dir.resolve("keys.txt");
        Files.writeString(keys, "# one per line\nfile-key\n");
        ServeArgs args = ServeArgs.parse(new String[] {"--port", "0", "--data", dir.resolve("s.db").toString(),
                "--keys", keys.toString()});

        try (ServeCommand.Running running = command(Map.of("MODBENCH_API_KEYS", "env-key")).start(args, print(out),
                print(err))) {
            assertNotNull(running, err.toString(StandardCharsets.UTF_8));
            URI url = printedUrl();
            assertTrue(url.toString().startsWith("http://127.0.0.1:"), url.toString());
            for (String key : new String[] {"file-key", "env-key"}) {
                try (RemoteModerator client = new RemoteModerator(RemoteEndpoint.of(url, key))) {
                    assertEquals("eng", client.text().detectLanguage("This is an English sentence, clearly.")
                            .detectedLanguage());
                }
            }
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"POST /contentmoderator/moderate/v1.0/"
                    + "ProcessText/DetectLanguage\" 200"), "access log on stdout");
            assertTrue(!out.toString(StandardCharsets.UTF_8).contains("file-key"), "keys are never printed");
        }
    }

    @Test
    void refusesToStartWithoutKeys() {
        ServeArgs args = ServeArgs.parse(new String[] {"--port", "0", "--data", dir.resolve("s.db").toString()});

        assertNull(command(Map.of()).start(args, print(out), print(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No API keys are configured"));
        assertTrue(Files.notExists(dir.resolve("s.db")), "nothing created");
    }

    @Test
    void aPortInUseIsExplained() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ServeArgs args = ServeArgs.parse(new String[] {"--port", String.valueOf(taken.getLocalPort()),
                    "--data", dir.resolve("s.db").toString()});

            assertNull(command(Map.of("MODBENCH_API_KEYS", "k")).start(args, print(out), print(err)));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("Cannot listen on 127.0.0.1:"
                    + taken.getLocalPort()), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void helpListsEveryOption() {
        CliRun run = CliRun.of("", "serve", "--help");

        assertEquals(Cli.OK, run.exit());
        for (String option : new String[] {"--bind", "--port", "--data", "--keys", "--rate-limit", "--allow-private-urls",
                "MODBENCH_API_KEYS"}) {
            assertTrue(run.out().contains(option), option);
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(Cli.USAGE, CliRun.of("", "serve", "--port", "http").exit());
        assertEquals(Cli.USAGE, CliRun.of("", "serve", "--port", "70000").exit());
        assertEquals(Cli.USAGE, CliRun.of("", "serve", "--keys").exit());
        assertTrue(CliRun.of("", "serve", "--verbose").err().contains("'--verbose'"));
    }

    @Test
    void privateImageUrlsAreRefusedUnlessAllowed() {
        assertFalse(ServeArgs.parse(new String[] {}).allowPrivateUrls());
        assertTrue(ServeArgs.parse(new String[] {"--allow-private-urls"}).allowPrivateUrls());
    }

    @Test
    void topLevelHelpNamesServe() {
        assertTrue(CliRun.of("", "--help").out().contains("serve "));
    }

    private URI printedUrl() {
        Matcher matcher = URL.matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(matcher.find(), out.toString(StandardCharsets.UTF_8));
        return URI.create(matcher.group(1));
    }

    private static ServeCommand command(Map<String, String> environment) {
        return new ServeCommand(environment);
    }

    private static PrintStream print(ByteArrayOutputStream target) {
        return new PrintStream(target, true, StandardCharsets.UTF_8);
    }
}
