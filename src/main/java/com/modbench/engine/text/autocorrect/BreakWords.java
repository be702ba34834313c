package com.modbench.engine.text.autocorrect;

import com.modbench.engine.text.normalize.MatchKey;
import com.modbench.engine.text.normalize.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The match-key words on either side of the breaks of the corrected text ({@link KeyBreaks}): the pieces next to a
 * break are normalised and keyed on their own, each once. A piece whose key holds no word (only punctuation, say) is passed
 * over to the next. Used for one call, not thread-safe.
 */
final class BreakWords {

    private static final String[] NO_WORDS = {};

    private final String text;
    private final Normalizer normalizer;
    /** First and last key word of each piece keyed so far, by its start (none if it has no word). */
    private final Map<Integer, String[]> pieces = new HashMap<>();

    BreakWords(String text, Normalizer normalizer) {
        this.text = text;
        this.normalizer = normalizer;
    }

    /** The last key word before the break at {@code at}, or "" if there is none. */
    String before(int at) {
        int end = at;
        while (end > 0) {
            int start = KeyBreaks.previous(text, end);
            String[] words = piece(start, end);
            if (words.length > 0) {
                return words[1];
            }
            end = start;
        }
        return "";
    }

    /** The first key word after the break at {@code at}, or "" if there is none. */
    String after(int at) {
        int start = at;
        while (start < text.length() - 1) {
            int end = KeyBreaks.next(text, start + 1);
            String[] words = piece(start, end);
            if (words.length > 0) {
                return words[0];
            }
            start = end;
        }
        return "";
    }

    /** First and last key word of the chars strictly between the breaks {@code start} and {@code end}. */
    private String[] piece(int start, int end) {
        if (start + 1 >= end) {
            return NO_WORDS;
        }
        String[] words = pieces.get(start);
        if (words == null) {
            words = words(MatchKey.of(normalizer.normalize(text.substring(start + 1, end)).text()));
            pieces.put(start, words);
        }
        return words;
    }

    /** First and last word of a match key; nulls if it has none (then the words next to it lie beyond). */
    static String[] of(MatchKey key) {
        String[] words = words(key);
        return words.length > 0 ? words : new String[2];
    }

    private static String[] words(MatchKey key) {
        String trimmed = key.trimmedKey();
        if (trimmed.isEmpty()) {
            return NO_WORDS;
        }
        int firstEnd = trimmed.indexOf(MatchKey.SEP);
        return firstEnd < 0 ? new String[] {trimmed, trimmed}
                : new String[] {trimmed.substring(0, firstEnd), trimmed.substring(trimmed.lastIndexOf(MatchKey.SEP) + 1)};
    }
}
