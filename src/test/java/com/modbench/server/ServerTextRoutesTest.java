package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.testing.TestEngines;
import com.modbench.model.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServerTextRoutesTest {

    private static final String SAMPLE = "Is this a crap email abcdef@abcd.com, phone: 6657789887, IP: 255.255.255.255";

    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.start(TestEngines.shared());

    @Test
    void screenReturnsTheScreenShapeWithPascalCaseNames() throws Exception {
        HttpResponse<String> response = fixture.postText(ServerFixture.SCREEN + "?PII=true&classify=true&language=eng",
                "text/plain", SAMPLE);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = Json.mapper().readTree(response.body());
        assertEquals(SAMPLE, body.get("OriginalText").asText());
        assertEquals("eng", body.get("Language").asText());
        assertEquals(3000, body.get("Status").get("Code").asInt());
        assertEquals("crap", body.get("Terms").get(0).get("Term").asText());
        assertEquals("abcdef@abcd.com", body.get("PII").get("Email").get(0).get("Text").asText());
        assertNotNull(body.get("Classification").get("Category3").get("Score"));
        assertFalse(body.get("TrackingId").asText().isEmpty());
        assertNull(body.get("AutoCorrectedText"), "AutoCorrectedText only when asked for");
    }

    @Test
    void screenAcceptsThePathWithoutTheTrailingSlash() {
        HttpResponse<String> response = fixture.postText("/contentmoderator/moderate/v1.0/ProcessText/Screen",
                "text/plain", "hello there");

        assertEquals(200, response.statusCode());
    }

    @Test
    void queryNamesMatchInAnyCase() throws Exception {
        JsonNode lower = Json.mapper().readTree(
                fixture.postText(ServerFixture.SCREEN + "?pii=TRUE&CLASSIFY=true", "text/plain", SAMPLE).body());

        assertEquals("abcdef@abcd.com", lower.get("PII").get("Email").get(0).get("Text").asText());
        assertNotNull(lower.get("Classification"));
    }

    @Test
    void keyHeaderNameMatchesInAnyCase() {
        HttpResponse<String> response = fixture.send(HttpRequest.newBuilder(fixture.uri(ServerFixture.SCREEN))
                .header("ocp-apim-subscription-key", ServerFixture.KEY).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());

        assertEquals(200, response.statusCode());
    }

    @Test
    void everyTextContentTypeIsAcceptedWithOrWithoutCharset() {
        for (String type : new String[] {"text/plain", "text/html", "text/xml", "text/markdown",
                "TEXT/PLAIN; charset=UTF-8"}) {
            assertEquals(200, fixture.postText(ServerFixture.SCREEN, type, "<b>hello</b>").statusCode(), type);
        }
    }

    @Test
    void detectLanguageReturnsAnIso6393Code() throws Exception {
        HttpResponse<String> response = fixture.postText(ServerFixture.DETECT, "text/plain",
                "This is a perfectly ordinary English sentence about the weather today.");

        assertEquals(200, response.statusCode());
        JsonNode body = Json.mapper().readTree(response.body());
        assertEquals("eng", body.get("DetectedLanguage").asText());
        assertEquals(3000, body.get("Status").get("Code").asInt());
    }

    @Test
    void accessLogHasOneLinePerRequestAndNeverTheKey() {
        int before = fixture.accessLog.size();
        fixture.postText(ServerFixture.DETECT, "text/plain", "hello world");

        assertEquals(before + 1, fixture.accessLog.size());
        String line = fixture.accessLog.get(before);
        assertTrue(line.contains("\"POST /contentmoderator/moderate/v1.0/ProcessText/DetectLanguage\" 200"), line);
        assertTrue(line.endsWith("key#1"), line);
        assertTrue(fixture.accessLog.stream().noneMatch(l -> l.contains(ServerFixture.KEY)));
    }
}
