package com.modbench.engine.image;

import com.modbench.engine.image.evaluate.NsfwClassifier;
import com.modbench.engine.image.faces.BlazeFaceDetector;
import com.modbench.engine.image.faces.FaceDetector;
import com.modbench.engine.image.ocr.TessdataLocator;
import com.modbench.engine.image.ocr.TesseractRecognizer;
import java.util.function.Supplier;

/**
 * The three bundled models, each loaded on first use (start-up stays fast; the first call of a kind pays the load
 * time, which {@link #loadAll()} can move to a background thread).
 */
public final class ImageModels implements AutoCloseable {

    private final Lazy<NsfwClassifier> nsfw;
    private final Lazy<FaceDetector> faces;
    private final Lazy<TesseractRecognizer> ocr;

    public ImageModels(ImageEngineSettings settings, TessdataLocator tessdata) {
        this.nsfw = new Lazy<>(NsfwClassifier::loadBundled);
        this.faces = new Lazy<>(() -> BlazeFaceDetector.loadBundled(settings.faceMinScore()));
        this.ocr = new Lazy<>(() -> new TesseractRecognizer(tessdata, settings.ocrMinWordConfidence()));
    }

    public NsfwClassifier nsfw() {
        return nsfw.get();
    }

    public FaceDetector faces() {
        return faces.get();
    }

    public TesseractRecognizer ocr() {
        return ocr.get();
    }

    /** Loads every model and the English OCR data now (a second or two; call it off the UI thread). */
    public void loadAll() {
        nsfw();
        faces();
        ocr().preload("eng");
    }

    @Override
    public void close() {
        ocr.ifLoaded(TesseractRecognizer::close);
    }

    private static final class Lazy<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }

        void ifLoaded(java.util.function.Consumer<T> action) {
            T v = value;
            if (v != null) {
                action.accept(v);
            }
        }
    }
}
