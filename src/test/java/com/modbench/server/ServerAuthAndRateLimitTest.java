package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.testing.TestEngines;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServerAuthAndRateLimitTest {

    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.start(TestEngines.shared(), options -> options.withRateLimit(2));

    @Test
    void unknownPathWithoutAKeyIsDeniedLikeTheGateway() throws Exception {
        HttpResponse<String> response = fixture.send(HttpRequest.newBuilder(fixture.uri("/no/such/path")).GET().build());

        assertEquals(401, response.statusCode());
        assertTrue(response.body().startsWith("{\"error\":{\"code\":\"401\""), response.body());
    }

    @Test
    void overTheRateLimitIs429WithRetryAfterPerKey() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 50 && (last == null || last.statusCode() != 429); i++) {
            last = fixture.send(HttpRequest.newBuilder(fixture.uri(ServerFixture.DETECT))
                    .header("Ocp-Apim-Subscription-Key", ServerFixture.OTHER_KEY).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("hello world")).build());
        }

        ServerBadInputTest.assertApiError(last, 429, "TooManyRequests", "2 requests per second");
        long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertTrue(fixture.accessLog.stream().anyMatch(line -> line.contains(" 429 ") && line.endsWith("key#2")));
        assertEquals(200, fixture.postText(ServerFixture.DETECT, "text/plain", "another key").statusCode(),
                "each key has its own budget");
    }
}
