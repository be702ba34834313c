package com.modbench.engine.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.api.ModeratorException;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.image.ocr.OcrTextScreening;
import com.modbench.engine.image.ocr.TextHighlight;
import com.modbench.model.KeyValuePair;
import com.modbench.model.image.Ocr;
import com.modbench.net.FetchPolicy;
import com.modbench.net.SafeImageFetcher;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole path through {@code Moderator}: a URL on 127.0.0.1 → guarded fetch → decode → models → text engine. */
class ImageByUrlAndScreeningTest {

    private static HttpServer server;
    private static String base;
    private static EmbeddedModerator moderator;

    @BeforeAll
    static void start() throws IOException {
        byte[] png = TestImages.encode(TestImages.renderText("this is crap", "Call 555-123-4567 today"), "png");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/post.png", exchange -> {
            exchange.sendResponseHeaders(200, png.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(png);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        SafeImageFetcher loopbackAllowed = new SafeImageFetcher(FetchPolicy.DEFAULT.withAllowPrivateAddresses(true));
        moderator = SharedImageModels.moderator(loopbackAllowed);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void readsAnImageByUrlAndScreensItsText() {
        Ocr ocr = moderator.image().ocr(ImageInput.url(base + "/post.png"), "eng", false, false);
        assertEquals("this is crap \r\nCall 555-123-4567 today \r\n", ocr.text());
        assertTrue(ocr.metadata().stream().anyMatch(kv -> kv.key().equals("ImageDownloadTimeInMs")));
        assertTrue(ocr.metadata().contains(new KeyValuePair("ImageFormat", "PNG")));

        OcrTextScreening.Result screened = OcrTextScreening.screen(moderator.text(), ocr.text(),
                OcrTextScreening.OPTIONS);
        List<TextHighlight> highlights = screened.highlights();
        TextHighlight term = highlights.stream().filter(h -> h.kind().equals("Term")).findFirst().orElseThrow();
        assertEquals("crap", ocr.text().substring(term.start(), term.end()));
        TextHighlight phone = highlights.stream().filter(h -> h.kind().equals("Phone")).findFirst().orElseThrow();
        assertTrue(ocr.text().substring(phone.start(), phone.end()).contains("555-123-4567"), phone.toString());
    }

    @Test
    void theStandardEngineRefusesTheSameLoopbackUrl() {
        try (EmbeddedModerator standard = SharedImageModels.moderator(new SafeImageFetcher(FetchPolicy.DEFAULT))) {
            ModeratorException e = assertThrows(ModeratorException.class,
                    () -> standard.image().evaluate(ImageInput.url(base + "/post.png"), false));
            assertTrue(e.getMessage().contains("a loopback address"), e.getMessage());
        }
    }

    @Test
    void screensLongOcrTextInChunksWithOffsetsIntoTheWholeText() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 1500) {
            text.append("nothing to see on this line \r\n");
        }
        int start = text.length();
        text.append("but this is crap \r\n");
        OcrTextScreening.Result screened = OcrTextScreening.screen(moderator.text(), text.toString(),
                OcrTextScreening.OPTIONS);
        assertEquals(2, screened.screens().size());
        TextHighlight term = screened.highlights().get(0);
        assertEquals(start + "but this is ".length(), term.start());
        assertEquals("crap", text.substring(term.start(), term.end()));
    }
}
