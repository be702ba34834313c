package com.modbench.engine.text.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's langdetect-183 model (103 languages, ISO 639-3 output, about 33 MB of heap). The model is loaded
 * once; {@link LanguageDetectorME} is not thread-safe, so each thread gets its own. Individual-language codes are
 * folded into macrolanguages ({@link IsoCodes#macrolanguage}); only the first {@value #MAX_CHARS} characters are
 * read, since its cost grows with the length and the answer does not change.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

    private static final String MODEL = "/langdetect-183.bin";
    private static final int MAX_CHARS = 600;

    private static final class Shared {
        static final OpenNlpLanguageDetector INSTANCE = new OpenNlpLanguageDetector();
    }

    private final LanguageDetectorModel model;
    private final ThreadLocal<LanguageDetectorME> detectors;

    public OpenNlpLanguageDetector() {
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " is missing from the classpath");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model", e);
        }
        detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** One instance per JVM, loaded on first call. */
    public static OpenNlpLanguageDetector shared() {
        return Shared.INSTANCE;
    }

    @Override
    public String detect(String text) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return UNDETERMINED;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Language best = detectors.get().predictLanguage(sample);
        return best == null ? UNDETERMINED : IsoCodes.macrolanguage(best.getLang());
    }
}
