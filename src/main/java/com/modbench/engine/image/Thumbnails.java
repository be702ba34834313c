package com.modbench.engine.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small JPEG previews of list images (the longer side at most {@value #SIDE} px). */
final class Thumbnails {

    static final int SIDE = 160;

    private Thumbnails() {
    }

    static byte[] jpeg(BufferedImage rgb) {
        double scale = Math.min(1.0, (double) SIDE / Math.max(rgb.getWidth(), rgb.getHeight()));
        int w = Math.max(1, (int) Math.round(rgb.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(rgb.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(rgb, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
