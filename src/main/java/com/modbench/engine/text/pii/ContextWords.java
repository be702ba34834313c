package com.modbench.engine.text.pii;

import java.util.Locale;
import java.util.Set;

/**
 * Presidio's context enhancement: a context word among the few words before a candidate (or right after it, as in
 * "555 1234 office") raises the candidate's score. Words are compared lower-cased, with a plural "s" ignored.
 */
public final class ContextWords {

    /** Score added when a context word is near; Presidio's LemmaContextAwareEnhancer uses the same factor. */
    public static final double BOOST = 0.35;

    private static final int WORDS_BEFORE = 5;
    private static final int WORDS_AFTER = 1;
    private static final int MAX_SCAN = 80;

    private final Set<String> words;
    private final Set<String> afterOnly;

    public ContextWords(Set<String> words, Set<String> afterOnly) {
        this.words = Set.copyOf(words);
        this.afterOnly = Set.copyOf(afterOnly);
    }

    public static ContextWords of(String... words) {
        return new ContextWords(Set.of(words), Set.of());
    }

    /** These words count only right after a candidate ("555 1234 office"), not before ("the office is at 12 …"). */
    public ContextWords andAfter(String... words) {
        return new ContextWords(this.words, Set.of(words));
    }

    /** True when a context word occurs among the words before {@code start} or right after {@code end}. */
    public boolean near(String text, int start, int end) {
        return before(text, start) || after(text, end);
    }

    /** True when a context word occurs among the few words before {@code start}. */
    public boolean before(String text, int start) {
        int seen = 0;
        int i = start;
        int limit = Math.max(0, start - MAX_SCAN);
        while (i > limit && seen < WORDS_BEFORE) {
            while (i > limit && !Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            int wordEnd = i;
            while (i > limit && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (wordEnd > i) {
                seen++;
                if (matches(words, text.substring(i, wordEnd))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean after(String text, int end) {
        int seen = 0;
        int j = end;
        int stop = Math.min(text.length(), end + MAX_SCAN);
        while (j < stop && seen < WORDS_AFTER) {
            while (j < stop && !Character.isLetter(text.charAt(j))) {
                j++;
            }
            int wordStart = j;
            while (j < stop && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > wordStart) {
                seen++;
                String word = text.substring(wordStart, j);
                if (matches(words, word) || matches(afterOnly, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code score} raised by {@link #BOOST} when context is near, as Presidio does; never above 1. */
    public double boost(String text, int start, int end, double score) {
        return near(text, start, end) ? Math.min(1.0, score + BOOST) : score;
    }

    private static boolean matches(Set<String> words, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (words.contains(lower)) {
            return true;
        }
        return lower.length() > 3 && lower.endsWith("s") && words.contains(lower.substring(0, lower.length() - 1));
    }
}
