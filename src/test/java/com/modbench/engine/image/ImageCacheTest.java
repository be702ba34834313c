package com.modbench.engine.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.api.ModeratorException;
import com.modbench.engine.image.cache.ImageCache;
import com.modbench.engine.image.input.DecodedImage;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.engine.image.input.ImageFormat;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import java.awt.Color;
import org.junit.jupiter.api.Test;

class ImageCacheTest {

    private final ImageServices engine = SharedImageModels.engine(ImageFetcher.refusing());

    @Test
    void aCachedImageIsUsedAgainByIdWithoutResending() {
        Evaluate first = engine.moderation().evaluate(ImageInput.bytes(TestImages.sample("astronaut")), true);
        assertNotNull(first.cacheId());
        assertTrue(first.cacheId().matches("[0-9a-f-]{36}_\\d{18}"), first.cacheId());

        FoundFaces faces = engine.moderation().findFaces(ImageInput.cached(first.cacheId()), false);
        assertEquals(1, faces.count());
        assertEquals(first.cacheId(), faces.cacheId());
        assertEquals(first.adultClassificationScore(),
                engine.moderation().evaluate(ImageInput.cached(null), false).adultClassificationScore(),
                "a bare request uses the most recently cached image");
    }

    @Test
    void withoutCacheImageNothingIsKept() {
        assertNull(engine.moderation().evaluate(ImageInput.bytes(TestImages.sample("coffee")), false).cacheId());
        ModeratorException e = assertThrows(ModeratorException.class,
                () -> engine.moderation().findFaces(ImageInput.cached(null), false));
        assertTrue(e.getMessage().contains("No image was sent and none is cached"), e.getMessage());
        ModeratorException unknown = assertThrows(ModeratorException.class,
                () -> engine.moderation().findFaces(ImageInput.cached("nope_1"), false));
        assertEquals(404, unknown.httpStatus());
    }

    @Test
    void dropsTheLeastRecentlyUsedImagesPastItsBudget() {
        DecodedImage image = new DecodedImage(TestImages.solid(500, 500, Color.RED), ImageFormat.PNG, 1000);
        ImageCache cache = new ImageCache(3 * image.heapBytes());
        String first = cache.put(image);
        String second = cache.put(image);
        cache.put(image);
        cache.get(first);
        String fourth = cache.put(image);
        assertEquals(3, cache.size());
        assertTrue(cache.get(first).isPresent(), "recently used");
        assertTrue(cache.get(second).isEmpty(), "least recently used");
        assertEquals(fourth, cache.newest().orElseThrow().getKey());
    }
}
