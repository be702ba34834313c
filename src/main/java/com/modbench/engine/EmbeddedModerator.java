package com.modbench.engine;

import com.modbench.api.Moderator;
import com.modbench.api.ScreenOptions;
import com.modbench.api.TextModeration;
import com.modbench.engine.text.TextScreener;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.model.Status;
import com.modbench.model.text.DetectedLanguage;
import com.modbench.model.text.Screen;

/** The in-process engine behind {@link Moderator}: offline, no key, the app's default. */
public final class EmbeddedModerator implements Moderator {

    private final TextScreener screener;
    private final TextModeration text = new Text();

    public EmbeddedModerator(TextScreenerStages stages) {
        this.screener = new TextScreener(stages);
    }

    public static EmbeddedModerator standard() {
        return new EmbeddedModerator(TextScreenerStages.standard());
    }

    @Override
    public TextModeration text() {
        return text;
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
