package com.modbench.engine.image.input;

import com.modbench.api.ImageModeration;

/**
 * What an input image may be. {@code minSide} and {@code maxBytes} are the service's limits; {@code maxSide} and
 * {@code maxPixels} guard against decompression bombs (a few KB that declare a gigapixel canvas) and are checked
 * on the declared dimensions before any pixel is decoded.
 */
public record ImageLimits(int minSide, int maxBytes, int maxSide, long maxPixels) {

    public static final ImageLimits SERVICE = new ImageLimits(ImageModeration.MIN_SIDE, ImageModeration.MAX_BYTES,
            12_000, 40_000_000L);
}
