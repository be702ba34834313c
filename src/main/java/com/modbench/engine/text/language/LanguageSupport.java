package com.modbench.engine.text.language;

import java.util.List;
import java.util.Set;

/**
 * Which languages the detector knows. Short text (a chat line, a word pair) is scored with full 1–5-gram models over
 * {@link #FULL_MODELS}: the languages with profanity lexicons (naughty-words, modernmt, cuss) plus their close
 * neighbours, which must be in the race so that, say, Slovak is not taken for Czech. Longer text is scored with
 * trigrams over all 75 languages the Lingua models cover; other scripts go to OpenNLP (103 languages).
 */
public final class LanguageSupport {

    /** ISO 639-1 codes with full models: about 112 MB of heap for the tables (see docs/decisions/0041). */
    public static final Set<String> FULL_MODELS = Set.of("ar", "bg", "ca", "cs", "da", "de", "el", "en", "eo", "es",
            "et", "fa", "fi", "fr", "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt",
            "ro", "ru", "sk", "sl", "sv", "th", "tl", "tr", "uk", "vi", "zh");

    private LanguageSupport() {
    }

    /** Every ISO 639-1 code the models cover, sorted. */
    public static List<String> allModels() {
        return IsoCodes.known639_1().stream().sorted().toList();
    }
}
