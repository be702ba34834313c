import com.modbench.api.Moderator;
import com.modbench.api.ScreenOptions;
import com.modbench.client.RemoteEndpoint;
import com.modbench.client.RemoteModerator;
import com.modbench.client.RetryPolicy;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.server.ApiKeys;
import com.modbench.server.ModbenchServer;
import com.modbench.server.ServerOptions;
import com.modbench.store.Database;
import com.modbench.store.lists.SqliteTermListRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Screens per second through the whole stack: RemoteModerator (OkHttp + Jackson) → HTTP on 127.0.0.1 → server
 * (Javalin/Jetty) → embedded engine, with N concurrent clients, each its own connection pool, as separate clients
 * would be. Client and server share this JVM and the machine's cores, as they would on one box. For scale, the
 * engine alone (no HTTP) is measured too.
 *
 * <p>Run with bench/server.sh. Options: --seconds N (per row, default 15; warm-up 5 s), --clients 1,16,
 * --data DIR (the shared evaluation data; tweets are used as texts when present).
 */
public final class ServerBench {

    private static final String KEY = "bench-key";

    public static void main(String[] args) throws Exception {
        int seconds = 15;
        List<Integer> clientCounts = List.of(1, 16);
        Path data = Path.of("../shared/data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--clients" -> clientCounts = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--data" -> data = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> texts = texts(data);
        System.out.printf(Locale.ROOT, "%d texts, %d cores, %s, %d s per row%n", texts.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"), seconds);

        try (Database database = Database.inMemory()) {
            EmbeddedModerator engine = EmbeddedModerator.standard(new SqliteTermListRepository(database));
            ModbenchServer server = ModbenchServer.start(engine,
                    ServerOptions.defaults(ApiKeys.of(KEY)).withPort(0).withAccessLog(line -> { }));
            try {
                Clients http = () -> new RemoteModerator(RemoteEndpoint.of(server.url(), KEY).withRetry(RetryPolicy.NONE));
                measure(16, Math.max(10, seconds), texts, ScreenOptions.all(), http); // JIT warm-up for every row
                System.out.println("load average before: " + loadAverage());
                System.out.println("| path | options | clients | screens/s | p50 ms | p99 ms | CPU µs/screen |");
                System.out.println("|---|---|---:|---:|---:|---:|---:|");
                for (ScreenOptions options : List.of(ScreenOptions.DEFAULT, ScreenOptions.all())) {
                    String name = options == ScreenOptions.DEFAULT ? "default" : "PII+classify+autocorrect";
                    run("engine in-process", name, 1, seconds, texts, options, () -> engine);
                    for (int clients : clientCounts) {
                        run("HTTP loopback", name, clients, seconds, texts, options, http);
                    }
                }
                System.out.println("load average after: " + loadAverage());
            } finally {
                server.close();
            }
        }
    }

    interface Clients {
        Moderator open();
    }

    private static void run(String path, String optionsName, int clients, int seconds, List<String> texts,
                            ScreenOptions options, Clients factory) throws Exception {
        measure(clients, Math.min(5, seconds), texts, options, factory);
        Result result = measure(clients, seconds, texts, options, factory);
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %,.0f | %.2f | %.2f | %.0f |%n", path, optionsName, clients,
                result.perSecond, result.p50Millis, result.p99Millis, result.cpuMicrosPerScreen);
    }

    /** {@code cpuMicrosPerScreen}: CPU time of this process (clients and server together) per screen. */
    record Result(double perSecond, double p50Millis, double p99Millis, double cpuMicrosPerScreen) {
    }

    private static Result measure(int clients, int seconds, List<String> texts, ScreenOptions options, Clients factory)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            long[] own = new long[2_000_000];
            latencies.add(own);
            Thread thread = new Thread(() -> {
                Moderator moderator = factory.open();
                try {
                    ready.countDown();
                    go.await();
                    int n = 0;
                    for (int i = id; !stop.get() && n < own.length; i += clients) {
                        long started = System.nanoTime();
                        moderator.text().screen(texts.get(i % texts.size()), options);
                        own[n++] = System.nanoTime() - started;
                    }
                    counts[id] = n;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (moderator instanceof RemoteModerator remote) {
                        remote.close();
                    }
                }
            }, "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        go.countDown();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpu = processCpuNanos() - cpuBefore;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(total / elapsed, percentile(all, 0.50), percentile(all, 0.99), cpu / 1e3 / Math.max(1, total));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Tweets (the last CSV column, up to 1,024 characters) from the Davidson set, or built-in samples. */
    private static List<String> texts(Path data) throws IOException {
        Path csv = data.resolve("davidson/labeled_data.csv");
        if (!Files.isRegularFile(csv)) {
            System.out.println("(" + csv + " not found: using built-in sample texts)");
            return List.of("Is this a crap email abcdef@abcd.com, phone: 6657789887, IP: 255.255.255.255",
                    "What a lovely day for a walk in the park with the dog.",
                    "You are a stupid idiot and everyone knows it.",
                    "Call me at (425) 555-0100 or write to someone@example.org tomorrow.",
                    "fr33 v1agra!!! cl1ck h3re to w1n", "The meeting moved to 3pm; bring the quarterly numbers.");
        }
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            int comma = nthComma(line, 6);
            if (comma > 0 && !line.startsWith(",count")) {
                String tweet = line.substring(comma + 1).replace("\"\"", "\"");
                if (tweet.startsWith("\"") && tweet.endsWith("\"") && tweet.length() > 1) {
                    tweet = tweet.substring(1, tweet.length() - 1);
                }
                if (!tweet.isBlank() && tweet.length() <= 1024) {
                    texts.add(tweet);
                }
            }
        }
        return texts;
    }

    private static int nthComma(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(',', at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
