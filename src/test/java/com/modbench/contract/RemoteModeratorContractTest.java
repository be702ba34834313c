package com.modbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.modbench.api.ImageInput;
import com.modbench.api.Moderator;
import com.modbench.api.ScreenOptions;
import com.modbench.client.RemoteEndpoint;
import com.modbench.client.RemoteModerator;
import com.modbench.engine.image.TestImages;
import com.modbench.model.image.Evaluate;
import com.modbench.model.text.Screen;
import com.modbench.server.ApiKeys;
import com.modbench.server.ModbenchServer;
import com.modbench.server.ServerOptions;
import com.modbench.testing.SqliteEngine;
import com.modbench.testing.TestEngines;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract through the wire: {@code RemoteModerator} → HTTP on 127.0.0.1 → server → engine over SQLite. */
class RemoteModeratorContractTest extends ModeratorContract {

    private static final String KEY = "contract-key";

    @RegisterExtension
    static final SqliteEngine engine = SqliteEngine.open();
    static ModbenchServer server;
    static RemoteModerator remote;

    @BeforeAll
    static void start() {
        server = ModbenchServer.start(engine.moderator(),
                ServerOptions.defaults(ApiKeys.of(KEY)).withPort(0).withAccessLog(line -> { }));
        remote = new RemoteModerator(RemoteEndpoint.of(server.url(), KEY));
    }

    @AfterAll
    static void stop() {
        remote.close();
        server.close();
    }

    @Override
    public Moderator moderator() {
        return remote;
    }

    @Test
    void screensAreTheSameAsTheEmbeddedEngineApartFromTrackingId() {
        Moderator local = TestEngines.shared();
        List<String> texts = List.of(SAMPLE, "You are a stupid idiot, call me at (425) 555-0100.",
                "Perfectly pleasant text with nothing to see.", "fr33 v1agra!!! cl1ck h3re", "Ça va? Très bien, merci.",
                "SSN 123-45-6789 and mail to someone@example.org");
        for (String text : texts) {
            for (ScreenOptions options : List.of(ScreenOptions.DEFAULT, ScreenOptions.all(),
                    ScreenOptions.all().withLanguage("eng"))) {
                assertEquals(withoutTrackingId(local.text().screen(text, options)),
                        withoutTrackingId(remote.text().screen(text, options)), text + " " + options);
            }
            assertEquals(local.text().detectLanguage(text).detectedLanguage(),
                    remote.text().detectLanguage(text).detectedLanguage());
        }
    }

    @Test
    void imageResultsAreTheSameAsTheEmbeddedEngineApartFromIds() {
        Moderator local = engine.moderator();
        for (byte[] image : List.of(ASTRONAUT, COFFEE, TestImages.jpeg(TestImages.renderText("NO ENTRY"), 0.9f, false))) {
            Evaluate expected = local.image().evaluate(ImageInput.bytes(image), false);
            Evaluate actual = remote.image().evaluate(ImageInput.bytes(image), false);
            assertEquals(expected.adultClassificationScore(), actual.adultClassificationScore(), 1e-9);
            assertEquals(expected.racyClassificationScore(), actual.racyClassificationScore(), 1e-9);
            assertEquals(expected.result(), actual.result());
            assertEquals(local.image().findFaces(ImageInput.bytes(image), false).faces(),
                    remote.image().findFaces(ImageInput.bytes(image), false).faces());
            assertEquals(local.image().ocr(ImageInput.bytes(image), "eng", false, false).text(),
                    remote.image().ocr(ImageInput.bytes(image), "eng", false, false).text());
        }
    }

    private static Screen withoutTrackingId(Screen s) {
        return new Screen(s.originalText(), s.normalizedText(), s.autoCorrectedText(), s.misrepresentation(),
                s.classification(), s.status(), s.pii(), s.language(), s.terms(), null);
    }
}
