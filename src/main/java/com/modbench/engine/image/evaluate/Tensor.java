package com.modbench.engine.image.evaluate;

/** A single image's activations in NHWC order (batch of one): {@code data[(y * width + x) * channels + c]}. */
record Tensor(int height, int width, int channels, float[] data) {

    static Tensor zeros(int height, int width, int channels) {
        return new Tensor(height, width, channels, new float[height * width * channels]);
    }

    int size() {
        return data.length;
    }
}
