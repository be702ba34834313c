package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.testing.TestEngines;
import com.modbench.model.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each kind of bad input gets the right 4xx and a clear APIError, and the server keeps serving afterwards. */
class ServerBadInputTest {

    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.start(TestEngines.shared());

    @AfterEach
    void serverStillServes() {
        assertEquals(200, fixture.postText(ServerFixture.SCREEN, "text/plain", "still here").statusCode());
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        HttpResponse<String> response = fixture.postText(ServerFixture.SCREEN, "application/json", "{\"a\":1}");

        assertApiError(response, 415, "UnsupportedMediaType", "'application/json' is not accepted");
    }

    @Test
    void missingContentTypeIs415() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request(ServerFixture.SCREEN)
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());

        assertApiError(response, 415, "UnsupportedMediaType", "Content-Type header is missing");
    }

    @Test
    void emptyBodyIs400() throws Exception {
        assertApiError(fixture.postText(ServerFixture.SCREEN, "text/plain", ""), 400, "EmptyContent", "empty");
    }

    @Test
    void textOver1024CharactersIs400WithTheCount() throws Exception {
        HttpResponse<String> response = fixture.postText(ServerFixture.SCREEN, "text/plain", "a".repeat(1025));

        assertApiError(response, 400, "TextTooLong", "1025 characters");
    }

    @Test
    void textOf1024CharactersIsAccepted() {
        assertEquals(200, fixture.postText(ServerFixture.SCREEN, "text/plain", "word ".repeat(204) + "word")
                .statusCode());
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request(ServerFixture.SCREEN)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff}))
                .build());

        assertApiError(response, 400, "InvalidArgument", "not valid UTF-8");
    }

    @Test
    void badBooleanQueryIs400() throws Exception {
        assertApiError(fixture.postText(ServerFixture.SCREEN + "?PII=yes", "text/plain", "hello"),
                400, "InvalidArgument", "'PII' must be true or false");
    }

    @Test
    void unknownPiiExtensionIs400() throws Exception {
        assertApiError(fixture.postText(ServerFixture.SCREEN + "?PII=true&modbench-pii=extended,loose", "text/plain",
                "hello"), 400, "InvalidArgument", "'loose'");
    }

    @Test
    void unknownRouteIs404() throws Exception {
        HttpResponse<String> response = fixture.postText("/contentmoderator/moderate/v1.0/ProcessText/Scream",
                "text/plain", "hello");

        assertApiError(response, 404, "NotFound", "no operation at POST");
    }

    @Test
    void pathsAreCaseSensitive() throws Exception {
        assertApiError(fixture.postText("/contentmoderator/moderate/v1.0/processtext/screen", "text/plain", "hi"),
                404, "NotFound", "case-sensitive");
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request(ServerFixture.SCREEN).GET().build());

        assertApiError(response, 405, "MethodNotAllowed", "GET is not allowed");
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void hugeDeclaredBodyIs413WithoutReadingIt() throws Exception {
        try (RawHttp raw = new RawHttp(fixture.server.port(), 5000)) {
            raw.write("POST " + ServerFixture.SCREEN + " HTTP/1.1\r\nHost: x\r\nOcp-Apim-Subscription-Key: "
                    + ServerFixture.KEY + "\r\nContent-Type: text/plain\r\nContent-Length: 500000000\r\n\r\n");
            String response = raw.readAll();

            assertEquals(413, RawHttp.status(response));
            assertApiErrorBody(RawHttp.body(response), "TooLarge", "500000000 bytes");
        }
    }

    /**
     * Refused before the body is read (wrong type, no key): the server reads the rest of the body anyway, so the client
     * gets its error instead of a reset while still sending, and the connection stays open for the next request.
     */
    @Test
    void aBodyRefusedUnreadIsDrainedSoTheClientReadsTheErrorAndKeepsTheConnection() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        try (RawHttp raw = new RawHttp(fixture.server.port(), 20_000)) {
            raw.write(post("image/png", ServerFixture.KEY, body.length));
            raw.write(body);
            String wrongType = raw.readAll();
            raw.write(post("text/plain", "not-a-key", body.length));
            raw.write(body);
            String noKey = raw.readAll();
            raw.write(post("text/plain", ServerFixture.KEY, 5) + "hello");
            String screened = raw.readAll();

            assertEquals(415, RawHttp.status(wrongType), wrongType);
            assertApiErrorBody(RawHttp.body(wrongType), "UnsupportedMediaType", "'image/png'");
            assertEquals(401, RawHttp.status(noKey), noKey);
            assertEquals(200, RawHttp.status(screened), screened);
        }
    }

    private static String post(String contentType, String key, int length) {
        return "POST " + ServerFixture.SCREEN + " HTTP/1.1\r\nHost: x\r\nOcp-Apim-Subscription-Key: " + key
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n";
    }

    @Test
    void hugeStreamedBodyIs413() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request(ServerFixture.SCREEN)
                .header("Content-Type", "text/plain").POST(endless()).build());

        assertApiError(response, 413, "TooLarge", "at most 65536 bytes");
    }

    @Test
    void missingKeyIs401WithTheGatewayBody() throws Exception {
        HttpResponse<String> response = fixture.send(HttpRequest.newBuilder(fixture.uri(ServerFixture.SCREEN))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi")).build());

        assertGatewayDenied(response);
    }

    @Test
    void wrongKeyIs401WithTheGatewayBody() throws Exception {
        HttpResponse<String> response = fixture.send(HttpRequest.newBuilder(fixture.uri(ServerFixture.SCREEN))
                .header("Ocp-Apim-Subscription-Key", "not-a-key").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hi")).build());

        assertGatewayDenied(response);
        assertTrue(fixture.accessLog.stream().noneMatch(line -> line.contains("not-a-key")));
    }

    @Test
    void malformedRequestTargetIs400() throws Exception {
        try (RawHttp raw = new RawHttp(fixture.server.port(), 5000)) {
            raw.write("POST /contentmoderator/%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
            String response = raw.readAll();

            assertEquals(400, RawHttp.status(response), response);
            assertApiErrorBody(RawHttp.body(response), "InvalidArgument", "could not be parsed");
        }
    }

    private static void assertGatewayDenied(HttpResponse<String> response) throws Exception {
        assertEquals(401, response.statusCode());
        JsonNode error = Json.mapper().readTree(response.body()).get("error");
        assertEquals("401", error.get("code").asText());
        assertTrue(error.get("message").asText().startsWith("Access denied due to invalid subscription key"));
    }

    static void assertApiError(HttpResponse<String> response, int status, String code, String messagePart)
            throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertApiErrorBody(response.body(), code, messagePart);
    }

    static void assertApiErrorBody(String body, String code, String messagePart) throws Exception {
        JsonNode error = Json.mapper().readTree(body).get("Error");
        assertEquals(code, error.get("Code").asText(), body);
        assertTrue(error.get("Message").asText().toLowerCase().contains(messagePart.toLowerCase()), body);
    }

    /** 512 KB of unknown length (sent chunked), far past the 64 KB limit. */
    private static HttpRequest.BodyPublisher endless() {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
            private int left = 512 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        });
    }
}
