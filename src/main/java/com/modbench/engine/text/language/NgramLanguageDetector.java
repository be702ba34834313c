package com.modbench.engine.text.language;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Lingua's method over Lingua's models, in compact tables (see {@link NgramModel}). The text is lower-cased and
 * stripped of punctuation and digits; a script no other loaded language uses decides alone (Greek, Hangul, Thai…),
 * kana means Japanese, Han alone Chinese. Otherwise the candidates are the languages of the text's main script and
 * each is scored by the log-probabilities of the text's distinct n-grams, backing off to shorter n-grams:
 * <ul>
 *   <li>below {@value #SENTENCE} characters (a word, a chat line): lengths 1–5 over the languages with full models;</li>
 *   <li>up to {@value #LONG_TEXT}: a clear winner on trigrams over every language of the script; else lengths 1–5,
 *       unless trigrams clearly prefer a language without full models (so an Afrikaans sentence is not called
 *       Dutch);</li>
 *   <li>longer: trigrams over every loaded language, as Lingua does; a clear winner on the first
 *       {@value #LONG_TEXT} chars is taken without reading on.</li>
 * </ul>
 * Lengths 1–5 scores are averaged per known letter, as Lingua does. Only the first
 * {@value DetectionText#MAX_CHARS} cleaned characters are read ({@link DetectionText}).
 */
public final class NgramLanguageDetector implements LanguageDetector {

    static final int LONG_TEXT = 120;
    static final int SENTENCE = 40;
    static final double OUTSIDER_MARGIN = 0.05;
    static final double CLEAR_MARGIN = 0.1;

    /** The first look's clear win: by this share of the winner's cost, on at least this many known trigrams. */
    static final double QUICK_MARGIN = 0.02;
    static final int QUICK_MIN_TRIGRAMS = 8;

    private final LanguageModels models;
    /** English's index, or -1 when not loaded. */
    private final int english;

    /**
     * Loads trigram models (with their unigrams and bigrams, for back-off) for {@code languages} and full 1–5-gram
     * models for {@code fullLanguages}, all ISO 639-1 codes. This reads tens of megabytes: do it once.
     */
    public NgramLanguageDetector(Collection<String> languages, Set<String> fullLanguages) {
        this.models = LanguageModels.load(languages, fullLanguages);
        this.english = models.languages().stream().filter(l -> l.iso639_1().equals("en"))
                .mapToInt(LanguageModels.Language::index).findFirst().orElse(-1);
    }

    @Override
    public String detect(String text) {
        String code = detectOrNull(text);
        return code == null ? UNDETERMINED : code;
    }

    /** The ISO 639-3 code, {@link #UNDETERMINED} for no letters, or null if no loaded language uses the script. */
    public String detectOrNull(String text) {
        String cleaned = DetectionText.clean(text);
        if (cleaned.isEmpty()) {
            return UNDETERMINED;
        }
        ScriptCounts scripts = ScriptCounts.of(cleaned);
        if (scripts.japanese()) {
            return found("ja");
        }
        Character.UnicodeScript main = scripts.main();
        int[] all = models.written(main, false);
        if (all.length == 0) {
            return null;
        }
        if (all.length == 1) {
            return code(all[0]);
        }
        int[] full = models.written(main, true);
        boolean longText = cleaned.length() >= LONG_TEXT || full.length == 0;
        TextWindows windows = new TextWindows(cleaned, longText ? 3 : NgramIndex.MAX_ORDER);
        if (quickEnglish(main, windows)) {
            return code(english);
        }
        int best;
        if (longText) {
            // a clear winner on the first LONG_TEXT chars is the answer (3 of Lingua's 78,141 sentences change)
            best = cleaned.length() > LONG_TEXT
                    ? clearTrigramWinner(new TextWindows(cleaned.substring(0, LONG_TEXT), 3), all) : -1;
            if (best < 0) {
                best = pick(all, NgramScorer.sums(models, windows, all, 3, 3).best());
            }
        } else if (cleaned.length() < SENTENCE) {
            best = pick(full, NgramScorer.sums(models, windows, full, 1, NgramIndex.MAX_ORDER).best());
        } else {
            best = sentenceLength(windows, all, full);
        }
        return best < 0 ? UNDETERMINED : code(best);
    }

    /**
     * A sentence-length text: the clear winner on trigrams over every language of the script
     * ({@link #clearTrigramWinner}'s rule); else the language without full models that wins on them by
     * {@value #OUTSIDER_MARGIN} of the score; else the best on lengths 1–5 among the languages with full models. One
     * pass over the text scores all three: most texts that get here have no clear winner (the first look took the
     * clear English ones), so a separate trigram pass first would mostly be wasted.
     */
    private int sentenceLength(TextWindows windows, int[] all, int[] full) {
        NgramScorer.Sums sums = NgramScorer.sums(models, windows, full, all, 1, NgramIndex.MAX_ORDER);
        double[] trigrams = sums.trigramScores();
        int clear = clearWinner(trigrams);
        if (clear >= 0) {
            return all[clear];
        }
        int bestFull = -1;
        int bestOther = -1;
        for (int c = 0; c < trigrams.length; c++) {
            if (trigrams[c] == 0) {
                continue;
            }
            boolean isFull = models.isFull(all[c]);
            if (isFull && (bestFull < 0 || trigrams[c] > trigrams[bestFull])) {
                bestFull = c;
            } else if (!isFull && (bestOther < 0 || trigrams[c] > trigrams[bestOther])) {
                bestOther = c;
            }
        }
        if (bestOther >= 0 && (bestFull < 0 || trigrams[bestOther] > trigrams[bestFull] * (1 - OUTSIDER_MARGIN))) {
            return all[bestOther];
        }
        return pick(full, sums.best());
    }

    /**
     * The language that wins on trigrams over every language of the script by more than {@value #CLEAR_MARGIN} of
     * its score, or -1. On sentence-length text such a winner is what lengths 1–5 pick too (Lingua's sentences,
     * 75 languages: 11 of 78,141 answers differ), at a third of the cost; close calls (Bosnian or Croatian, Danish
     * or Norwegian) still get the full scoring.
     */
    private int clearTrigramWinner(TextWindows windows, int[] all) {
        int clear = clearWinner(NgramScorer.sums(models, windows, all, 3, 3).scores());
        return clear < 0 ? -1 : all[clear];
    }

    /** The index of the score higher than all others by more than {@value #CLEAR_MARGIN} of it, or -1. */
    private static int clearWinner(double[] scores) {
        int first = -1;
        int second = -1;
        for (int c = 0; c < scores.length; c++) {
            if (scores[c] == 0) {
                continue;
            }
            if (first < 0 || scores[c] > scores[first]) {
                second = first;
                first = c;
            } else if (second < 0 || scores[c] > scores[second]) {
                second = c;
            }
        }
        if (first < 0 || second < 0) {
            return first;
        }
        return scores[first] - scores[second] > CLEAR_MARGIN * -scores[first] ? first : -1;
    }

    /**
     * Whether the text is clearly English on the first look ({@link QuickTrigrams}). Only English is taken from it:
     * chat text is mostly English, and for other languages short text needs lengths 1–5 to be told from its
     * neighbours (decision 0095).
     */
    private boolean quickEnglish(Character.UnicodeScript script, TextWindows windows) {
        QuickTrigrams quick = english < 0 ? null : models.quick(script);
        return quick != null && quick.clearWinner(windows, QUICK_MARGIN, QUICK_MIN_TRIGRAMS) == english;
    }

    private static int pick(int[] candidates, int best) {
        return best < 0 ? -1 : candidates[best];
    }

    private String code(int language) {
        return IsoCodes.to639_3(models.iso639_1(language));
    }

    /** The ISO 639-1 codes of the loaded languages. */
    public List<String> languages() {
        return models.languages().stream().map(LanguageModels.Language::iso639_1).toList();
    }

    /** Approximate heap held by the models' tables. */
    public long modelBytes() {
        return models.bytes();
    }

    private String found(String iso639_1) {
        return languages().contains(iso639_1) ? IsoCodes.to639_3(iso639_1) : null;
    }
}
