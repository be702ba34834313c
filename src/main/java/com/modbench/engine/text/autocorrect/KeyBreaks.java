package com.modbench.engine.text.autocorrect;

/**
 * Breaks: chars of a text at which its normalised form and match key fall apart into pieces that can be computed
 * on their own. A break is ASCII white space, which the normaliser copies and the match key turns into a word
 * separator; the char after it is below U+0300, so it cannot compose with the space; and on one side a digit, or a
 * letter next to another letter or digit, keeps spaced-out letters ("f u c k", joined across white space) from
 * reaching across: such a run is made of lone letters. Normalising or keying a piece between two breaks gives
 * exactly the part of the whole text's result between them.
 */
final class KeyBreaks {

    private KeyBreaks() {
    }

    /** True if {@code text[at]} is a break. */
    static boolean isBreak(String text, int at) {
        char c = text.charAt(at);
        if (c >= 0x80 || !Character.isWhitespace(c)) {
            return false;
        }
        int n = text.length();
        if (at + 1 < n && text.charAt(at + 1) >= 0x300) {
            return false;
        }
        return notLoneLetterBefore(text, at) || notLoneLetterAfter(text, at);
    }

    /** The last break before {@code before}, or -1. */
    static int previous(String text, int before) {
        for (int i = Math.min(before, text.length()) - 1; i >= 0; i--) {
            if (text.charAt(i) <= ' ' && isBreak(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first break at or after {@code from}, or the text's length. */
    static int next(String text, int from) {
        for (int i = Math.max(from, 0); i < text.length(); i++) {
            if (text.charAt(i) <= ' ' && isBreak(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean notLoneLetterBefore(String text, int at) {
        if (at < 1) {
            return false;
        }
        char c = text.charAt(at - 1);
        return isDigit(c) || isLetter(c) && at >= 2 && isLetterOrDigit(text.charAt(at - 2));
    }

    private static boolean notLoneLetterAfter(String text, int at) {
        int n = text.length();
        if (at + 1 >= n) {
            return false;
        }
        char c = text.charAt(at + 1);
        return isDigit(c) || isLetter(c) && at + 2 < n && isLetterOrDigit(text.charAt(at + 2));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }
}
