package com.modbench.engine.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.model.image.FoundFaces;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FindFacesTest {

    private final ImageServices engine = SharedImageModels.engine(ImageFetcher.refusing());

    @Test
    void findsTheAstronautsFace() {
        FoundFaces result = engine.moderation().findFaces(ImageInput.bytes(TestImages.sample("astronaut")), false);
        assertEquals(1, result.count());
        assertTrue(result.result());
        FoundFaces.Face face = result.faces().get(0);
        // Eileen Collins' face in the 512 × 512 photo spans about x 175–275, y 70–175.
        assertEquals(225, (face.left() + face.right()) / 2.0, 20);
        assertEquals(122, (face.top() + face.bottom()) / 2.0, 20);
        assertTrue(face.right() - face.left() > 70 && face.right() - face.left() < 140, face.toString());
    }

    @Test
    void countsTwoFacesSideBySideInAJpeg() {
        BufferedImage astronaut = TestImages.read(TestImages.sample("astronaut"));
        BufferedImage two = TestImages.sideBySide(astronaut, TestImages.read(TestImages.sample("coffee")),
                TestImages.resize(astronaut, 0.6));
        FoundFaces result = engine.moderation().findFaces(ImageInput.bytes(TestImages.jpeg(two, 0.85f, false)),
                false);
        assertEquals(2, result.count(), result.faces().toString());
        assertTrue(result.faces().get(1).left() > 512 + 600, "the second face is in the third picture");
    }

    @Test
    void findsNoFacesOnACatOrACoffeeCup() {
        for (String sample : new String[] {"chelsea", "coffee"}) {
            FoundFaces result = engine.moderation().findFaces(ImageInput.bytes(TestImages.sample(sample)), false);
            assertEquals(0, result.count(), sample);
            assertFalse(result.result());
            assertTrue(result.faces().isEmpty());
        }
    }
}
