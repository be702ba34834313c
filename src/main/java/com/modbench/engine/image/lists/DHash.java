package com.modbench.engine.image.lists;

import java.awt.image.BufferedImage;

/**
 * 64-bit difference hash: the grey image area-averaged down to 9 × 8 cells, one bit per horizontally adjacent
 * pair (left brighter than right). It survives resizing, recompression, greyscale, brightness changes and small
 * overlays, and stays far apart for different images (see docs/decisions/0064-image-list-matching.md).
 */
public final class DHash {

    private static final int COLUMNS = 9;
    private static final int ROWS = 8;

    private DHash() {
    }

    public static long of(BufferedImage rgb) {
        double[] cells = areaAverage(rgb);
        long hash = 0;
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS - 1; x++) {
                hash <<= 1;
                if (cells[y * COLUMNS + x] > cells[y * COLUMNS + x + 1]) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static double[] areaAverage(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        double[] sums = new double[COLUMNS * ROWS];
        double[] weights = new double[COLUMNS * ROWS];
        for (int y = 0; y < h; y++) {
            int cy = Math.min(ROWS - 1, y * ROWS / h);
            for (int x = 0; x < w; x++) {
                int cx = Math.min(COLUMNS - 1, x * COLUMNS / w);
                int p = pixels[y * w + x];
                double grey = 0.299 * (p >> 16 & 0xFF) + 0.587 * (p >> 8 & 0xFF) + 0.114 * (p & 0xFF);
                sums[cy * COLUMNS + cx] += grey;
                weights[cy * COLUMNS + cx]++;
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] = weights[i] == 0 ? 0 : sums[i] / weights[i];
        }
        return sums;
    }
}
