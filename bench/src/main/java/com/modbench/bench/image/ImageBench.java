package com.modbench.bench.image;

import com.modbench.api.ImageInput;
import com.modbench.engine.image.ImageEngineSettings;
import com.modbench.engine.image.ImageModels;
import com.modbench.engine.image.ImageServices;
import com.modbench.engine.image.input.ImageDecoder;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.engine.image.input.ImageLimits;
import com.modbench.engine.image.lists.IndexedImage;
import com.modbench.engine.image.lists.InMemoryImageListRepository;
import com.modbench.engine.image.ocr.TessdataLocator;
import com.modbench.model.lists.ListBody;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * Image engine costs: model load times (cold, in a fresh JVM), per-operation latency on a 1-megapixel JPEG (a photo
 * with a caption, so every model has work to do), Match against a full 10,000-image list, and memory (heap after GC,
 * process RSS with the native OpenCV/Tesseract parts). A plain main, not JMH: each operation is warmed up, then
 * timed over rounds; median and worst are reported.
 *
 * <p>Run: {@code bench/run-image-bench.sh} (compiles this against target/classes and the Maven classpath).
 */
public final class ImageBench {

    private static final int WARMUP = 2;
    private static final int ROUNDS = 8;

    public static void main(String[] args) throws Exception {
        long heapBefore = usedHeapAfterGc();
        ImageEngineSettings settings = ImageEngineSettings.DEFAULT;
        ImageModels models = new ImageModels(settings, new TessdataLocator(null));
        System.out.printf(Locale.ROOT, "model load (cold): nsfw %.0f ms, faces %.0f ms, ocr %.0f ms%n",
                millis(models::nsfw), millis(models::faces), millis(() -> models.ocr().recognize(
                        new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "eng")));
        System.out.printf(Locale.ROOT, "memory after loading: heap +%d MB (after GC), process RSS %d MB%n",
                (usedHeapAfterGc() - heapBefore) >> 20, rssKb() >> 10);

        byte[] jpeg = oneMegapixelJpeg();
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        System.out.printf(Locale.ROOT, "input: %d×%d JPEG, %,d bytes%n", decoded.getWidth(), decoded.getHeight(),
                jpeg.length);

        InMemoryImageListRepository repository = new InMemoryImageListRepository();
        try (ImageServices engine = new ImageServices(settings, ImageFetcher.refusing(), repository, models)) {
            ImageInput input = ImageInput.bytes(jpeg);
            ImageDecoder decoder = new ImageDecoder(ImageLimits.SERVICE);
            int listId = fullList(engine, repository);

            report("decode + validate", () -> decoder.decode(jpeg));
            report("Evaluate", () -> engine.moderation().evaluate(input, false));
            report("FindFaces", () -> engine.moderation().findFaces(input, false));
            report("OCR", () -> engine.moderation().ocr(input, "eng", false, false));
            report("Match (10,000-image list)", () -> engine.moderation().match(input, listId, false));
            String cacheId = engine.moderation().evaluate(input, true).cacheId();
            report("Evaluate by CacheID", () -> engine.moderation().evaluate(ImageInput.cached(cacheId), false));
            int scratch = engine.lists().create(new ListBody("scratch", null, null)).id();
            report("AddImage", () -> engine.lists().addImage(scratch, input, null, null));
        }
        System.out.printf(Locale.ROOT, "memory at the end: heap %d MB (after GC), process RSS %d MB%n",
                usedHeapAfterGc() >> 20, rssKb() >> 10);
        models.close();
    }

    /** A list at the service's 10,000-image limit (random hashes, one real image) refreshed into the index. */
    private static int fullList(ImageServices engine, InMemoryImageListRepository repository) throws IOException {
        int listId = engine.lists().create(new ListBody("full", null, null)).id();
        Random random = new Random(7);
        for (int i = 0; i < 9_999; i++) {
            repository.addImage(listId, random.nextLong(), null, null, null, null);
        }
        engine.lists().addImage(listId, ImageInput.bytes(resource("/sample-content/images/coffee.jpg")), 101, "cup");
        engine.lists().refreshIndex(listId);
        List<IndexedImage> index = repository.index(listId);
        if (index.size() != 10_000) {
            throw new IllegalStateException("index has " + index.size());
        }
        return listId;
    }

    private static void report(String name, Supplier<?> operation) {
        for (int i = 0; i < WARMUP; i++) {
            operation.get();
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            ms[i] = millis(operation);
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-28s median %7.1f ms   worst %7.1f ms%n", name, ms[ROUNDS / 2],
                ms[ROUNDS - 1]);
    }

    private static double millis(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The astronaut photo scaled to 1024 × 1024 (≈ 1 MP) with a caption band, as JPEG quality 0.9. */
    private static byte[] oneMegapixelJpeg() throws IOException {
        BufferedImage photo = ImageIO.read(new java.io.ByteArrayInputStream(
                resource("/sample-content/images/astronaut.jpg")));
        BufferedImage big = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, 1024, 920, null);
        g.setColor(Color.WHITE);
        g.fillRect(0, 920, 1024, 104);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        g.drawString("ONE SMALL STEP FOR A BENCHMARK", 40, 995);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(big, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImageBench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return in.readAllBytes();
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
