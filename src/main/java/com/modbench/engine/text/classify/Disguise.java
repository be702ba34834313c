package com.modbench.engine.text.classify;

import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.terms.TermHit;
import java.util.Locale;

/**
 * Whether a hit was written in disguise (b!tch, sh1t, ƒuck, f u c k, f.u.c.k, zero-width characters inside): the
 * writer knew the word and hid it, which is evidence of intent.
 */
final class Disguise {

    private Disguise() {
    }

    static boolean isDisguised(NormalizedText text, TermHit hit) {
        int originalStart = text.originalStart(hit.start());
        int originalEnd = Math.max(originalStart, text.originalEnd(hit.end()));
        if (!lowerCasedEquals(text.original(), originalStart, originalEnd, text.text(), hit.start(), hit.end())) {
            return true;
        }
        String term = hit.entry().term().toLowerCase(Locale.ROOT);
        boolean asciiTerm = isAscii(term);
        String normalized = text.text();
        int spanSpaces = 0;
        for (int i = hit.start(); i < hit.end(); ) {
            int cp = codePointAt(normalized, i, hit.end());
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (asciiTerm && cp >= 0x80) {
                    return true;
                }
            } else if (Character.isWhitespace(cp)) {
                spanSpaces++;
            } else if (cp != '\'' && cp != '’' && cp != '-' && term.indexOf(cp) < 0) {
                return true;
            }
        }
        return spanSpaces > whitespaceCount(term);
    }

    /** {@code original[start, end).toLowerCase(ROOT)} equals {@code normalized[from, to)}; no strings made for ASCII. */
    private static boolean lowerCasedEquals(String original, int start, int end, String normalized, int from, int to) {
        for (int i = start; i < end; i++) {
            if (original.charAt(i) >= 0x80) {
                return original.substring(start, end).toLowerCase(Locale.ROOT).equals(normalized.substring(from, to));
            }
        }
        if (end - start != to - from) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = original.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (lower != normalized.charAt(from + i - start)) {
                return false;
            }
        }
        return true;
    }

    /** The code point at {@code i}, not reading past {@code limit} (as in the substring that ends there). */
    private static int codePointAt(String s, int i, int limit) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(s.charAt(i + 1))) {
            return Character.toCodePoint(c, s.charAt(i + 1));
        }
        return c;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int whitespaceCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
