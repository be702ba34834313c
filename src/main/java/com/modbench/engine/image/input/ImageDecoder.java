package com.modbench.engine.image.input;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns untrusted bytes into a {@link DecodedImage}: size limit, format sniffed from the magic bytes, declared
 * dimensions checked before decoding (decompression bombs), first frame decoded, redrawn to RGB on white (which
 * also resolves palettes, grey, 16-bit and CMYK). Every failure is a {@link ModeratorException} with a message a
 * person can act on.
 */
public final class ImageDecoder {

    static {
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private final ImageLimits limits;

    public ImageDecoder(ImageLimits limits) {
        this.limits = limits;
    }

    public ImageLimits limits() {
        return limits;
    }

    public DecodedImage decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ModeratorException(ErrorCode.EMPTY_CONTENT, "The image is empty (0 bytes).");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ModeratorException(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
                    "The image is %,d bytes; at most %,d bytes (4 MB) are allowed.", bytes.length, limits.maxBytes()));
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new ModeratorException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The data is not an image in a supported format (GIF, JPEG, PNG, "
                + "BMP, TIFF or WebP); it starts with bytes " + firstBytes(bytes) + "."));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(format);
            try {
                reader.setInput(in, true, true);
                checkDimensions(format, reader.getWidth(0), reader.getHeight(0));
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener(collectInto(warnings));
                BufferedImage image = reader.read(0);
                rejectTruncation(format, warnings);
                return new DecodedImage(toRgb(image), format, bytes.length);
            } finally {
                reader.dispose();
            }
        } catch (ModeratorException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(format, e.getMessage());
        }
    }

    private void checkDimensions(ImageFormat format, int width, int height) {
        if (width < limits.minSide() || height < limits.minSide()) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, String.format(Locale.ROOT,
                    "The image is %d×%d px; images must be at least %d px on each side.", width, height,
                    limits.minSide()));
        }
        if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
            throw new ModeratorException(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
                    "The %s image declares %d×%d px (%.1f megapixels); at most %d px per side and %d megapixels "
                    + "are decoded.", format, width, height, (double) width * height / 1e6, limits.maxSide(),
                    limits.maxPixels() / 1_000_000));
        }
    }

    private static ImageReader readerFor(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new ModeratorException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "No decoder for " + format + " images is installed.");
        }
        return readers.next();
    }

    private static IIOReadWarningListener collectInto(List<String> warnings) {
        return (source, warning) -> warnings.add(warning);
    }

    private static void rejectTruncation(ImageFormat format, List<String> warnings) {
        for (String warning : warnings) {
            String lower = warning.toLowerCase(Locale.ROOT);
            if (lower.contains("premature end") || lower.contains("truncated")) {
                throw corrupt(format, warning);
            }
        }
    }

    private static ModeratorException corrupt(ImageFormat format, String detail) {
        return new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The " + format + " image is truncated or "
                + "corrupt and cannot be decoded" + (detail == null || detail.isBlank() ? "." : ": " + detail));
    }

    /** Draws any image onto an opaque white RGB canvas. */
    public static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
            return cmykToRgb(image.getRaster());
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * Device CMYK to RGB without a colour profile (R = 255·(1−C)·(1−K) …), as browsers show untagged CMYK and as
     * the tools that write it intend; the JDK's generic CMYK profile would wash colours out.
     */
    private static BufferedImage cmykToRgb(Raster raster) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] cmyk = new int[4 * w];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, cmyk);
            for (int x = 0; x < w; x++) {
                int k = 255 - cmyk[4 * x + 3];
                int r = (255 - cmyk[4 * x]) * k / 255;
                int g = (255 - cmyk[4 * x + 1]) * k / 255;
                int b = (255 - cmyk[4 * x + 2]) * k / 255;
                row[x] = r << 16 | g << 8 | b;
            }
            rgb.setRGB(0, y, w, 1, row, 0, w);
        }
        return rgb;
    }

    private static String firstBytes(byte[] bytes) {
        int n = Math.min(8, bytes.length);
        return HexFormat.ofDelimiter(" ").formatHex(bytes, 0, n);
    }
}
