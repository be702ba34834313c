package com.modbench.engine;

import com.modbench.api.Moderator;
import com.modbench.api.ScreenOptions;
import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.TextModeration;
import com.modbench.engine.image.ImageServices;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.net.FetchPolicy;
import com.modbench.net.SafeImageFetcher;
import com.modbench.engine.text.TextScreener;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.model.Status;
import com.modbench.model.text.DetectedLanguage;
import com.modbench.model.text.Screen;

/** The in-process engine behind {@link Moderator}: offline, no key, the app's default. */
public final class EmbeddedModerator implements Moderator {

    private final TextScreener screener;
    private final TextModeration text = new Text();
    private final ImageServices images;

    /** Image URLs are refused: this engine never goes to the network. */
    public EmbeddedModerator(TextScreenerStages stages) {
        this(stages, ImageServices.inMemory(ImageFetcher.refusing()));
    }

    public EmbeddedModerator(TextScreenerStages stages, ImageServices images) {
        this.screener = new TextScreener(stages);
        this.images = images;
    }

    /** The app's engine: image URLs fetched through the SSRF guard. */
    public static EmbeddedModerator standard() {
        return new EmbeddedModerator(TextScreenerStages.standard(),
                ImageServices.inMemory(new SafeImageFetcher(FetchPolicy.DEFAULT)));
    }

    @Override
    public TextModeration text() {
        return text;
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
            return screener.screen(input, options, null);
        }

        @Override
        public DetectedLanguage detectLanguage(String input) {
            TextScreener.TextLimits.check(input);
            return new DetectedLanguage(screener.detectLanguage(input), Status.ok(), TextScreener.newTrackingId());
        }
    }
}
