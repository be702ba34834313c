package com.modbench.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.azure.cognitiveservices.vision.contentmoderator.ContentModeratorClient;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.ContentModeratorManager;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.APIErrorException;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.AzureRegionBaseUrl;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.BodyMetadata;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.BodyModel;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.DetectedTerms;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.GetAllTermsOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.RefreshIndex;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.Screen;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.ScreenTextOptionalParameter;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.TermList;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.Terms;
import com.microsoft.azure.cognitiveservices.vision.contentmoderator.models.TermsInList;
import com.modbench.api.ScreenOptions;
import com.modbench.server.ApiKeys;
import com.modbench.server.ModbenchServer;
import com.modbench.server.ServerOptions;
import com.modbench.testing.SqliteEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The official Java SDK ({@code azure-cognitiveservices-contentmoderator 1.0.2-beta}) against the server on
 * 127.0.0.1: every text and term-list operation, asserting what comes back, not only that nothing failed. The SDK
 * runs here on our OkHttp 4 and Jackson 2.22 (docs/decisions/0021).
 */
class JavaSdkCompatibilityTest {

    private static final String KEY = "sdk-test-key";
    private static final String SAMPLE = "Is this a crap email abcdef@abcd.com, phone: 6657789887, IP: 255.255.255.255";

    @RegisterExtension
    static final SqliteEngine engine = SqliteEngine.open();
    static ModbenchServer server;
    static ContentModeratorClient sdk;

    @BeforeAll
    static void start() {
        server = ModbenchServer.start(engine.moderator(), ServerOptions.defaults(ApiKeys.of(KEY)).withPort(0)
                .withAccessLog(line -> { }));
        sdk = client(KEY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ContentModeratorClient client(String key) {
        return ContentModeratorManager.authenticate("http://{baseUrl}/", key)
                .withBaseUrl(AzureRegionBaseUrl.fromString("127.0.0.1:" + server.port()));
    }

    @Test
    void screenTextWithEveryOptionMatchesTheEngine() {
        Screen screen = sdk.textModerations().screenText("text/plain", bytes(SAMPLE),
                new ScreenTextOptionalParameter().withLanguage("eng").withAutocorrect(true).withPII(true)
                        .withClassify(true));
        com.modbench.model.text.Screen expected = engine.moderator().text().screen(SAMPLE, ScreenOptions.all().withLanguage("eng"));

        assertEquals(SAMPLE, screen.originalText());
        assertEquals(expected.normalizedText(), screen.normalizedText());
        assertEquals(expected.autoCorrectedText(), screen.autoCorrectedText());
        assertEquals("eng", screen.language());
        assertEquals(3000, screen.status().code());
        DetectedTerms term = screen.terms().get(0);
        assertEquals("crap", term.term());
        assertEquals(10, term.originalIndex());
        assertEquals(0, term.listId());
        assertEquals("abcdef@abcd.com", screen.pII().email().get(0).text());
        assertEquals(21, screen.pII().email().get(0).index());
        assertEquals("255.255.255.255", screen.pII().iPA().get(0).text());
        assertEquals(expected.pii().phone().size(), screen.pII().phone().size());
        assertEquals(expected.classification().category3().score(), screen.classification().category3().score());
        assertEquals(expected.classification().reviewRecommended(), screen.classification().reviewRecommended());
        assertFalse(screen.trackingId().isBlank());
    }

    @Test
    void screenTextWithNoOptionsLeavesOptionalPartsOut() {
        Screen screen = sdk.textModerations().screenText("text/plain", bytes(SAMPLE), null);

        assertEquals("crap", screen.terms().get(0).term());
        assertNull(screen.pII());
        assertNull(screen.classification());
        assertNull(screen.autoCorrectedText());
    }

    @Test
    void screenTextAcceptsTheOtherTextContentTypes() {
        for (String type : List.of("text/html", "text/xml", "text/markdown")) {
            assertEquals("<p>crap</p>", sdk.textModerations().screenText(type, bytes("<p>crap</p>"), null)
                    .originalText());
        }
    }

    @Test
    void detectLanguage() {
        assertEquals("eng", sdk.textModerations().detectLanguage("text/plain",
                bytes("The weather is lovely today and we are going for a walk in the park.")).detectedLanguage());
    }

    @Test
    void everyTermListOperation() {
        TermList created = sdk.listManagementTermLists().create("application/json", new BodyModel()
                .withName("SDK list").withDescription("made by the SDK")
                .withMetadata(new BodyMetadata().withKeyOne("racy").withKeyTwo("source A")));
        String id = created.id().toString();
        assertEquals("SDK list", created.name());
        assertEquals("racy", created.metadata().keyOne());
        assertEquals("source A", created.metadata().keyTwo());

        assertEquals("made by the SDK", sdk.listManagementTermLists().getDetails(id).description());
        TermList updated = sdk.listManagementTermLists().update(id, "application/json",
                new BodyModel().withName("SDK list v2"));
        assertEquals("SDK list v2", updated.name());
        assertEquals("made by the SDK", updated.description());
        assertTrue(sdk.listManagementTermLists().getAllTermLists().stream().anyMatch(l -> l.id().equals(created.id())));

        assertNull(sdk.listManagementTerms().addTerm(id, "flibbertigibbet", "eng"));
        sdk.listManagementTerms().addTerm(id, "bad word", "eng");
        sdk.listManagementTerms().addTerm(id, "third", "eng");
        Terms page = sdk.listManagementTerms().getAllTerms(id, "eng",
                new GetAllTermsOptionalParameter().withOffset(1).withLimit(1));
        assertEquals("bad word", page.data().terms().get(0).term());
        assertEquals("eng", page.data().language());
        assertEquals(3000, page.data().status().code());
        assertEquals(3, page.paging().total());
        assertEquals(1, page.paging().returned());
        assertEquals(1, page.paging().offset());

        RefreshIndex refreshed = sdk.listManagementTermLists().refreshIndexMethod(id, "eng");
        assertTrue(refreshed.isUpdateSuccess());
        assertEquals(id, refreshed.contentSourceId());
        assertEquals("RefreshIndex successfully completed.", refreshed.status().description());
        Screen withList = sdk.textModerations().screenText("text/plain", bytes("such a flibbertigibbet"),
                new ScreenTextOptionalParameter().withLanguage("eng").withListId(id));
        assertEquals(created.id(), withList.terms().get(0).listId());
        assertEquals("flibbertigibbet", withList.terms().get(0).term());

        sdk.listManagementTerms().deleteTerm(id, "bad word", "eng");
        assertEquals(List.of("flibbertigibbet", "third"), sdk.listManagementTerms().getAllTerms(id, "eng", null)
                .data().terms().stream().map(TermsInList::term).toList());
        sdk.listManagementTerms().deleteAllTerms(id, "eng");
        assertEquals(0, sdk.listManagementTerms().getAllTerms(id, "eng", null).paging().total());

        assertEquals("", sdk.listManagementTermLists().delete(id));
        assertNull(sdk.listManagementTermLists().getDetails(id), "the Azure runtime turns a GET answered 404 into null");
        assertError(404, "NotFound", () -> sdk.listManagementTermLists().delete(id));
    }

    @Test
    void serviceErrorsArriveAsApiErrorWithCodeAndMessage() {
        assertError(400, "EmptyContent", () -> sdk.textModerations().screenText("text/plain", new byte[0], null));
        assertError(400, "TextTooLong",
                () -> sdk.textModerations().detectLanguage("text/plain", bytes("x".repeat(1025))));
        assertError(404, "NotFound", () -> sdk.listManagementTerms().addTerm("999999", "word", "eng"));
    }

    @Test
    void aWrongKeyIsTheGatewaysLowercase401() {
        APIErrorException e = assertThrows(APIErrorException.class, () -> client("wrong-key").textModerations()
                .detectLanguage("text/plain", bytes("hello")));

        assertEquals(401, e.response().code());
        assertNull(e.body().error(), "the SDK fills error() only from the PascalCase body, as with the service");
        assertTrue(e.getMessage().contains("Access denied due to invalid subscription key"), e.getMessage());
    }

    private static void assertError(int status, String code, org.junit.jupiter.api.function.Executable call) {
        APIErrorException e = assertThrows(APIErrorException.class, call);
        assertEquals(status, e.response().code());
        assertNotNull(e.body().error(), e.getMessage());
        assertEquals(code, e.body().error().code());
        assertFalse(e.body().error().message().isBlank());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
