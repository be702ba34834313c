package com.modbench.engine.image.ocr;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;

/**
 * OCR with Tesseract 5 (bytedeco natives). Photos make Tesseract "read" noise, so only words at or above
 * {@code minWordConfidence} that contain a letter or digit are kept. One {@link TessBaseAPI} per language, used by
 * one thread at a time (the API object is not thread-safe).
 */
public final class TesseractRecognizer implements AutoCloseable {

    private final TessdataLocator tessdata;
    private final double minWordConfidence;
    private final Map<String, TessBaseAPI> engines = new HashMap<>();

    public TesseractRecognizer(TessdataLocator tessdata, double minWordConfidence) {
        this.tessdata = tessdata;
        this.minWordConfidence = minWordConfidence;
    }

    /** {@code language} is an API code (ISO 639-3) or null for English. */
    public OcrPage recognize(BufferedImage rgb, String language) {
        String name = TessdataLocator.tesseractName(language);
        TessBaseAPI api = engine(name);
        synchronized (api) {
            int w = rgb.getWidth();
            int h = rgb.getHeight();
            api.SetImage(rgbBytes(rgb), w, h, 3, w * 3);
            try {
                if (api.Recognize(null) != 0) {
                    throw new ModeratorException(ErrorCode.INTERNAL_ERROR, "Tesseract could not recognise the image.");
                }
                return new OcrPage(name, lines(api.GetIterator()));
            } finally {
                api.Clear();
            }
        }
    }

    /** Loads a language's data now rather than on the first image (used to warm up after start). */
    public void preload(String language) {
        engine(TessdataLocator.tesseractName(language));
    }

    private List<OcrLine> lines(ResultIterator it) {
        List<OcrLine> lines = new ArrayList<>();
        if (it == null) {
            return lines;
        }
        List<OcrWord> current = new ArrayList<>();
        IntPointer l = new IntPointer(1);
        IntPointer t = new IntPointer(1);
        IntPointer r = new IntPointer(1);
        IntPointer b = new IntPointer(1);
        try {
            do {
                if (it.IsAtBeginningOf(tesseract.RIL_TEXTLINE) && !current.isEmpty()) {
                    lines.add(new OcrLine(List.copyOf(current)));
                    current.clear();
                }
                BytePointer text = it.GetUTF8Text(tesseract.RIL_WORD);
                if (text == null) {
                    continue;
                }
                String word = text.getString(java.nio.charset.StandardCharsets.UTF_8).strip();
                text.deallocate();
                double confidence = it.Confidence(tesseract.RIL_WORD) / 100.0;
                if (confidence * 100 >= minWordConfidence && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    it.BoundingBox(tesseract.RIL_WORD, l, t, r, b);
                    current.add(new OcrWord(word, confidence, l.get(), t.get(), r.get(), b.get()));
                }
            } while (it.Next(tesseract.RIL_WORD));
        } finally {
            it.deallocate();
            l.deallocate();
            t.deallocate();
            r.deallocate();
            b.deallocate();
        }
        if (!current.isEmpty()) {
            lines.add(new OcrLine(List.copyOf(current)));
        }
        return lines;
    }

    private synchronized TessBaseAPI engine(String name) {
        TessBaseAPI api = engines.get(name);
        if (api == null) {
            api = new TessBaseAPI();
            if (api.Init(tessdata.folderFor(name).toString(), name) != 0) {
                api.close();
                throw new ModeratorException(ErrorCode.INTERNAL_ERROR, "Tesseract could not load " + name
                        + ".traineddata.");
            }
            api.SetVariable("user_defined_dpi", "300");
            api.SetVariable("debug_file", "/dev/null");
            api.SetPageSegMode(tesseract.PSM_AUTO);
            engines.put(name, api);
        }
        return api;
    }

    private static byte[] rgbBytes(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        byte[] bytes = new byte[pixels.length * 3];
        for (int i = 0; i < pixels.length; i++) {
            bytes[3 * i] = (byte) (pixels[i] >> 16);
            bytes[3 * i + 1] = (byte) (pixels[i] >> 8);
            bytes[3 * i + 2] = (byte) pixels[i];
        }
        return bytes;
    }

    @Override
    public synchronized void close() {
        engines.values().forEach(api -> {
            api.End();
            api.close();
        });
        engines.clear();
    }
}
