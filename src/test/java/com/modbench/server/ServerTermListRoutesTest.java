package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.model.Json;
import com.modbench.testing.SqliteEngine;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Operations 27–36 on the wire: exact status codes and bodies, and the bad input that belongs to them. */
class ServerTermListRoutesTest {

    static final String LISTS = "/contentmoderator/lists/v1.0/termlists";

    @RegisterExtension
    static final SqliteEngine engine = SqliteEngine.open();
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.start(engine.moderator());

    @AfterEach
    void deleteLists() {
        engine.moderator().termLists().list().forEach(list -> engine.moderator().termLists().delete(list.id()));
    }

    @Test
    void createReturns200WithTheNewList() throws Exception {
        HttpResponse<String> response = send("POST", LISTS, "application/json",
                "{\"Name\":\"TermList B\",\"Description\":\"List of racy terms.\",\"Metadata\":{\"TaggedAs\":\"Racy\"}}");

        assertEquals(200, response.statusCode());
        JsonNode list = Json.mapper().readTree(response.body());
        assertTrue(list.get("Id").isInt());
        assertEquals("TermList B", list.get("Name").asText());
        assertEquals("Racy", list.get("Metadata").get("TaggedAs").asText());
        JsonNode all = Json.mapper().readTree(send("GET", LISTS, null, null).body());
        assertTrue(all.isArray());
        assertEquals(list, all.get(0));
    }

    @Test
    void addTermIs201WithNoBodyAndTheTermIsPercentDecoded() throws Exception {
        int id = createList();

        HttpResponse<String> added = send("POST", LISTS + "/" + id + "/terms/bad%20word?language=eng",
                "application/json; charset=utf-8", "");

        assertEquals(201, added.statusCode());
        assertEquals("", added.body());
        JsonNode terms = Json.mapper().readTree(send("GET", LISTS + "/" + id + "/terms?language=eng&offset=0&limit=50",
                null, null).body());
        assertEquals("bad word", terms.get("Data").get("Terms").get(0).get("Term").asText());
        assertEquals("eng", terms.get("Data").get("Language").asText());
        assertEquals(3000, terms.get("Data").get("Status").get("Code").asInt());
        assertEquals(1, terms.get("Paging").get("Total").asInt());
        assertEquals(50, terms.get("Paging").get("Limit").asInt());
    }

    @Test
    void deleteTermAndDeleteAllTermsAre204WithNoBody() {
        int id = createList();
        send("POST", LISTS + "/" + id + "/terms/one?language=eng", null, "");
        send("POST", LISTS + "/" + id + "/terms/two?language=eng", null, "");

        HttpResponse<String> one = send("DELETE", LISTS + "/" + id + "/terms/one?language=eng", null, null);
        HttpResponse<String> all = send("DELETE", LISTS + "/" + id + "/terms?language=eng", null, null);

        assertEquals(204, one.statusCode());
        assertEquals("", one.body());
        assertEquals(204, all.statusCode());
        assertEquals(0, engine.moderator().termLists().getAllTerms(id, "eng", null, null).paging().total());
    }

    @Test
    void deleteListIs200WithAnEmptyJsonString() {
        int id = createList();

        HttpResponse<String> response = send("DELETE", LISTS + "/" + id, null, null);

        assertEquals(200, response.statusCode());
        assertEquals("\"\"", response.body());
    }

    @Test
    void updateAndRefreshIndexAnswerWithTheirRecords() throws Exception {
        int id = createList();

        JsonNode updated = Json.mapper().readTree(send("PUT", LISTS + "/" + id, "application/json",
                "{\"Description\":\"changed\"}").body());
        JsonNode refreshed = Json.mapper().readTree(send("POST", LISTS + "/" + id + "/RefreshIndex?language=eng",
                "application/json; charset=utf-8", "").body());

        assertEquals("changed", updated.get("Description").asText());
        assertEquals(String.valueOf(id), refreshed.get("ContentSourceId").asText());
        assertEquals("RefreshIndex successfully completed.", refreshed.get("Status").get("Description").asText());
        assertTrue(refreshed.get("AdvancedInfo").isArray());
    }

    @Test
    void malformedJsonIs400() throws Exception {
        ServerBadInputTest.assertApiError(send("POST", LISTS, "application/json", "{\"Name\": \"unterminated"),
                400, "InvalidArgument", "not valid JSON");
    }

    @Test
    void jsonOfTheWrongShapeIs400() throws Exception {
        ServerBadInputTest.assertApiError(send("POST", LISTS, "application/json", "[1,2]"),
                400, "InvalidArgument", "must be a JSON object");
        ServerBadInputTest.assertApiError(send("POST", LISTS, "application/json", "{\"Metadata\":[1]}"),
                400, "InvalidArgument", "wrong shape");
    }

    @Test
    void emptyListBodyIs400() throws Exception {
        ServerBadInputTest.assertApiError(send("POST", LISTS, "application/json", ""), 400, "InvalidArgument",
                "body is empty");
    }

    @Test
    void listBodyAsPlainTextIs415() throws Exception {
        ServerBadInputTest.assertApiError(send("POST", LISTS, "text/plain", "{\"Name\":\"x\"}"), 415,
                "UnsupportedMediaType", "send a JSON object");
    }

    @Test
    void unknownListIdIs404() throws Exception {
        ServerBadInputTest.assertApiError(send("GET", LISTS + "/424242", null, null), 404, "NotFound",
                "Term list 424242 does not exist");
        ServerBadInputTest.assertApiError(send("POST", LISTS + "/424242/terms/x?language=eng", null, ""), 404,
                "NotFound", "424242");
    }

    @Test
    void listIdThatIsNotANumberIs400() throws Exception {
        ServerBadInputTest.assertApiError(send("GET", LISTS + "/abc", null, null), 400, "InvalidArgument",
                "whole number");
    }

    @Test
    void missingLanguageIs400() throws Exception {
        int id = createList();
        ServerBadInputTest.assertApiError(send("POST", LISTS + "/" + id + "/RefreshIndex", null, ""), 400,
                "InvalidArgument", "'language' is required");
    }

    @Test
    void screenAgainstAnUnknownListIs404() throws Exception {
        ServerBadInputTest.assertApiError(fixture.postText(ServerFixture.SCREEN + "?listId=31337", "text/plain", "hi"),
                404, "NotFound", "31337");
    }

    private int createList() {
        try {
            return Json.mapper().readTree(send("POST", LISTS, "application/json", "{\"Name\":\"test\"}").body())
                    .get("Id").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(fixture, method, path, contentType, body);
    }

    static HttpResponse<String> send(ServerFixture fixture, String method, String path, String contentType, String body) {
        HttpRequest.Builder request = fixture.request(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return fixture.send(request.build());
    }
}
