package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.api.ImageModeration;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.image.SharedImageModels;
import com.modbench.engine.image.TestImages;
import com.modbench.model.Json;
import com.modbench.net.FetchPolicy;
import com.modbench.net.SafeImageFetcher;
import java.awt.Color;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Operations 3–26 over real HTTP: the three variants on one path told apart by Content-Type and body, the exact
 * success codes and bodies, the casing quirks, and 4xx APIError bodies for bad input. Image URLs go through the
 * SSRF guard with private addresses refused, as {@code serve} does by default.
 */
class ServerImageRoutesTest {

    static final String IMAGE = "/contentmoderator/moderate/v1.0/ProcessImage/";
    static final String LISTS = "/contentmoderator/lists/v1.0/imagelists";

    static final EmbeddedModerator engine = SharedImageModels.moderator(new SafeImageFetcher(FetchPolicy.DEFAULT));
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.start(engine);

    static final byte[] ASTRONAUT = TestImages.sample("astronaut");
    static final byte[] TEXT_PNG = TestImages.encode(TestImages.renderText(TestImages.SAMPLE_TEXT), "png");

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void bytesLabelledGifAreSniffedAndCachedAndTheBareVariantUsesTheCache() {
        JsonNode evaluate = ok(postImage(IMAGE + "Evaluate?cacheimage=true", ASTRONAUT));
        assertTrue(evaluate.has("CacheID"), "Evaluate spells it CacheID: " + evaluate);
        assertFalse(evaluate.has("CacheId"));
        assertTrue(evaluate.get("AdultClassificationScore").isNumber());
        assertEquals(3000, evaluate.at("/Status/Code").asInt());

        JsonNode faces = ok(postBare(IMAGE + "FindFaces"));
        assertEquals(1, faces.get("Count").asInt(), "the cached astronaut has one face: " + faces);
        assertTrue(faces.at("/Faces/0/Left").isInt());
        assertFalse(faces.has("CacheID"));

        JsonNode match = ok(postBare(IMAGE + "Match?CacheImage=true"));
        assertTrue(match.has("CacheID"), "Match spells it CacheID: " + match);
        assertFalse(match.get("IsMatch").asBoolean());

        JsonNode named = ok(postBare(IMAGE + "Evaluate?CacheId=" + evaluate.get("CacheID").asText()));
        assertEquals(evaluate.get("AdultClassificationScore").asDouble(),
                named.get("AdultClassificationScore").asDouble(), 1e-9);
    }

    @Test
    void aCachedImageBelongsToTheKeyThatCachedIt() {
        JsonNode evaluate = ok(postImage(IMAGE + "Evaluate?CacheImage=true", ASTRONAUT));
        String cacheId = evaluate.get("CacheID").asText();

        assertError(postBare(IMAGE + "Evaluate", ServerFixture.OTHER_KEY), 400, "EmptyContent",
                "this key has none cached");
        assertError(postBare(IMAGE + "OCR?language=eng&CacheId=" + cacheId, ServerFixture.OTHER_KEY), 404,
                "NotFound", cacheId);
        assertError(postBare(IMAGE + "Match?CacheId=" + cacheId, ServerFixture.OTHER_KEY), 404, "NotFound", cacheId);
        JsonNode own = ok(postBare(IMAGE + "Evaluate?CacheId=" + cacheId, ServerFixture.KEY));
        assertEquals(evaluate.get("AdultClassificationScore").asDouble(),
                own.get("AdultClassificationScore").asDouble(), 1e-9);
    }

    @Test
    void ocrNeedsALanguageAndSpellsCacheIdWithLowerCaseD() {
        JsonNode ocr = ok(postImage(IMAGE + "OCR?LANGUAGE=eng&CacheImage=true&enhanced=false", TEXT_PNG));
        assertEquals("MODBENCH SAMPLE TEXT \r\nCall 555-123-4567 today \r\n", ocr.get("Text").asText());
        assertEquals("eng", ocr.get("Language").asText());
        assertTrue(ocr.has("CacheId"), "OCR spells it CacheId: " + ocr);
        assertFalse(ocr.has("CacheID"));

        assertError(postImage(IMAGE + "OCR", TEXT_PNG), 400, "InvalidArgument", "language");
        assertError(postImage(IMAGE + "OCR?language=eng&enhanced=maybe", TEXT_PNG), 400, "InvalidArgument", "enhanced");
    }

    @Test
    void everyImageListOperationWithItsSuccessCodeAndBody() {
        JsonNode list = ok(postJson(LISTS, "{\"Name\":\"Banned\",\"Description\":\"d\",\"Metadata\":{\"k\":\"v\"}}"));
        int id = list.get("Id").asInt();
        assertTrue(list.get("Id").isInt());
        assertEquals("v", list.at("/Metadata/k").asText());
        String path = LISTS + "/" + id;

        assertEquals("Banned v2", ok(fixture.send(fixture.request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"Name\":\"Banned v2\"}")).build())).get("Name").asText());
        assertEquals("Banned v2", ok(get(path)).get("Name").asText());
        assertTrue(ok(get(LISTS)).isArray());

        JsonNode added = ok(postImage(path + "/images?TAG=101&label=astro", ASTRONAUT));
        assertTrue(added.get("ContentId").isTextual(), "Image.ContentId is a string: " + added);
        int imageId = Integer.parseInt(added.get("ContentId").asText());
        assertEquals(Integer.toString(id), added.at("/AdditionalInfo/0/Value").asText());
        JsonNode ids = ok(get(path + "/images"));
        assertTrue(ids.at("/ContentIds/0").isInt(), "ImageIds.ContentIds are integers: " + ids);
        assertEquals(imageId, ids.at("/ContentIds/0").asInt());

        JsonNode refreshed = ok(postBare(path + "/RefreshIndex"));
        assertTrue(refreshed.get("IsUpdateSuccess").asBoolean());
        assertEquals(Integer.toString(id), refreshed.get("ContentSourceId").asText());
        JsonNode match = ok(postImage(IMAGE + "Match?listid=" + id, ASTRONAUT));
        assertTrue(match.get("IsMatch").asBoolean(), match.toString());
        assertEquals(imageId, match.at("/Matches/0/MatchId").asInt());
        assertEquals(101, match.at("/Matches/0/Tags/0").asInt());
        assertEquals("astro", match.at("/Matches/0/Label").asText());

        assertEmptyString(delete(path + "/images/" + imageId));
        assertError(delete(path + "/images/" + imageId), 404, "NotFound", Integer.toString(imageId));
        ok(postImage(path + "/images", TEXT_PNG));
        assertEmptyString(delete(path + "/images"));
        assertEquals(0, ok(get(path + "/images")).get("ContentIds").size());
        assertEmptyString(delete(path));
        assertError(get(path), 404, "NotFound", Integer.toString(id));
    }

    @Test
    void badImagesAreClientErrorsWithAnApiErrorBody() {
        byte[] small = TestImages.encode(TestImages.solid(127, 300, Color.GRAY), "png");
        assertError(postImage(IMAGE + "Evaluate", small), 400, "InvalidArgument", "127");
        byte[] huge = Arrays.copyOf(ASTRONAUT, ImageModeration.MAX_BYTES + 1);
        assertError(postImage(IMAGE + "Evaluate", huge), 413, "TooLarge", "4 MB");
        assertError(postImage(IMAGE + "FindFaces", new byte[ImageBodies.IMAGE_LIMIT_BYTES + 1]), 413, "TooLarge",
                "bytes");
        assertError(fixture.postText(IMAGE + "Evaluate", "text/plain", "this is not an image"), 415,
                "UnsupportedMediaType", "not an image");
        assertError(postImage(LISTS + "/987654/images", ASTRONAUT), 404, "NotFound", "987654");
        assertError(postImage(IMAGE + "Match?listId=987654", ASTRONAUT), 404, "NotFound", "987654");
        assertError(postImage(IMAGE + "Match?listId=abc", ASTRONAUT), 400, "InvalidArgument", "listId");
        assertError(postImage(LISTS + "/x/images", ASTRONAUT), 400, "InvalidArgument", "'x'");
    }

    @Test
    void urlBodiesGoThroughTheSsrfGuard() {
        assertError(postJson(IMAGE + "Evaluate", "{\"DataRepresentation\":\"URL\",\"Value\":\"http://127.0.0.1:"
                + fixture.server.port() + "/x.png\"}"), 400, "InvalidArgument", "loopback");
        assertError(postJson(IMAGE + "Evaluate", "{\"DataRepresentation\":\"URL\",\"Value\":\"http://10.1.2.3/a.png\"}"),
                400, "InvalidArgument", "private-network");
        assertError(postJson(IMAGE + "Evaluate", "{\"DataRepresentation\":\"URL\",\"Value\":\"file:///etc/passwd\"}"),
                400, "InvalidArgument", "not an http or https URL");
        assertError(postJson(IMAGE + "Evaluate", "{\"DataRepresentation\":\"Inline\",\"Value\":\"x\"}"), 400,
                "InvalidArgument", "DataRepresentation");
        assertError(postJson(IMAGE + "Evaluate", "{\"DataRepresentation\":\"URL\"}"), 400, "EmptyContent", "URL");
        assertError(postJson(IMAGE + "Evaluate", "{\"Value\":"), 400, "InvalidArgument", "JSON");
    }

    private static HttpResponse<String> postImage(String path, byte[] bytes) {
        return fixture.send(fixture.request(path).header("Content-Type", "image/gif")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    /** A bare variant as the SDKs send it: a JSON content type and no body. */
    private static HttpResponse<String> postBare(String path) {
        return postBare(path, ServerFixture.KEY);
    }

    private static HttpResponse<String> postBare(String path, String key) {
        return fixture.send(fixture.request(path).setHeader("Ocp-Apim-Subscription-Key", key)
                .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private static HttpResponse<String> postJson(String path, String json) {
        return fixture.postText(path, "application/json", json);
    }

    private static HttpResponse<String> get(String path) {
        return fixture.send(fixture.request(path).GET().build());
    }

    private static HttpResponse<String> delete(String path) {
        return fixture.send(fixture.request(path).DELETE().build());
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try {
            return Json.mapper().readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static void assertEmptyString(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("\"\"", response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String messagePart) {
        try {
            ServerBadInputTest.assertApiError(response, status, code, messagePart);
        } catch (Exception e) {
            throw new AssertionError("not an APIError body: " + response.body(), e);
        }
    }
}
