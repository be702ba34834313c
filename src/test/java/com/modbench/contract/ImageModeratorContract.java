package com.modbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.Moderator;
import com.modbench.api.ModeratorException;
import com.modbench.engine.image.TestImages;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.image.Ocr;
import com.modbench.model.lists.Image;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The image half of the contract (operations 3–26), on images generated or committed for the image engine's tests;
 * {@link ModeratorContract} runs it for the embedded engine and through the server.
 */
interface ImageModeratorContract {

    byte[] ASTRONAUT = TestImages.sample("astronaut");
    byte[] COFFEE = TestImages.sample("coffee");

    Moderator moderator();

    @AfterEach
    default void deleteAllImageLists() {
        for (ImageList list : moderator().imageLists().list()) {
            moderator().imageLists().delete(list.id());
        }
    }

    @Test
    default void evaluateFindFacesAndOcrOnImageBytes() {
        ImageModeration images = moderator().image();
        Evaluate evaluate = images.evaluate(ImageInput.bytes(ASTRONAUT), true);
        assertEquals(3000, evaluate.status().code());
        assertTrue(evaluate.adultClassificationScore() >= 0 && evaluate.adultClassificationScore() <= 1);
        assertNotNull(evaluate.cacheId());

        FoundFaces faces = images.findFaces(ImageInput.cached(evaluate.cacheId()), false);
        assertEquals(1, faces.count());
        assertTrue(faces.result());

        byte[] text = TestImages.encode(TestImages.renderText(TestImages.SAMPLE_TEXT), "png");
        Ocr ocr = images.ocr(ImageInput.bytes(text), "eng", false, false);
        assertEquals("MODBENCH SAMPLE TEXT \r\nCall 555-123-4567 today \r\n", ocr.text());
        assertEquals(2, ocr.candidates().size());
    }

    @Test
    default void imageListLifecycleAndMatch() {
        ImageLists lists = moderator().imageLists();
        ImageList list = lists.create(new ListBody("Banned", "images we refuse", Map.of("source", "contract")));
        assertEquals("contract", list.metadata().get("source"));
        assertEquals("Banned v2", lists.update(list.id(), new ListBody("Banned v2", null, null)).name());
        assertEquals("Banned v2", lists.get(list.id()).name());
        assertTrue(lists.list().stream().anyMatch(l -> l.id() == list.id()));

        Image astronaut = lists.addImage(list.id(), ImageInput.bytes(ASTRONAUT), 101, "astronaut");
        int astronautId = Integer.parseInt(astronaut.contentId());
        lists.addImage(list.id(), ImageInput.bytes(COFFEE), null, null);
        assertEquals(2, lists.getAllImageIds(list.id()).contentIds().size());
        assertTrue(lists.refreshIndex(list.id()).isUpdateSuccess());

        MatchResponse match = moderator().image().match(ImageInput.bytes(ASTRONAUT), list.id(), false);
        assertTrue(match.isMatch());
        assertEquals(astronautId, match.matches().get(0).matchId());
        assertEquals(List.of(101), match.matches().get(0).tags());
        assertEquals("astronaut", match.matches().get(0).label());

        lists.deleteImage(list.id(), astronautId);
        assertEquals(1, lists.getAllImageIds(list.id()).contentIds().size());
        lists.deleteAllImages(list.id());
        assertEquals(List.of(), lists.getAllImageIds(list.id()).contentIds());
        lists.delete(list.id());
        assertImageError(404, "NotFound", () -> lists.get(list.id()));
    }

    @Test
    default void badImagesAndUnknownListsAreTheCallersMistake() {
        byte[] small = TestImages.encode(TestImages.solid(127, 200, Color.WHITE), "png");
        assertImageError(400, "InvalidArgument", () -> moderator().image().evaluate(ImageInput.bytes(small), false));
        assertImageError(415, "UnsupportedMediaType",
                () -> moderator().image().findFaces(ImageInput.bytes("plain text".getBytes()), false));
        assertImageError(404, "NotFound", () -> moderator().imageLists().addImage(424242,
                ImageInput.bytes(ASTRONAUT), null, null));
        assertImageError(400, "InvalidArgument",
                () -> moderator().image().evaluate(ImageInput.url("http://192.168.1.1/a.png"), false));
    }

    private static void assertImageError(int status, String code, org.junit.jupiter.api.function.Executable call) {
        ModeratorException e = assertThrows(ModeratorException.class, call);
        assertEquals(status, e.httpStatus(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
