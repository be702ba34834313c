package com.modbench.ui.text;

import java.util.Locale;

/**
 * Where a term ends in the original text. The wire gives only its start ({@code OriginalIndex}) and the normalised
 * term, and evasions make the original longer ("f.u.c.k", "fuuuck", "sh!t"): the span runs from the start over the
 * term's letters in order, allowing repeats, separators and leet look-alikes in between, to the end of that word.
 */
final class OriginalSpans {

    private static final String LEET_FROM = "@4310!|$5+7";
    private static final String LEET_TO = "aaeoiiisstt";
    private static final int MAX_GAP = 3;

    private OriginalSpans() {
    }

    static int termEnd(String original, int start, String term) {
        String wanted = term.toLowerCase(Locale.ROOT);
        int pos = start;
        int matched = 0;
        int gap = 0;
        while (pos < original.length() && matched < wanted.length()) {
            char c = fold(original.charAt(pos));
            if (c == wanted.charAt(matched)) {
                matched++;
                gap = 0;
            } else if (matched > 0 && c == wanted.charAt(matched - 1)) {
                gap = 0;
            } else if (++gap > MAX_GAP) {
                break;
            }
            pos++;
        }
        if (matched < wanted.length()) {
            return Math.min(original.length(), start + term.length());
        }
        while (pos < original.length() && fold(original.charAt(pos)) == wanted.charAt(wanted.length() - 1)) {
            pos++;
        }
        return pos;
    }

    private static char fold(char c) {
        int leet = LEET_FROM.indexOf(c);
        return leet >= 0 ? LEET_TO.charAt(leet) : Character.toLowerCase(c);
    }
}
