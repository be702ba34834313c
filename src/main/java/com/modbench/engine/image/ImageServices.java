package com.modbench.engine.image;

import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.engine.image.cache.ImageCache;
import com.modbench.engine.image.evaluate.EvaluateThresholds;
import com.modbench.engine.image.input.ImageDecoder;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.engine.image.lists.ImageListRepository;
import com.modbench.engine.image.ocr.OcrPage;
import com.modbench.engine.image.ocr.TessdataLocator;
import com.modbench.api.ImageInput;

/**
 * The embedded image engine: operations 3–26 over the bundled models, an image cache, a URL fetcher (the engine's
 * only way to the network, supplied from outside) and an image-list repository.
 */
public final class ImageServices implements AutoCloseable {

    private final ImageModels models;
    private final EmbeddedImageLists lists;
    private final EmbeddedImageModeration moderation;
    private final boolean ownsModels;
    private volatile EvaluateThresholds thresholds;

    public ImageServices(ImageEngineSettings settings, ImageFetcher fetcher, ImageListRepository repository,
            TessdataLocator tessdata) {
        this(settings, fetcher, repository, new ImageModels(settings, tessdata), true);
    }

    /** With models shared (not closed with this engine) between several engines (they are thread-safe and expensive to load). */
    public ImageServices(ImageEngineSettings settings, ImageFetcher fetcher, ImageListRepository repository,
            ImageModels models) {
        this(settings, fetcher, repository, models, false);
    }

    private ImageServices(ImageEngineSettings settings, ImageFetcher fetcher, ImageListRepository repository,
            ImageModels models, boolean ownsModels) {
        this.ownsModels = ownsModels;
        this.thresholds = settings.thresholds();
        this.models = models;
        ImageInputResolver resolver = new ImageInputResolver(new ImageDecoder(settings.limits()), fetcher,
                new ImageCache(settings.cacheBudgetBytes()));
        this.lists = new EmbeddedImageLists(repository, resolver, settings.matchMaxDistance());
        this.moderation = new EmbeddedImageModeration(resolver, models, lists, () -> thresholds);
    }

    /** Settings from system properties, models loaded on first use, image lists in {@code repository}. */
    public static ImageServices standard(ImageFetcher fetcher, ImageListRepository repository) {
        return new ImageServices(ImageEngineSettings.fromSystemProperties(), fetcher, repository,
                TessdataLocator.standard());
    }

    /** As {@link #standard}, with image lists kept in memory only. */
    public static ImageServices inMemory(ImageFetcher fetcher) {
        return standard(fetcher, new com.modbench.engine.image.lists.InMemoryImageListRepository());
    }

    public ImageModeration moderation() {
        return moderation;
    }

    public ImageLists lists() {
        return lists;
    }

    public ImageModels models() {
        return models;
    }

    /** OCR with word boxes and confidences, for display (the wire result is {@link ImageModeration#ocr}). */
    public OcrPage ocrPage(ImageInput input, String language) {
        return moderation.ocrPage(input, language);
    }

    public EvaluateThresholds thresholds() {
        return thresholds;
    }

    /** Changes when Evaluate's booleans become true; applies to the next call. */
    public void setThresholds(EvaluateThresholds value) {
        this.thresholds = value;
    }

    @Override
    public void close() {
        if (ownsModels) {
            models.close();
        }
    }
}
