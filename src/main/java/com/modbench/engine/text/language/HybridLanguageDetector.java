package com.modbench.engine.text.language;

/**
 * The engine's detector: {@link NgramLanguageDetector} (Lingua's models, strong on one or two words) and, for a
 * script none of its 75 languages uses, OpenNLP's 103-language model. Both load on first use, once per JVM, so
 * building the engine stays instant and tests that never detect a language never pay for the models.
 */
public final class HybridLanguageDetector implements LanguageDetector {

    private static final class Ngrams {
        static final NgramLanguageDetector INSTANCE = new NgramLanguageDetector(LanguageSupport.allModels(),
                LanguageSupport.FULL_MODELS);
    }

    @Override
    public String detect(String text) {
        String code = Ngrams.INSTANCE.detectOrNull(text);
        return code != null ? code : OpenNlpLanguageDetector.shared().detect(text);
    }

    /** Loads the models now (for a background warm-up at application start). */
    public static void preload() {
        Ngrams.INSTANCE.languages();
    }

    /** The loaded n-gram detector (loads it if needed): for measurements. */
    public static NgramLanguageDetector ngramDetector() {
        return Ngrams.INSTANCE;
    }
}
