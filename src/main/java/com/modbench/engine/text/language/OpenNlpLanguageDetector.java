package com.modbench.engine.text.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's langdetect-183 model (103 languages, ISO 639-3 output, about 33 MB of heap). The model is loaded
 * once; {@link LanguageDetectorME} is not thread-safe, so each thread gets its own.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

    private static final String MODEL = "/langdetect-183.bin";

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

    @Override
    public String detect(String text) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return UNDETERMINED;
        }
        Language best = detectors.get().predictLanguage(text);
        return best == null ? UNDETERMINED : best.getLang();
    }
}
