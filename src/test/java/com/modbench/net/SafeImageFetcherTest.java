package com.modbench.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ModeratorException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real HTTP only to a server on 127.0.0.1 (with the loopback allowance on). The refusals are decided on resolved
 * addresses before any connection: a counting fake DNS shows no request ever leaves.
 */
class SafeImageFetcherTest {

    private static final byte[] BODY = "pretend image bytes".getBytes();
    private static final FetchPolicy LOCAL = FetchPolicy.DEFAULT.withAllowPrivateAddresses(true)
            .withTimeouts(Duration.ofMillis(700), Duration.ofSeconds(3));

    private HttpServer server;
    private String base;
    private final AtomicInteger requests = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/image", exchange -> {
            requests.incrementAndGet();
            respond(exchange, 200, BODY);
        });
        server.createContext("/hop", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "/image");
            respond(exchange, 302, new byte[0]);
        });
        server.createContext("/loop", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "/loop?n=" + requests.get());
            respond(exchange, 302, new byte[0]);
        });
        server.createContext("/slow", exchange -> {
            requests.incrementAndGet();
            await(released, 6_000);
            respond(exchange, 200, BODY);
        });
        server.createContext("/huge", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] block = new byte[64 * 1024];
                for (int i = 0; i < 80; i++) {
                    out.write(block);
                }
            } catch (IOException expectedWhenTheClientHangsUp) {
                // the fetcher stops reading at the cap
            }
        });
        server.createContext("/missing", exchange -> respond(exchange, 404, new byte[0]));
        server.createContext("/to-private", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.20.30.40/image");
            respond(exchange, 301, new byte[0]);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
    }

    @Test
    void fetchesFromTheLocalServerWhenLoopbackIsAllowed() {
        assertArrayEquals(BODY, new SafeImageFetcher(LOCAL).fetch(base + "/image"));
    }

    @Test
    void followsABoundedNumberOfRedirects() {
        assertArrayEquals(BODY, new SafeImageFetcher(LOCAL).fetch(base + "/hop"));
        ModeratorException e = assertThrows(ModeratorException.class,
                () -> new SafeImageFetcher(LOCAL).fetch(base + "/loop"));
        assertTrue(e.getMessage().contains("redirected more than 5 times"), e.getMessage());
        assertEquals(2 + 6, requests.get(), "/hop and its target, then six requests of the loop and no more");
    }

    @Test
    void timesOutOnASlowServer() {
        long start = System.nanoTime();
        ModeratorException e = assertThrows(ModeratorException.class,
                () -> new SafeImageFetcher(LOCAL).fetch(base + "/slow"));
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(System.nanoTime() - start < 4_000_000_000L, "gave up long before the server answered");
    }

    @Test
    void stopsReadingPastTheSizeCap() {
        ModeratorException e = assertThrows(ModeratorException.class,
                () -> new SafeImageFetcher(LOCAL).fetch(base + "/huge"));
        assertEquals(413, e.httpStatus());
        assertTrue(e.getMessage().contains("larger than 4,194,304 bytes"), e.getMessage());
    }

    @Test
    void reportsHttpErrors() {
        ModeratorException e = assertThrows(ModeratorException.class,
                () -> new SafeImageFetcher(LOCAL).fetch(base + "/missing"));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void refusesLoopbackLiteralsByDefaultWithoutConnecting() {
        for (String url : List.of(base + "/image", "http://[::1]:" + server.getAddress().getPort() + "/image",
                "http://169.254.169.254/latest/meta-data/", "http://192.168.0.1/", "http://0.0.0.0/")) {
            ModeratorException e = assertThrows(ModeratorException.class,
                    () -> new SafeImageFetcher(FetchPolicy.DEFAULT).fetch(url));
            assertEquals(400, e.httpStatus());
            assertTrue(e.getMessage().contains("not fetched from loopback, link-local or private"), e.getMessage());
        }
        assertEquals(0, requests.get());
    }

    @Test
    void refusesHostNamesThatResolveToPrivateAddresses() {
        AtomicInteger lookups = new AtomicInteger();
        Dns fake = host -> {
            lookups.incrementAndGet();
            return switch (host) {
                case "intranet.example" -> List.of(address(10, 1, 2, 3));
                case "metadata.example" -> List.of(address(169, 254, 169, 254));
                case "mixed.example" -> List.of(address(93, 184, 216, 34), address(127, 0, 0, 1));
                default -> throw new UnknownHostException(host);
            };
        };
        SafeImageFetcher fetcher = new SafeImageFetcher(FetchPolicy.DEFAULT, fake);
        for (String host : List.of("intranet.example", "metadata.example", "mixed.example")) {
            ModeratorException e = assertThrows(ModeratorException.class,
                    () -> fetcher.fetch("http://" + host + "/cat.jpg"));
            assertTrue(e.getMessage().contains("The image URL's host " + host + " is"), e.getMessage());
        }
        assertEquals(3, lookups.get());
        ModeratorException unknown = assertThrows(ModeratorException.class,
                () -> fetcher.fetch("http://nowhere.example/cat.jpg"));
        assertTrue(unknown.getMessage().contains("could not be resolved"), unknown.getMessage());
    }

    @Test
    void refusesARedirectToAPrivateAddress() {
        FetchPolicy onlyThisServer = LOCAL;
        // loopback is allowed for the test server, but the redirect target is checked again on its own hop;
        // with private addresses refused, the second hop is stopped.
        SafeImageFetcher fetcher = new SafeImageFetcher(onlyThisServer.withAllowPrivateAddresses(false),
                host -> List.of(address(127, 0, 0, 1)));
        ModeratorException e = assertThrows(ModeratorException.class,
                () -> fetcher.fetch("http://local.test:" + server.getAddress().getPort() + "/to-private"));
        assertTrue(e.getMessage().contains("127.0.0.1") || e.getMessage().contains("10.20.30.40"), e.getMessage());
    }

    @Test
    void refusesNonHttpUrls() {
        for (String url : List.of("file:///etc/passwd", "ftp://example.com/a.png", "not a url", "")) {
            ModeratorException e = assertThrows(ModeratorException.class,
                    () -> new SafeImageFetcher(FetchPolicy.DEFAULT).fetch(url));
            assertTrue(e.getMessage().contains("is not an http or https URL"), e.getMessage());
        }
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body)
            throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch, long millis) {
        try {
            latch.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
