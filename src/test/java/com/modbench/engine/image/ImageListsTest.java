package com.modbench.engine.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.ModeratorException;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.lists.Image;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImageListsTest {

    private final ImageServices engine = SharedImageModels.engine(ImageFetcher.refusing());
    private final ImageLists lists = engine.lists();
    private final ImageModeration images = engine.moderation();
    private final BufferedImage astronaut = TestImages.read(TestImages.sample("astronaut"));
    private final BufferedImage coffee = TestImages.read(TestImages.sample("coffee"));
    private ImageList list;
    private int astronautId;

    @BeforeEach
    void listWithTheAstronautAndACat() {
        list = lists.create(new ListBody("Known images", "test list", Map.of("Purpose", "tests")));
        Image added = lists.addImage(list.id(), ImageInput.bytes(TestImages.sample("astronaut")), 101, "astronaut");
        astronautId = Integer.parseInt(added.contentId());
        assertEquals(List.of(new com.modbench.model.KeyValuePair("Source", Integer.toString(list.id()))),
                added.additionalInfo());
        lists.addImage(list.id(), ImageInput.bytes(TestImages.sample("chelsea")), null, "cat");
        RefreshIndex refreshed = lists.refreshIndex(list.id());
        assertTrue(refreshed.isUpdateSuccess());
        assertEquals("RefreshIndex successfully completed.", refreshed.status().description());
    }

    @Test
    void matchesAResizedRecompressedCopyWithIdScoreLabelAndTags() {
        byte[] edited = TestImages.jpeg(TestImages.resize(astronaut, 0.45), 0.3f, false);
        MatchResponse result = images.match(ImageInput.bytes(edited), list.id(), false);
        assertTrue(result.isMatch());
        assertEquals(1, result.matches().size());
        MatchResponse.Match match = result.matches().get(0);
        assertEquals(astronautId, match.matchId());
        assertEquals(Integer.toString(list.id()), match.source());
        assertEquals("astronaut", match.label());
        assertEquals(List.of(101), match.tags());
        assertTrue(match.score() > 0.84 && match.score() <= 1.0, "score " + match.score());
    }

    @Test
    void matchesGreyscaleAndCaptionedCopies() {
        for (BufferedImage edit : List.of(TestImages.grey(astronaut), TestImages.caption(astronaut, "so true lol"),
                TestImages.resize(astronaut, 1.7))) {
            MatchResponse result = images.match(ImageInput.bytes(TestImages.encode(edit, "png")), list.id(), false);
            assertTrue(result.isMatch());
            assertEquals(astronautId, result.matches().get(0).matchId());
        }
    }

    @Test
    void verifiesCropsAndSmallRotationsTheHashMisses() {
        BufferedImage cropped = astronaut.getSubimage(40, 30, 430, 450);
        BufferedImage rotated = rotate(astronaut, 12);
        for (BufferedImage edit : List.of(cropped, rotated)) {
            int bits = com.modbench.engine.image.lists.DHash.distance(
                    com.modbench.engine.image.lists.DHash.of(astronaut),
                    com.modbench.engine.image.lists.DHash.of(com.modbench.engine.image.input.ImageDecoder.toRgb(edit)));
            assertTrue(bits > 10, "the hash alone would miss this edit (" + bits + " bits)");
            MatchResponse result = images.match(ImageInput.bytes(TestImages.jpeg(edit, 0.8f, false)), list.id(),
                    false);
            assertTrue(result.isMatch(), "ORB should confirm the edited astronaut");
            assertEquals(astronautId, result.matches().get(0).matchId());
        }
    }

    @Test
    void doesNotMatchADifferentImage() {
        MatchResponse result = images.match(ImageInput.bytes(TestImages.sample("coffee")), list.id(), false);
        assertFalse(result.isMatch());
        assertTrue(result.matches().isEmpty());
        assertFalse(images.match(ImageInput.bytes(TestImages.encode(TestImages.resize(coffee, 0.5), "png")), null,
                false).isMatch());
    }

    private static BufferedImage rotate(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    @Test
    void editsAreSeenOnlyAfterRefreshIndex() {
        lists.addImage(list.id(), ImageInput.bytes(TestImages.sample("coffee")), 201, "coffee");
        assertFalse(images.match(ImageInput.bytes(TestImages.sample("coffee")), list.id(), false).isMatch());
        lists.refreshIndex(list.id());
        assertTrue(images.match(ImageInput.bytes(TestImages.sample("coffee")), list.id(), false).isMatch());

        lists.deleteImage(list.id(), astronautId);
        assertTrue(images.match(ImageInput.bytes(TestImages.sample("astronaut")), null, false).isMatch(),
                "still indexed until the next refresh");
        lists.refreshIndex(list.id());
        assertFalse(images.match(ImageInput.bytes(TestImages.sample("astronaut")), null, false).isMatch());
        assertEquals(2, lists.getAllImageIds(list.id()).contentIds().size());

        lists.deleteAllImages(list.id());
        lists.refreshIndex(list.id());
        assertTrue(lists.getAllImageIds(list.id()).contentIds().isEmpty());
        assertFalse(images.match(ImageInput.bytes(TestImages.sample("coffee")), list.id(), false).isMatch());
    }

    @Test
    void managesListsAndExplainsUnknownIds() {
        ImageList updated = lists.update(list.id(), new ListBody("Renamed", null, Map.of()));
        assertEquals("Renamed", lists.get(list.id()).name());
        assertEquals(updated, lists.list().get(0));
        assertEquals(Integer.toString(list.id()), lists.getAllImageIds(list.id()).contentSource());
        assertTrue(lists.thumbnail(list.id(), astronautId).orElseThrow().length > 1000);

        assertEquals(404, assertThrows(ModeratorException.class, () -> lists.get(999)).httpStatus());
        assertEquals(404, assertThrows(ModeratorException.class, () -> lists.deleteImage(list.id(), 999))
                .httpStatus());
        assertEquals(404, assertThrows(ModeratorException.class,
                () -> images.match(ImageInput.bytes(TestImages.sample("coffee")), 999, false)).httpStatus());

        lists.delete(list.id());
        assertTrue(lists.list().isEmpty());
        assertEquals(404, assertThrows(ModeratorException.class, () -> lists.refreshIndex(list.id())).httpStatus());
    }

    @Test
    void allowsAtMostFiveLists() {
        for (int i = 0; i < 4; i++) {
            lists.create(new ListBody("list " + i, null, null));
        }
        ModeratorException e = assertThrows(ModeratorException.class, () -> lists.create(new ListBody("six", null,
                null)));
        assertEquals("LimitExceeded", e.code());
        assertTrue(e.getMessage().contains("5 image lists"), e.getMessage());
    }

    @Test
    void refusesBadImagesWithoutStoringAnything() {
        assertThrows(ModeratorException.class,
                () -> lists.addImage(list.id(), ImageInput.bytes("not an image".getBytes()), null, null));
        assertEquals(2, lists.getAllImageIds(list.id()).contentIds().size());
    }
}
