package com.modbench.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.azure.cognitiveservices.vision.contentmoderator.ContentModeratorClient;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.ContentModeratorManager;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.ImageModerations;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.ListManagementImages;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.APIErrorException;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.AddImageFileInputOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.AddImageUrlInputOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.AzureRegionBaseUrl;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.BodyModel;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.BodyModelModel;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.Evaluate;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.EvaluateFileInputOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.FindFacesFileInputOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.FindFacesOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.FoundFaces;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.Image;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.ImageList;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.MatchFileInputOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.MatchResponse;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.MatchUrlInputOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.OCR;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.OCRFileInputOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.RefreshIndex;
import com.modbench.api.ImageInput;
import com.modbench.api.ImageModeration;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.image.SharedImageModels;
import com.modbench.engine.image.TestImages;
import com.modbench.net.FetchPolicy;
import com.modbench.net.SafeImageFetcher;
import com.modbench.server.ApiKeys;
import com.modbench.server.ModbenchServer;
import com.modbench.server.ServerOptions;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK's image operations (3–26) against the server on 127.0.0.1: file input, URL input fetched
 * from a tiny local image server (so this server allows private URLs), and image lists, asserting the results; and
 * a second server with the SSRF guard on, as {@code serve} runs by default.
 */
class JavaSdkImageCompatibilityTest {

    private static final String KEY = "sdk-image-key";
    private static final byte[] ASTRONAUT = TestImages.sample("astronaut");
    private static final byte[] TEXT_PNG = TestImages.encode(TestImages.renderText(TestImages.SAMPLE_TEXT), "png");

    static EmbeddedModerator engine;
    static EmbeddedModerator guardedEngine;
    static ModbenchServer server;
    static ModbenchServer guardedServer;
    static HttpServer images;
    static ContentModeratorClient sdk;
    static ContentModeratorClient guardedSdk;

    @BeforeAll
    static void start() throws IOException {
        engine = SharedImageModels.moderator(new SafeImageFetcher(FetchPolicy.DEFAULT.withAllowPrivateAddresses(true)));
        guardedEngine = SharedImageModels.moderator(new SafeImageFetcher(FetchPolicy.DEFAULT));
        server = start(engine);
        guardedServer = start(guardedEngine);
        sdk = client(server);
        guardedSdk = client(guardedServer);
        images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, byte[]> files = Map.of("/astronaut.jpg", ASTRONAUT, "/text.png", TEXT_PNG);
        images.createContext("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        images.start();
    }

    @AfterAll
    static void stop() {
        images.stop(0);
        server.close();
        guardedServer.close();
        engine.close();
        guardedEngine.close();
    }

    private static ModbenchServer start(EmbeddedModerator moderator) {
        return ModbenchServer.start(moderator, ServerOptions.defaults(ApiKeys.of(KEY)).withPort(0)
                .withAccessLog(line -> { }));
    }

    private static ContentModeratorClient client(ModbenchServer target) {
        return ContentModeratorManager.authenticate("http://{baseUrl}/", KEY)
                .withBaseUrl(AzureRegionBaseUrl.fromString("127.0.0.1:" + target.port()));
    }

    private static BodyModelModel url(String path) {
        return new BodyModelModel().withDataRepresentation("URL")
                .withValue("http://127.0.0.1:" + images.getAddress().getPort() + path);
    }

    @Test
    void evaluateFindFacesAndOcrFromFiles() {
        ImageModerations moderation = sdk.imageModerations();
        Evaluate evaluate = moderation.evaluateFileInput(ASTRONAUT,
                new EvaluateFileInputOptionalParameter().withCacheImage(true));
        com.modbench.model.image.Evaluate expected = engine.image().evaluate(ImageInput.bytes(ASTRONAUT), false);
        assertEquals(expected.adultClassificationScore(), evaluate.adultClassificationScore(), 1e-9);
        assertEquals(expected.racyClassificationScore(), evaluate.racyClassificationScore(), 1e-9);
        assertEquals(expected.result(), evaluate.result());
        assertEquals(3000, evaluate.status().code());
        assertNotNull(evaluate.cacheID(), "the SDK reads Evaluate's CacheID");

        FoundFaces cached = moderation.findFaces(new FindFacesOptionalParameter());
        assertEquals(1, cached.count(), "the bare variant works on the image cached just before");
        FoundFaces faces = moderation.findFacesFileInput(ASTRONAUT,
                new FindFacesFileInputOptionalParameter().withCacheImage(true));
        assertEquals(1, faces.count());
        assertTrue(faces.faces().get(0).right() > faces.faces().get(0).left());
        assertNotNull(faces.cacheId(), "the SDK reads FoundFaces' CacheId");

        OCR ocr = moderation.oCRFileInput("eng", TEXT_PNG, new OCRFileInputOptionalParameter().withEnhanced(false));
        assertEquals("MODBENCH SAMPLE TEXT \r\nCall 555-123-4567 today \r\n", ocr.text());
        assertEquals("eng", ocr.language());
        assertEquals(2, ocr.candidates().size());
    }

    @Test
    void urlInputIsFetchedFromALocalServerWhenPrivateUrlsAreAllowed() {
        ImageModerations moderation = sdk.imageModerations();
        Evaluate evaluate = moderation.evaluateUrlInput("application/json", url("/astronaut.jpg"), null);
        assertEquals(engine.image().evaluate(ImageInput.bytes(ASTRONAUT), false).adultClassificationScore(),
                evaluate.adultClassificationScore(), 1e-9);
        assertEquals(1, moderation.findFacesUrlInput("application/json", url("/astronaut.jpg"), null).count());
        assertEquals("MODBENCH SAMPLE TEXT \r\nCall 555-123-4567 today \r\n",
                moderation.oCRUrlInput("eng", "application/json", url("/text.png"), null).text());
        assertFalse(moderation.matchUrlInput("application/json", url("/text.png"),
                new MatchUrlInputOptionalParameter().withCacheImage(true)).isMatch());
        assertError(400, "InvalidArgument", () -> moderation.evaluateUrlInput("application/json", url("/missing.png"),
                null));
    }

    @Test
    void everyImageListOperation() {
        ImageList created = sdk.listManagementImageLists().create("application/json",
                new BodyModel().withName("SDK images").withDescription("made by the SDK"));
        String id = created.id().toString();
        assertEquals("SDK images", created.name());
        assertEquals("made by the SDK", sdk.listManagementImageLists().getDetails(id).description());
        assertEquals("SDK images v2", sdk.listManagementImageLists().update(id, "application/json",
                new BodyModel().withName("SDK images v2")).name());
        assertTrue(sdk.listManagementImageLists().getAllImageLists().stream()
                .anyMatch(l -> l.id().equals(created.id())));

        ListManagementImages listImages = sdk.listManagementImages();
        Image astronaut = listImages.addImageFileInput(id, ASTRONAUT,
                new AddImageFileInputOptionalParameter().withTag(101).withLabel("astronaut"));
        int astronautId = Integer.parseInt(astronaut.contentId());
        assertEquals(3000, astronaut.status().code());
        Image text = listImages.addImageUrlInput(id, "application/json", url("/text.png"),
                new AddImageUrlInputOptionalParameter().withLabel("text"));
        assertEquals(List.of(astronautId, Integer.parseInt(text.contentId())),
                listImages.getAllImageIds(id).contentIds().stream().sorted().toList());

        RefreshIndex refreshed = sdk.listManagementImageLists().refreshIndexMethod(id);
        assertTrue(refreshed.isUpdateSuccess());
        assertEquals(id, refreshed.contentSourceId());
        MatchResponse match = sdk.imageModerations().matchFileInput(ASTRONAUT,
                new MatchFileInputOptionalParameter().withListId(id));
        assertTrue(match.isMatch());
        assertEquals(astronautId, match.matches().get(0).matchId());
        assertEquals(id, match.matches().get(0).source());
        assertEquals(List.of(101), match.matches().get(0).tags());
        assertEquals("astronaut", match.matches().get(0).label());

        assertEquals("", listImages.deleteImage(id, Integer.toString(astronautId)));
        assertEquals(1, listImages.getAllImageIds(id).contentIds().size());
        assertEquals("", listImages.deleteAllImages(id));
        assertEquals(List.of(), listImages.getAllImageIds(id).contentIds());
        assertEquals("", sdk.listManagementImageLists().delete(id));
        assertError(404, "NotFound", () -> sdk.listManagementImageLists().delete(id));
    }

    @Test
    void badInputArrivesAsApiErrorWithTheRightStatus() {
        ImageModerations moderation = sdk.imageModerations();
        byte[] small = TestImages.encode(TestImages.solid(127, 127, Color.GRAY), "png");
        assertError(400, "InvalidArgument", () -> moderation.evaluateFileInput(small, null));
        byte[] huge = Arrays.copyOf(ASTRONAUT, ImageModeration.MAX_BYTES + 1);
        assertError(413, "TooLarge", () -> moderation.findFacesFileInput(huge, null));
        assertError(415, "UnsupportedMediaType", () -> moderation.evaluateFileInput("hello".getBytes(), null));
        assertError(404, "NotFound", () -> sdk.listManagementImages().addImageFileInput("999999", ASTRONAUT, null));
        assertError(404, "NotFound", () -> moderation.matchFileInput(ASTRONAUT,
                new MatchFileInputOptionalParameter().withListId("999999")));
        assertError(400, "InvalidArgument", () -> guardedSdk.imageModerations().evaluateUrlInput("application/json",
                url("/astronaut.jpg"), null));
    }

    private static void assertError(int status, String code, org.junit.jupiter.api.function.Executable call) {
        APIErrorException e = assertThrows(APIErrorException.class, call);
        assertEquals(status, e.response().code(), e.getMessage());
        assertNotNull(e.body().error(), e.getMessage());
        assertEquals(code, e.body().error().code());
        assertFalse(e.body().error().message().isBlank());
    }
}
