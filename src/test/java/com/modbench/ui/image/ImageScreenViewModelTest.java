package com.modbench.ui.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.image.SharedImageModels;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageScreenViewModelTest {

    private static EmbeddedModerator engine;
    private ImageScreenViewModel model;

    @BeforeAll
    static void loadEngine() {
        engine = SharedImageModels.moderator(ImageFetcher.refusing());
    }

    @BeforeEach
    void createModel() {
        model = new ImageScreenViewModel(() -> engine, TaskRunner.SYNCHRONOUS, ImageFetcher.refusing());
    }

    @Test
    void analysingASampleFillsEveryResultAndUnblursACleanImage() {
        ImageSamples.Sample sample = ImageSamples.all().get(0);
        model.analyse(sample.bytes(), sample.title());
        assertEquals("", model.errorProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertEquals(1, model.facesProperty().get().count());
        assertTrue(model.ocrTextProperty().get().contains("ONE SMALL STEP"), model.ocrTextProperty().get());
        assertFalse(model.flaggedBinding().get());
        assertFalse(model.blurredBinding().get());
        assertEquals(0.5, model.threshold("AdultThreshold"));
        assertTrue(model.matchSummaryProperty().get().startsWith("No match"));
    }

    @Test
    void highlightsTermsAndPiiInTheImagesText() {
        byte[] png = com.modbench.engine.image.TestImages.encode(
                com.modbench.engine.image.TestImages.renderText("this is crap", "Call 555-123-4567 today"), "png");
        model.analyse(png, "post.png");
        assertEquals("this is crap \r\nCall 555-123-4567 today \r\n", model.ocrTextProperty().get());
        assertEquals(java.util.List.of("Term", "Phone"),
                model.highlights().stream().map(h -> h.kind()).toList());
    }

    @Test
    void aTextFileNamedPngGetsAReadableError(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("cat.png");
        Files.writeString(file, "definitely not a cat", StandardCharsets.UTF_8);
        model.loadFile(file);
        assertTrue(model.errorProperty().get().contains("not an image in a supported format"),
                model.errorProperty().get());
        assertNull(model.evaluationProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aMissingFileOrUrlIsExplained(@TempDir Path folder) {
        model.loadFile(folder.resolve("gone.jpg"));
        assertTrue(model.errorProperty().get().startsWith("Could not read the file"), model.errorProperty().get());
        model.urlProperty().set("  ");
        model.loadUrl();
        assertEquals("Paste the address of an image first.", model.errorProperty().get());
        model.urlProperty().set("http://example.invalid/a.png");
        model.loadUrl();
        assertTrue(model.errorProperty().get().contains("Image URLs are not enabled here"), model.errorProperty().get());
    }
}
