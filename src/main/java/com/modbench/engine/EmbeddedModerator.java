package com.modbench.engine;

import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.Moderator;
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

/**
 * The in-process engine behind {@link Moderator}: offline, no key, the app's default. Term lists live in the
 * repository the caller passes (the desktop's SQLite store, or an in-memory one); the engine itself does no I/O.
 */
public final class EmbeddedModerator implements Moderator {

    private final TextScreener screener;
    private final TermListService termLists;
    private final TextModeration text = new Text();
    private final ImageServices images;

    /** Image lists in memory; image URLs fetched through the SSRF guard. */
    public EmbeddedModerator(TextScreenerStages stages, TermListRepository lists, TermListLimits limits) {
        this(stages, lists, limits, ImageServices.inMemory(new SafeImageFetcher(FetchPolicy.DEFAULT)));
    }

    public EmbeddedModerator(TextScreenerStages stages, TermListRepository lists, TermListLimits limits,
            ImageServices images) {
        this.screener = new TextScreener(stages);
        this.termLists = new TermListService(lists, limits);
        this.images = images;
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

    /** The image engine itself: thresholds, model preloading, OCR word boxes. */
    public ImageServices images() {
        return images;
    }

    @Override
    public void close() {
        images.close();
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
