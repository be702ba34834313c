package com.modbench.engine.text.normalize;

/**
 * Decides whether a word is read as leetspeak: letters mixed with digits or symbols, or symbols only, but never a
 * number, ordinal, unit, code ("A55", "B52"), e-mail address or URL. Works on a span of chars, without regular
 * expressions or substrings, because it runs for every word with a digit or symbol in it.
 */
final class LeetWords {

    /** Suffixes after digits that make an ordinal or a unit ("1st", "5k", "10yrs"), not leetspeak. */
    private static final String[] UNIT_SUFFIXES = {
        "st", "nd", "rd", "th", "s", "k", "m", "h", "am", "pm", "x", "p", "d", "g", "mb", "gb", "kb", "kg", "km", "cm",
        "mm", "ml", "hz", "fps", "yo", "yr", "yrs",
    };
    private static final String NUMBER_SIGNS = "$€£¥#+-";
    private static final String NUMBER_CHARS = "0123456789.,:/%x-";

    private LeetWords() {
    }

    /** True if the word {@code text[s, e)} (trimmed of punctuation) uses leetspeak. */
    static boolean usesLeet(char[] text, int s, int e) {
        boolean latin = false;
        boolean letter = false;
        boolean symbol = false;
        boolean digit = false;
        boolean at = false;
        for (int i = s; i < e; i++) {
            char c = text[i];
            if (CharFlags.isLetter(c)) {
                letter = true;
                latin |= c < 0x250;
            } else if (isDigit(c)) {
                digit = true;
            } else if (KeyTables.leet(c) != 0 || c == '/' || c == '\\') {
                symbol = true;
                at |= c == '@';
            }
        }
        if (!(letter ? latin && (symbol || digit) : symbol && e - s >= 2)) {
            return false;
        }
        if (at && isEmail(text, s, e) || contains(text, s, e, "://") || startsWith(text, s, e, "www.")) {
            return false;
        }
        return letter ? !isOrdinalOrUnit(text, s, e) : !isNumber(text, s, e);
    }

    /** A '.' somewhere after the first '@' (as in "a@b.c"). */
    private static boolean isEmail(char[] text, int s, int e) {
        int at = s;
        while (at < e && text[at] != '@') {
            at++;
        }
        for (int i = at; i < e; i++) {
            if (text[i] == '.') {
                return i > s;
            }
        }
        return false;
    }

    /** Digits then a unit suffix ("4th", "5k"), or one ASCII letter then digits ("a55"). */
    static boolean isOrdinalOrUnit(char[] text, int s, int e) {
        int d = s;
        while (d < e && isDigit(text[d])) {
            d++;
        }
        if (d > s) {
            for (String suffix : UNIT_SUFFIXES) {
                if (suffix.length() == e - d && startsWith(text, d, e, suffix)) {
                    return true;
                }
            }
        }
        if (e - s < 2 || text[s] < 'a' || text[s] > 'z') {
            return false;
        }
        for (int i = s + 1; i < e; i++) {
            if (!isDigit(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** An optional sign, a digit, then digits and number punctuation ("$100", "1,000", "10:30", "50%"). */
    static boolean isNumber(char[] text, int s, int e) {
        int i = s;
        if (i < e && NUMBER_SIGNS.indexOf(text[i]) >= 0) {
            i++;
        }
        if (i >= e || !isDigit(text[i])) {
            return false;
        }
        for (i++; i < e; i++) {
            if (NUMBER_CHARS.indexOf(text[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean startsWith(char[] text, int s, int e, String prefix) {
        if (e - s < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[s + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(char[] text, int s, int e, String part) {
        for (int i = s; i + part.length() <= e; i++) {
            if (startsWith(text, i, e, part)) {
                return true;
            }
        }
        return false;
    }
}
