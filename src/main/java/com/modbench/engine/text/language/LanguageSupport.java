package com.modbench.engine.text.language;

import java.util.List;
import java.util.Set;

/**
 * Which languages the detector knows. Short text (a chat line, a word pair) is scored with full 1–5-gram models over
 * {@link #FULL_MODELS}: the languages with profanity lexicons, which include the close neighbours that must be in
 * the race so that, say, Slovak is not taken for Czech. Longer text is scored with
 * trigrams over all 75 languages the Lingua models cover; other scripts go to OpenNLP (103 languages).
 */
public final class LanguageSupport {

    /**
     * ISO 639-1 codes with full models: every lexicon language Lingua covers except Bosnian and Malay, which on one
     * or two words cannot be told from Croatian and Indonesian and only pull those down (measured: sentences 94.9%
     * with them, see docs/decisions/0041); their text gets the Croatian and Indonesian lexicons.
     */
    public static final Set<String> FULL_MODELS = Set.of("ar", "az", "bg", "ca", "cs", "da", "de", "el", "en", "eo",
            "es", "et", "fa", "fi", "fr", "ga", "he", "hi", "hr", "hu", "id", "is", "it", "ja", "ko", "lt", "lv", "mk",
            "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "sw", "th", "tl", "tr", "uk", "vi", "xh",
            "zh");

    private LanguageSupport() {
    }

    /** Every ISO 639-1 code the models cover, sorted. */
    public static List<String> allModels() {
        return IsoCodes.known639_1().stream().sorted().toList();
    }
}
