package com.modbench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ModeratorException;
import com.modbench.api.ScreenOptions;
import com.modbench.model.lists.ListBody;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemoteModeratorTest {

    private static final String KEY = "client-secret-key";
    private static final String DETECTED = "{\"DetectedLanguage\":\"eng\",\"Status\":{\"Code\":3000,\"Description\":\"OK\","
            + "\"Exception\":\"\"},\"TrackingId\":\"t\"}";
    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofSeconds(3));

    @Test
    void sendsTextAsTheSdksDoWithTheKeyHeaderAndOnlyTheOptionsSet() {
        try (ScriptedEndpoint endpoint = new ScriptedEndpoint(ScriptedEndpoint.Reply.of(200,
                "{\"OriginalText\":\"hi\",\"Status\":{\"Code\":3000}}"));
             RemoteModerator remote = remote(endpoint.url(), FAST)) {
            remote.text().screen("héllo", ScreenOptions.DEFAULT.withPii(true).withListId(7));

            ScriptedEndpoint.Received request = endpoint.received.get(0);
            assertEquals("POST", request.method());
            assertEquals("/contentmoderator/moderate/v1.0/ProcessText/Screen/?PII=true&listId=7", request.pathAndQuery());
            assertEquals(List.of("text/plain"), request.headers().get("Content-type"));
            assertEquals(List.of(KEY), request.headers().get("Ocp-apim-subscription-key"));
            assertEquals("héllo", request.body());
        }
    }

    @Test
    void keepsAPathPrefixOfTheBaseUrl() {
        try (ScriptedEndpoint endpoint = new ScriptedEndpoint(ScriptedEndpoint.Reply.of(200, DETECTED));
             RemoteModerator remote = remote(endpoint.url().resolve("/proxy/cm"), FAST)) {
            remote.text().detectLanguage("hello");

            assertEquals("/proxy/cm/contentmoderator/moderate/v1.0/ProcessText/DetectLanguage",
                    endpoint.received.get(0).pathAndQuery());
        }
    }

    @Test
    void retries429HonouringRetryAfterThenSucceeds() {
        try (ScriptedEndpoint endpoint = new ScriptedEndpoint(
                new ScriptedEndpoint.Reply(429, Map.of("Retry-After", "1"),
                        "{\"Error\":{\"Code\":\"TooManyRequests\",\"Message\":\"slow down\"}}", 0),
                ScriptedEndpoint.Reply.of(200, DETECTED));
             RemoteModerator remote = remote(endpoint.url(), FAST)) {
            long started = System.nanoTime();
            assertEquals("eng", remote.text().detectLanguage("hello").detectedLanguage());

            assertEquals(2, endpoint.received.size());
            assertTrue(System.nanoTime() - started >= 950_000_000L, "waited for Retry-After");
        }
    }

    @Test
    void givesUpWhenRetryAfterIsLongerThanItWaits() {
        try (ScriptedEndpoint endpoint = new ScriptedEndpoint(new ScriptedEndpoint.Reply(429,
                Map.of("Retry-After", "3600"), "{\"Error\":{\"Code\":\"TooManyRequests\",\"Message\":\"later\"}}", 0));
             RemoteModerator remote = remote(endpoint.url(), FAST)) {
            ModeratorException e = assertThrows(ModeratorException.class, () -> remote.text().detectLanguage("hi"));

            assertEquals(429, e.httpStatus());
            assertEquals("TooManyRequests", e.code());
            assertEquals(1, endpoint.received.size());
        }
    }

    @Test
    void retries5xxForSafeOperationsUntilAttemptsRunOut() {
        try (ScriptedEndpoint endpoint = new ScriptedEndpoint(ScriptedEndpoint.Reply.of(502, "<html>bad gateway</html>"));
             RemoteModerator remote = remote(endpoint.url(), FAST)) {
            ModeratorException e = assertThrows(ModeratorException.class, () -> remote.termLists().get(1));

            assertEquals(4, endpoint.received.size());
            assertEquals(502, e.httpStatus());
            assertTrue(e.getMessage().contains("bad gateway"), e.getMessage());
        }
    }

    @Test
    void doesNotRepeatAnUnsafeRequestAfterA500() {
        try (ScriptedEndpoint endpoint = new ScriptedEndpoint(ScriptedEndpoint.Reply.of(500,
                "{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"boom\"}}"));
             RemoteModerator remote = remote(endpoint.url(), FAST)) {
            assertThrows(ModeratorException.class, () -> remote.termLists().create(new ListBody("x", null, null)));

            assertEquals(1, endpoint.received.size());
        }
    }

    @Test
    void theGatewaysLowercase401BecomesATypedError() {
        try (ScriptedEndpoint endpoint = new ScriptedEndpoint(ScriptedEndpoint.Reply.of(401,
                "{\"error\":{\"code\":\"401\",\"message\":\"Access denied due to invalid subscription key.\"}}"));
             RemoteModerator remote = remote(endpoint.url(), FAST)) {
            ModeratorException e = assertThrows(ModeratorException.class, () -> remote.text().detectLanguage("hi"));

            assertEquals(401, e.httpStatus());
            assertEquals("Unauthorized", e.code());
            assertEquals("Access denied due to invalid subscription key.", e.getMessage());
        }
    }

    @Test
    void anUnreachableEndpointIsServiceUnavailableNamingTheUrlButNotTheKey() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        try (RemoteModerator remote = remote(URI.create("http://127.0.0.1:" + freePort + "/"), FAST)) {
            ModeratorException e = assertThrows(ModeratorException.class, () -> remote.text().detectLanguage("hi"));

            assertEquals(503, e.httpStatus());
            assertEquals("ServiceUnavailable", e.code());
            assertTrue(e.getMessage().contains("127.0.0.1:" + freePort), e.getMessage());
            assertFalse(e.getMessage().contains(KEY));
        }
    }

    @Test
    void aSlowEndpointTimesOut() {
        try (ScriptedEndpoint endpoint = new ScriptedEndpoint(new ScriptedEndpoint.Reply(200, Map.of(), DETECTED, 3000));
             RemoteModerator remote = new RemoteModerator(RemoteEndpoint.of(endpoint.url(), KEY)
                     .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)).withRetry(RetryPolicy.NONE))) {
            ModeratorException e = assertThrows(ModeratorException.class, () -> remote.text().detectLanguage("hi"));

            assertEquals("ServiceUnavailable", e.code());
            assertTrue(e.getMessage().contains("SocketTimeoutException"), e.getMessage());
        }
    }

    @Test
    void imagesGoOutAsTheSdksSendThem() {
        String evaluate = "{\"Result\":false,\"CacheID\":\"c1\",\"Status\":{\"Code\":3000,\"Description\":\"OK\"}}";
        try (ScriptedEndpoint endpoint = new ScriptedEndpoint(ScriptedEndpoint.Reply.of(200, evaluate));
             RemoteModerator remote = new RemoteModerator(RemoteEndpoint.of(endpoint.url(), KEY))) {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
            assertEquals("c1", remote.image().evaluate(com.modbench.api.ImageInput.bytes(png), true).cacheId());
            remote.image().ocr(com.modbench.api.ImageInput.url("https://example.org/a.png"), "eng", false, false);
            remote.image().match(com.modbench.api.ImageInput.cached("c1"), 7, false);

            ScriptedEndpoint.Received bytes = endpoint.received.get(0);
            assertEquals("/contentmoderator/moderate/v1.0/ProcessImage/Evaluate?CacheImage=true", bytes.pathAndQuery());
            assertEquals(List.of("image/gif"), bytes.headers().get("Content-type"), "the SDKs label every image GIF");
            ScriptedEndpoint.Received url = endpoint.received.get(1);
            assertEquals("/contentmoderator/moderate/v1.0/ProcessImage/OCR?language=eng&enhanced=false",
                    url.pathAndQuery());
            assertEquals("{\"DataRepresentation\":\"URL\",\"Value\":\"https://example.org/a.png\"}", url.body());
            ScriptedEndpoint.Received bare = endpoint.received.get(2);
            assertEquals("/contentmoderator/moderate/v1.0/ProcessImage/Match?listId=7&CacheId=c1", bare.pathAndQuery());
            assertEquals("", bare.body());
        }
    }

    @Test
    void theKeyNeverShowsInDescriptions() {
        RemoteEndpoint endpoint = RemoteEndpoint.of(URI.create("http://127.0.0.1:1/"), KEY);
        try (RemoteModerator remote = new RemoteModerator(endpoint)) {
            assertFalse(endpoint.toString().contains(KEY));
            assertFalse(remote.describe().contains(KEY));
            assertFalse(remote.toString().contains(KEY));
        }
    }

    @Test
    void rejectsUrlsThatAreNotHttpOrCarryCredentials() {
        assertThrows(IllegalArgumentException.class, () -> RemoteEndpoint.of(URI.create("ftp://host/"), KEY));
        assertThrows(IllegalArgumentException.class, () -> RemoteEndpoint.of(URI.create("http://user:pw@host/"), KEY));
    }

    private static RemoteModerator remote(URI url, RetryPolicy retry) {
        return new RemoteModerator(RemoteEndpoint.of(url, KEY).withRetry(retry));
    }
}
