package com.modbench.api;

import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.image.Ocr;

/**
 * Operations 3–14: evaluate (adult/racy), find faces, OCR and match against image lists. Images are GIF, JPEG,
 * PNG, BMP, TIFF or WebP (the real format is read from the bytes), at least {@value #MIN_SIDE} px on each side and
 * at most {@value #MAX_BYTES} bytes. With {@code cacheImage} the image is kept and its {@code CacheID} returned, so
 * later calls can use {@link ImageInput#cached} instead of sending it again.
 */
public interface ImageModeration {

    int MIN_SIDE = 128;

    int MAX_BYTES = 4 * 1024 * 1024;

    Evaluate evaluate(ImageInput image, boolean cacheImage);

    FoundFaces findFaces(ImageInput image, boolean cacheImage);

    /** {@code language} is ISO 639-3 ({@code eng} when null); {@code enhanced} is accepted and has no effect. */
    Ocr ocr(ImageInput image, String language, boolean cacheImage, boolean enhanced);

    /** Matches against one image list, or against every list when {@code listId} is null. */
    MatchResponse match(ImageInput image, Integer listId, boolean cacheImage);
}
