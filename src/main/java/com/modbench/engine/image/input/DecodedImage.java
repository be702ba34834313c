package com.modbench.engine.image.input;

import java.awt.image.BufferedImage;

/** A validated input image, always redrawn to {@code TYPE_INT_RGB}, with where it came from. */
public record DecodedImage(BufferedImage rgb, ImageFormat format, int byteSize) {

    public int width() {
        return rgb.getWidth();
    }

    public int height() {
        return rgb.getHeight();
    }

    /** Bytes this image holds on the heap (for cache budgets). */
    public long heapBytes() {
        return 4L * rgb.getWidth() * rgb.getHeight();
    }
}
