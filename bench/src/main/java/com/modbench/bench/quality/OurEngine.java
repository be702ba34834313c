package com.modbench.bench.quality;

import com.modbench.api.ScreenOptions;
import com.modbench.engine.text.TextScreener;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.model.text.Screen;

/** The engine under test, exactly as the app ships it ({@link TextScreenerStages#standard()}). */
public final class OurEngine {

    /** Terms only, English lexicon, no detection: what a term-recall or false-positive check asks. */
    public static final ScreenOptions TERMS_ONLY = ScreenOptions.DEFAULT.withLanguage("eng");
    public static final ScreenOptions CLASSIFY = TERMS_ONLY.withClassify(true);

    private final TextScreener screener = new TextScreener(TextScreenerStages.standard());

    public TextScreener screener() {
        return screener;
    }

    public boolean flagsTerms(String text) {
        Screen screen = screener.screen(text, TERMS_ONLY, null);
        return screen.terms() != null && !screen.terms().isEmpty();
    }

    public double category3(String text) {
        return screener.screen(text, CLASSIFY, null).classification().category3().score();
    }
}
