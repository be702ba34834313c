package com.modbench.engine.image.faces;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * MediaPipe BlazeFace full-range (Apache-2.0, from npm {@code @mediapipe/face_detection}) run by OpenCV DNN's
 * TFLite importer. The model sees a 192 × 192 letterboxed copy, so on large images small faces are also searched
 * in overlapping tiles, and all candidates are merged by non-maximum suppression.
 */
public final class BlazeFaceDetector implements FaceDetector {

    private static final String RESOURCE = "/models/face/face_detection_full_range.tflite";
    private static final int INPUT = 192;
    private static final int GRID = 48;
    private static final double NMS_IOU = 0.3;
    private static final int TILE_FROM_SIDE = 400;

    private final Net net;
    private final StringVector outputNames;
    private final double minScore;

    private BlazeFaceDetector(Net net, double minScore) {
        this.net = net;
        this.outputNames = net.getUnconnectedOutLayersNames();
        this.minScore = minScore;
    }

    /** Loads the bundled model; {@code minScore} 0.5 keeps false positives away on ordinary photos. */
    public static BlazeFaceDetector loadBundled(double minScore) {
        try (InputStream in = BlazeFaceDetector.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            Net net = opencv_dnn.readNetFromTFLite(in.readAllBytes());
            if (net.empty()) {
                throw new IOException("OpenCV could not read " + RESOURCE);
            }
            return new BlazeFaceDetector(net, minScore);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled face detector", e);
        }
    }

    @Override
    public List<FaceBox> detect(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        List<FaceBox> candidates = new ArrayList<>(detectIn(rgb, 0, 0, w, h));
        int shorter = Math.min(w, h);
        if (shorter > TILE_FROM_SIDE) {
            int tile = Math.max(INPUT, shorter / 2);
            int step = tile * 3 / 4;
            for (int y = 0; y < h - tile / 4; y += step) {
                for (int x = 0; x < w - tile / 4; x += step) {
                    int tx = Math.min(x, w - tile);
                    int ty = Math.min(y, h - tile);
                    candidates.addAll(detectIn(rgb, tx, ty, tile, tile));
                }
            }
        }
        return suppress(candidates);
    }

    private List<FaceBox> detectIn(BufferedImage rgb, int x0, int y0, int width, int height) {
        int side = Math.max(width, height);
        float[] blob = letterboxBlob(rgb, x0, y0, width, height, side);
        float[] regressors;
        float[] scores;
        synchronized (this) {
            Mat input = new Mat(new int[] {1, 3, INPUT, INPUT}, opencv_core.CV_32F);
            try (MatVector outputs = new MatVector()) {
                ((FloatBuffer) input.createBuffer()).put(blob);
                net.setInput(input);
                net.forward(outputs, outputNames);
                Mat a = outputs.get(0);
                Mat b = outputs.get(1);
                boolean aIsRegressor = a.total() > b.total();
                regressors = floats(aIsRegressor ? a : b);
                scores = floats(aIsRegressor ? b : a);
            } finally {
                input.close();
            }
        }
        List<FaceBox> found = new ArrayList<>();
        int stride = regressors.length / scores.length;
        double scale = (double) side / INPUT;
        for (int i = 0; i < scores.length; i++) {
            double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, scores[i]))));
            if (score < minScore) {
                continue;
            }
            double ax = (i % GRID + 0.5) / GRID * INPUT;
            double ay = (i / GRID + 0.5) / GRID * INPUT;
            double cx = ax + regressors[i * stride];
            double cy = ay + regressors[i * stride + 1];
            double bw = regressors[i * stride + 2];
            double bh = regressors[i * stride + 3];
            int left = clamp(x0 + (cx - bw / 2) * scale, rgb.getWidth());
            int top = clamp(y0 + (cy - bh / 2) * scale, rgb.getHeight());
            int right = clamp(x0 + (cx + bw / 2) * scale, rgb.getWidth());
            int bottom = clamp(y0 + (cy + bh / 2) * scale, rgb.getHeight());
            if (right > left && bottom > top) {
                found.add(new FaceBox(left, top, right, bottom, score));
            }
        }
        return found;
    }

    /** The region drawn at the top left of a black square, scaled to the input and normalised to -1..1, NCHW. */
    private static float[] letterboxBlob(BufferedImage rgb, int x0, int y0, int width, int height, int side) {
        BufferedImage square = new BufferedImage(INPUT, INPUT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            int dw = (int) Math.round((double) width * INPUT / side);
            int dh = (int) Math.round((double) height * INPUT / side);
            g.drawImage(rgb, 0, 0, dw, dh, x0, y0, x0 + width, y0 + height, null);
        } finally {
            g.dispose();
        }
        int[] pixels = square.getRGB(0, 0, INPUT, INPUT, null, 0, INPUT);
        int plane = INPUT * INPUT;
        float[] blob = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            int p = pixels[i];
            blob[i] = ((p >> 16 & 0xFF) - 127.5f) / 127.5f;
            blob[plane + i] = ((p >> 8 & 0xFF) - 127.5f) / 127.5f;
            blob[2 * plane + i] = ((p & 0xFF) - 127.5f) / 127.5f;
        }
        return blob;
    }

    private static float[] floats(Mat mat) {
        float[] values = new float[(int) mat.total()];
        ((FloatBuffer) mat.createBuffer()).get(values);
        return values;
    }

    private static List<FaceBox> suppress(List<FaceBox> candidates) {
        List<FaceBox> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(FaceBox::score).reversed());
        List<FaceBox> kept = new ArrayList<>();
        for (FaceBox box : sorted) {
            if (kept.stream().noneMatch(k -> k.iou(box) > NMS_IOU || contains(k, box))) {
                kept.add(box);
            }
        }
        kept.sort(Comparator.comparingInt(FaceBox::left).thenComparingInt(FaceBox::top));
        return kept;
    }

    /** A tile can see part of a face already found whole; a box mostly inside a stronger one is the same face. */
    private static boolean contains(FaceBox outer, FaceBox inner) {
        double l = Math.max(outer.left(), inner.left());
        double t = Math.max(outer.top(), inner.top());
        double r = Math.min(outer.right(), inner.right());
        double b = Math.min(outer.bottom(), inner.bottom());
        double inter = Math.max(0, r - l) * Math.max(0, b - t);
        return inner.area() > 0 && inter / inner.area() > 0.6;
    }

    private static int clamp(double v, int max) {
        return (int) Math.round(Math.max(0, Math.min(max, v)));
    }
}
