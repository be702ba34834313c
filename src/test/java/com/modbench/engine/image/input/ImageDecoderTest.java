package com.modbench.engine.image.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ModeratorException;
import com.modbench.engine.image.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.SERVICE);
    private final BufferedImage text = TestImages.renderText(TestImages.SAMPLE_TEXT);

    @ParameterizedTest
    @ValueSource(strings = {"png", "gif", "bmp", "tiff"})
    void decodesEachImageIoFormatWhateverItIsCalled(String format) {
        DecodedImage image = decoder.decode(TestImages.encode(text, format));
        assertEquals(ImageFormat.valueOf(format.toUpperCase()), image.format());
        assertEquals(text.getWidth(), image.width());
        assertEquals(BufferedImage.TYPE_INT_RGB, image.rgb().getType());
        assertEquals(Color.WHITE.getRGB(), image.rgb().getRGB(5, 5));
    }

    @Test
    void decodesBaselineAndProgressiveJpeg() {
        for (boolean progressive : new boolean[] {false, true}) {
            DecodedImage image = decoder.decode(TestImages.jpeg(text, 0.9f, progressive));
            assertEquals(ImageFormat.JPEG, image.format());
            assertEquals(text.getHeight(), image.height());
        }
    }

    @Test
    void decodesCmykJpegToTheRightColours() {
        DecodedImage image = decoder.decode(TestImages.resource("/images/text-cmyk.jpg"));
        assertEquals(ImageFormat.JPEG, image.format());
        Color box = new Color(image.rgb().getRGB(790, 35));
        assertTrue(box.getRed() > 150 && box.getGreen() < 110 && box.getBlue() < 110, "red box came out as " + box);
        Color paper = new Color(image.rgb().getRGB(5, 200));
        assertTrue(paper.getRed() > 230 && paper.getGreen() > 230 && paper.getBlue() > 230, "paper is " + paper);
    }

    @Test
    void decodesWebp() {
        DecodedImage image = decoder.decode(TestImages.resource("/images/text.webp"));
        assertEquals(ImageFormat.WEBP, image.format());
        assertEquals(900, image.width());
    }

    @Test
    void sniffsTheFormatFromTheBytesNotTheName() {
        assertEquals(ImageFormat.PNG, ImageFormat.sniff(TestImages.encode(text, "png")).orElseThrow());
        assertEquals(ImageFormat.GIF, ImageFormat.sniff(TestImages.encode(text, "gif")).orElseThrow());
        assertTrue(ImageFormat.sniff("GIF8 is not enough".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }

    @Test
    void refusesAnImageOf127Pixels() {
        ModeratorException e = assertThrows(ModeratorException.class,
                () -> decoder.decode(TestImages.encode(TestImages.solid(127, 300, Color.GRAY), "png")));
        assertEquals(400, e.httpStatus());
        assertTrue(e.getMessage().contains("127×300 px") && e.getMessage().contains("at least 128"), e.getMessage());
        decoder.decode(TestImages.encode(TestImages.solid(128, 128, Color.GRAY), "png"));
    }

    @Test
    void refusesFourMegabytesPlusOneByte() {
        byte[] big = Arrays.copyOf(TestImages.encode(text, "png"), 4 * 1024 * 1024 + 1);
        ModeratorException e = assertThrows(ModeratorException.class, () -> decoder.decode(big));
        assertEquals(413, e.httpStatus());
        assertTrue(e.getMessage().contains("4,194,305 bytes"), e.getMessage());
    }

    @Test
    void refusesATruncatedJpeg() {
        byte[] jpeg = TestImages.jpeg(TestImages.read(TestImages.sample("astronaut")), 0.9f, false);
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        ModeratorException e = assertThrows(ModeratorException.class, () -> decoder.decode(truncated));
        assertEquals(400, e.httpStatus());
        assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
    }

    @Test
    void refusesATruncatedPng() {
        byte[] png = TestImages.encode(text, "png");
        ModeratorException e = assertThrows(ModeratorException.class,
                () -> decoder.decode(Arrays.copyOf(png, png.length - 200)));
        assertTrue(e.getMessage().contains("PNG image is truncated or corrupt"), e.getMessage());
    }

    @Test
    void refusesATextFileNamedPng() {
        byte[] html = "<html><body>not an image.png</body></html>".getBytes(StandardCharsets.UTF_8);
        ModeratorException e = assertThrows(ModeratorException.class, () -> decoder.decode(html));
        assertEquals(415, e.httpStatus());
        assertTrue(e.getMessage().contains("3c 68 74 6d"), e.getMessage());
    }

    @Test
    void refusesEmptyInput() {
        assertEquals(400, assertThrows(ModeratorException.class, () -> decoder.decode(new byte[0])).httpStatus());
    }

    @Test
    void refusesADecompressionBombBeforeDecodingIt() {
        byte[] bomb = pngDeclaring(100_000, 100_000);
        assertTrue(bomb.length < 2_000, "the bomb itself is tiny: " + bomb.length);
        long before = usedHeap();
        ModeratorException e = assertThrows(ModeratorException.class, () -> decoder.decode(bomb));
        assertEquals(413, e.httpStatus());
        assertTrue(e.getMessage().contains("100000×100000"), e.getMessage());
        assertTrue(usedHeap() - before < 200L * 1024 * 1024, "memory stayed bounded");
    }

    @Test
    void refusesAWideButShortBomb() {
        ModeratorException e = assertThrows(ModeratorException.class, () -> decoder.decode(pngDeclaring(60_000, 700)));
        assertTrue(e.getMessage().contains("at most 12000 px per side"), e.getMessage());
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** A valid grey PNG header declaring the given size, with one compressed row of data. */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[Math.min(width + 1, 1 << 20)]);
        deflater.finish();
        byte[] compressed = new byte[1 << 16];
        int n = deflater.deflate(compressed);
        chunk(out, "IDAT", Arrays.copyOf(compressed, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
