package com.modbench.engine;

import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.Moderator;
import com.modbench.api.ReviewThresholds;
import com.modbench.api.ScreenOptions;
import com.modbench.api.TermLists;
import com.modbench.api.TextModeration;
import com.modbench.engine.image.ImageServices;
import com.modbench.engine.image.lists.ImageListRepository;
import com.modbench.engine.lists.TermListLimits;
import com.modbench.engine.lists.TermListRepository;
import com.modbench.engine.lists.TermListService;
import com.modbench.engine.text.TextScreener;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.engine.text.terms.TermIndex;
import com.modbench.model.Status;
import com.modbench.model.text.DetectedLanguage;
import com.modbench.model.text.Screen;
import com.modbench.net.FetchPolicy;
import com.modbench.net.SafeImageFetcher;
import java.util.Optional;

/**
 * The in-process engine behind {@link Moderator}: offline, no key, the app's default. Term lists live in the
 * repository the caller passes (the desktop's SQLite store, or an in-memory one); the engine itself does no I/O.
 * The review thresholds are fixed per instance; {@link #withReviewThresholds} makes another over the same parts.
 */
public final class EmbeddedModerator implements Moderator {

    private final TextScreenerStages stages;
    private final TextScreener screener;
    private final TermListService termLists;
    private final TextModeration text = new Text();
    private final ImageServices images;
    private final boolean ownsImages;

    /** Image lists in memory; image URLs fetched through the SSRF guard. */
    public EmbeddedModerator(TextScreenerStages stages, TermListRepository lists, TermListLimits limits) {
        this(stages, lists, limits, ImageServices.inMemory(new SafeImageFetcher(FetchPolicy.DEFAULT)));
    }

    public EmbeddedModerator(TextScreenerStages stages, TermListRepository lists, TermListLimits limits,
            ImageServices images) {
        this(stages, new TermListService(lists, limits), images, true);
    }

    private EmbeddedModerator(TextScreenerStages stages, TermListService termLists, ImageServices images,
            boolean ownsImages) {
        this.stages = stages;
        this.screener = new TextScreener(stages);
        this.termLists = termLists;
        this.images = images;
        this.ownsImages = ownsImages;
    }

    public static EmbeddedModerator standard(TermListRepository lists) {
        return new EmbeddedModerator(TextScreenerStages.standard(), lists, TermListLimits.DEFAULT);
    }

    /** The app's engine: term and image lists in the store, image URLs fetched through the SSRF guard. */
    public static EmbeddedModerator standard(TermListRepository lists, ImageListRepository imageLists) {
        return new EmbeddedModerator(TextScreenerStages.standard(), lists, TermListLimits.DEFAULT,
                ImageServices.standard(new SafeImageFetcher(FetchPolicy.DEFAULT), imageLists));
    }

    @Override
    public TextModeration text() {
        return text;
    }

    @Override
    public TermLists termLists() {
        return termLists;
    }

    @Override
    public ImageModeration image() {
        return images.moderation();
    }

    @Override
    public ImageLists imageLists() {
        return images.lists();
    }

    /**
     * This engine deciding {@code ReviewRecommended} by {@code thresholds}: the same text models, term lists (and
     * their refreshed indexes) and image engine, so it costs nothing to make. It does not own what it shares:
     * closing it closes nothing, and it works only while this engine is open.
     */
    public EmbeddedModerator withReviewThresholds(ReviewThresholds thresholds) {
        return new EmbeddedModerator(stages.withReviewThresholds(thresholds), termLists, images, false);
    }

    @Override
    public Optional<ReviewThresholds> reviewThresholds() {
        return Optional.of(stages.reviewThresholds());
    }

    /** The image engine itself: thresholds, model preloading, OCR word boxes. */
    public ImageServices images() {
        return images;
    }

    @Override
    public void close() {
        if (ownsImages) {
            images.close();
        }
    }

    @Override
    public String describe() {
        return "Embedded engine (offline)";
    }

    private final class Text implements TextModeration {

        @Override
        public Screen screen(String input, ScreenOptions options) {
            TextScreener.TextLimits.check(input);
            TermIndex custom = options.listId() == null ? null
                    : termLists.indexFor(options.listId(), options.language());
            return screener.screen(input, options, custom);
        }

        @Override
        public DetectedLanguage detectLanguage(String input) {
            TextScreener.TextLimits.check(input);
            return new DetectedLanguage(screener.detectLanguage(input), Status.ok(), TextScreener.newTrackingId());
        }
    }
}
