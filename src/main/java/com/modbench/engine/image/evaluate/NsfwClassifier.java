package com.modbench.engine.image.evaluate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * nsfwjs 4.4.0's MobileNetV2 model (MIT), run by a pure-Java forward pass. Preprocessing is nsfwjs's own: RGB
 * scaled to 0..1, bilinear resize with aligned corners to 224 × 224. Thread-safe: the weights are read-only.
 */
public final class NsfwClassifier {

    public static final String MODEL_NAME = "nsfwjs 4.4.0 MobileNetV2 (224 px)";
    private static final String RESOURCE_DIR = "/models/nsfw/mobilenet_v2/";

    private final KerasGraph graph;

    private NsfwClassifier(KerasGraph graph) {
        this.graph = graph;
    }

    /** Loads the model shipped in the jar (about 0.3 s). */
    public static NsfwClassifier loadBundled() {
        try {
            return new NsfwClassifier(KerasGraph.read(resource("model.json"), resource("group1-shard1of1")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled nsfwjs model", e);
        }
    }

    public NsfwScores classify(BufferedImage rgb) {
        float[] p = graph.run(preprocess(rgb, graph.inputSize()));
        return new NsfwScores(p[0], p[1], p[2], p[3], p[4]);
    }

    /** tf.image.resizeBilinear(image / 255, [size, size], alignCorners = true). */
    static Tensor preprocess(BufferedImage rgb, int size) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        Tensor out = Tensor.zeros(size, size, 3);
        float scaleY = size > 1 ? (h - 1f) / (size - 1f) : 0f;
        float scaleX = size > 1 ? (w - 1f) / (size - 1f) : 0f;
        float[] d = out.data();
        for (int y = 0; y < size; y++) {
            float sy = y * scaleY;
            int y0 = (int) Math.floor(sy);
            int y1 = Math.min(y0 + 1, h - 1);
            float fy = sy - y0;
            for (int x = 0; x < size; x++) {
                float sx = x * scaleX;
                int x0 = (int) Math.floor(sx);
                int x1 = Math.min(x0 + 1, w - 1);
                float fx = sx - x0;
                for (int c = 0; c < 3; c++) {
                    int shift = 16 - 8 * c;
                    float tl = channel(pixels[y0 * w + x0], shift);
                    float tr = channel(pixels[y0 * w + x1], shift);
                    float bl = channel(pixels[y1 * w + x0], shift);
                    float br = channel(pixels[y1 * w + x1], shift);
                    float top = tl + (tr - tl) * fx;
                    float bottom = bl + (br - bl) * fx;
                    d[(y * size + x) * 3 + c] = top + (bottom - top) * fy;
                }
            }
        }
        return out;
    }

    private static float channel(int argb, int shift) {
        return ((argb >> shift) & 0xFF) / 255f;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NsfwClassifier.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE_DIR + name);
            }
            return in.readAllBytes();
        }
    }
}
