package com.modbench.cli;

import com.modbench.api.ReviewThresholds;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.image.ImageServices;
import com.modbench.engine.lists.TermListLimits;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.net.FetchPolicy;
import com.modbench.net.SafeImageFetcher;
import com.modbench.server.ApiKeys;
import com.modbench.server.ModbenchServer;
import com.modbench.server.ServerOptions;
import com.modbench.store.Database;
import com.modbench.store.images.SqliteImageListRepository;
import com.modbench.store.lists.SqliteTermListRepository;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: the Content Moderator–compatible server over the embedded engine and its own SQLite file. Runs until
 * SIGTERM or Ctrl+C; then it stops accepting, lets requests in flight finish and closes the database.
 */
final class ServeCommand {

    private static final String HELP = """
            Usage: java -jar modbench.jar serve [--bind ADDR] [--port N] [--data FILE] [--keys FILE]
                                                [--rate-limit N] [--allow-private-urls]
                                                [--review-thresholds C1,C2,C3]

            Serves the Content Moderator REST API v1.0 (text and image moderation, term and image lists) from
            the embedded engine, for the official SDKs, curl scripts and the Modbench app. See docs/server.md.

              --bind ADDR       address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
              --port N          port to listen on (default 5055; 0 picks a free port)
              --data FILE       SQLite file holding the server's term and image lists (default ./modbench-server.db)
              --keys FILE       accepted subscription keys, one per line (blank lines and # comments skipped)
              --rate-limit N    requests per second per key; more get 429 with Retry-After (default 0: off)
              --allow-private-urls
                                let image URLs point at loopback, link-local and private-network hosts
                                (off by default: they are refused, so callers cannot probe your network)
              --review-thresholds C1,C2,C3
                                Screen's ReviewRecommended is true when Category1 >= C1, Category2 >= C2 or
                                Category3 >= C3; three numbers in 0..1 (default: $MODBENCH_REVIEW_THRESHOLDS,
                                else 0.5,0.5,0.5). The API has no field for them: every caller gets these.

            Keys also come from the environment variable MODBENCH_API_KEYS (comma-separated); at least one is
            required. Clients send theirs in the Ocp-Apim-Subscription-Key header. One access-log line per
            request goes to stdout (keys appear only as key#1, key#2, … in the order configured).
            Stop with Ctrl+C or SIGTERM: requests in flight finish and the database is closed.
            """;

    private final Map<String, String> environment;

    ServeCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        ServeArgs parsed;
        try {
            parsed = ServeArgs.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(HELP);
            return Cli.USAGE;
        }
        if (parsed.help()) {
            out.print(HELP);
            return Cli.OK;
        }
        Running running = start(parsed, out, err);
        if (running == null) {
            return Cli.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping: finishing the requests in flight…");
            running.close();
            out.println("Stopped; the database is closed.");
            out.flush();
            stopped.countDown();
        }, "modbench-serve-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Cli.OK;
    }

    /** Starts the server, printing where it listens; null (after saying why on {@code err}) if it cannot. */
    Running start(ServeArgs args, PrintStream out, PrintStream err) {
        ApiKeys keys;
        try {
            keys = ApiKeys.load(args.keysFile(), environment.get(ApiKeys.ENVIRONMENT_VARIABLE));
        } catch (IOException e) {
            err.println("Cannot read the keys file " + args.keysFile() + ": " + e.getMessage());
            return null;
        }
        if (keys.isEmpty()) {
            err.println("No API keys are configured: put them in a file given with --keys FILE (one per line) "
                    + "or in the environment variable " + ApiKeys.ENVIRONMENT_VARIABLE + " (comma-separated).");
            return null;
        }
        out.println("Loading the engine and " + args.data().toAbsolutePath() + " …");
        Database database;
        try {
            database = Database.open(args.data());
        } catch (RuntimeException e) {
            err.println("Cannot open the database " + args.data() + ": " + e.getMessage());
            return null;
        }
        EmbeddedModerator moderator = moderatorOver(database, args.allowPrivateUrls(), args.reviewThresholds());
        ServerOptions options = ServerOptions.defaults(keys).withBind(args.bind()).withPort(args.port())
                .withRateLimit(args.rateLimit()).withAccessLog(out::println);
        try {
            ModbenchServer server = ModbenchServer.start(moderator, options);
            out.println("Modbench Content Moderator API listening on " + server.url() + " (" + keys.size()
                    + " key" + (keys.size() == 1 ? "" : "s") + ", rate limit "
                    + (args.rateLimit() == 0 ? "off" : args.rateLimit() + "/s per key")
                    + (args.allowPrivateUrls() ? ", private image URLs allowed" : "") + ", review thresholds "
                    + ReviewThresholdsOption.describe(args.reviewThresholds()) + "). Ctrl+C stops it.");
            out.flush();
            return new Running(server, moderator, database);
        } catch (RuntimeException e) {
            moderator.close();
            database.close();
            err.println("Cannot listen on " + args.bind() + ":" + args.port() + ": " + rootMessage(e));
            return null;
        }
    }

    /** The engine over the server's database; image URLs go only through the SSRF-guarded fetcher. */
    static EmbeddedModerator moderatorOver(Database database, boolean allowPrivateUrls, ReviewThresholds thresholds) {
        SafeImageFetcher fetcher = new SafeImageFetcher(FetchPolicy.DEFAULT.withAllowPrivateAddresses(allowPrivateUrls));
        return new EmbeddedModerator(TextScreenerStages.standard(thresholds), new SqliteTermListRepository(database),
                TermListLimits.DEFAULT, ImageServices.standard(fetcher, new SqliteImageListRepository(database)));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** A started server with what it owns, closed in order: HTTP first (in-flight requests finish), then the data. */
    record Running(ModbenchServer server, EmbeddedModerator moderator, Database database) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            moderator.close();
            database.close();
        }
    }
}
