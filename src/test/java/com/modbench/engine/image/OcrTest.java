package com.modbench.engine.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.api.ModeratorException;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.model.image.Ocr;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OcrTest {

    private final ImageServices engine = SharedImageModels.engine(ImageFetcher.refusing());
    private final BufferedImage text = TestImages.renderText(TestImages.SAMPLE_TEXT);

    @Test
    void readsRenderedTextInEveryFormat() {
        Map<String, byte[]> encodings = new LinkedHashMap<>();
        for (String format : new String[] {"png", "gif", "bmp", "tiff"}) {
            encodings.put(format, TestImages.encode(text, format));
        }
        encodings.put("jpeg", TestImages.jpeg(text, 0.8f, false));
        encodings.put("progressive jpeg", TestImages.jpeg(text, 0.8f, true));
        encodings.put("webp", TestImages.resource("/images/text.webp"));
        encodings.put("cmyk jpeg", TestImages.resource("/images/text-cmyk.jpg"));
        encodings.forEach((format, bytes) -> {
            Ocr result = engine.moderation().ocr(ImageInput.bytes(bytes), "eng", false, false);
            assertEquals("MODBENCH SAMPLE TEXT \r\nCall 555-123-4567 today \r\n", result.text(), format);
            assertEquals("eng", result.language());
            assertEquals(2, result.candidates().size(), format);
            assertTrue(result.candidates().get(0).confidence() > 0.8, format + " " + result.candidates());
        });
    }

    @Test
    void readsNothingFromAPhotoWithoutText() {
        Ocr result = engine.moderation().ocr(ImageInput.bytes(TestImages.sample("coffee")), null, false, false);
        assertEquals("", result.text());
        assertTrue(result.candidates().isEmpty());
        assertEquals("eng", result.language());
    }

    @Test
    void usesAnotherLanguageOnceItsDataIsInstalled(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tessdata)
            throws Exception {
        // Stand-in for e.g. deu.traineddata from Debian's tesseract-ocr-deu: the English data under another name,
        // which shows the folder is searched and the language is loaded by its name.
        java.nio.file.Files.write(tessdata.resolve("tst.traineddata"),
                TestImages.resource("/tessdata/eng.traineddata"));
        try (com.modbench.engine.image.ocr.TesseractRecognizer recognizer =
                new com.modbench.engine.image.ocr.TesseractRecognizer(
                        new com.modbench.engine.image.ocr.TessdataLocator(tessdata), 50)) {
            com.modbench.engine.image.ocr.OcrPage page = recognizer.recognize(text, "tst");
            assertEquals("tst", page.language());
            assertEquals("MODBENCH SAMPLE TEXT \r\nCall 555-123-4567 today \r\n", page.serviceText());
            assertEquals("chi_sim", com.modbench.engine.image.ocr.TessdataLocator.tesseractName("chs"));
        }
    }

    @Test
    void explainsAMissingLanguage() {
        ModeratorException e = assertThrows(ModeratorException.class, () -> engine.moderation()
                .ocr(ImageInput.bytes(TestImages.encode(text, "png")), "kor", false, false));
        assertEquals(400, e.httpStatus());
        assertTrue(e.getMessage().contains("OCR language \"kor\" is not installed"), e.getMessage());
        assertThrows(ModeratorException.class, () -> engine.moderation()
                .ocr(ImageInput.bytes(TestImages.encode(text, "png")), "../../etc/passwd", false, false));
    }
}
