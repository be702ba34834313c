package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.testing.TestEngines;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Clients that stop sending lose their connection after the idle timeout (1 s here) and do not block others. */
class ServerSlowClientTest {

    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.start(TestEngines.shared(),
            options -> options.withIdleTimeout(Duration.ofSeconds(1)));

    @BeforeAll
    static void warmUp() {
        fixture.postText(ServerFixture.SCREEN, "text/plain", "warm up");
    }

    /** On a new connection: with a 1 s idle timeout, a pooled one may be closed by the server as it is reused. */
    @AfterEach
    void serverStillServes() throws Exception {
        assertEquals(200, freshPost("still here"));
    }

    private static int freshPost(String text) throws Exception {
        return HttpClient.newHttpClient().send(fixture.request(ServerFixture.SCREEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void slowClientGets408() throws Exception {
        try (RawHttp raw = new RawHttp(fixture.server.port(), 10_000)) {
            raw.write("POST " + ServerFixture.SCREEN + " HTTP/1.1\r\nHost: x\r\nOcp-Apim-Subscription-Key: "
                    + ServerFixture.KEY + "\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nonly ten b");
            long started = System.nanoTime();
            String response = raw.readAll();

            assertEquals(408, RawHttp.status(response), response);
            ServerBadInputTest.assertApiErrorBody(RawHttp.body(response), "RequestTimeout", "stopped arriving");
            assertTrue(System.nanoTime() - started < 8_000_000_000L, "timed out promptly");
        }
    }

    @Test
    void clientStallingInTheHeadersIsDisconnected() throws Exception {
        try (RawHttp raw = new RawHttp(fixture.server.port(), 10_000)) {
            raw.write("POST " + ServerFixture.SCREEN + " HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            long started = System.nanoTime();
            raw.readAll();

            assertTrue(System.nanoTime() - started < 8_000_000_000L, "the server closed the connection");
        }
    }

    @Test
    void otherClientsAreServedWhileOneStalls() throws Exception {
        try (RawHttp raw = new RawHttp(fixture.server.port(), 10_000)) {
            raw.write("POST " + ServerFixture.SCREEN + " HTTP/1.1\r\nHost: x\r\nOcp-Apim-Subscription-Key: "
                    + ServerFixture.KEY + "\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nstall");

            assertEquals(200, freshPost("meanwhile"));
        }
    }
}
