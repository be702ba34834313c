package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where {@link UsAddressRecognizer}'s patterns can start, for {@link FilteredFinder}: a test per index that is
 * false only where the pattern surely cannot match, so the big address patterns (whose matchers are slow to reset)
 * run at a few words instead of at every index of the text. Each test reads the word at the index: the patterns
 * want whole words there (a state code or name, a five-digit ZIP, a house number, a number word).
 */
final class AddressStarts {

    private static final int ZIP_DIGITS = 5;
    /** USPS codes by first and second letter. */
    private static final boolean[] CODES = new boolean[26 * 26];
    /** First words of the state names, by first letter ("New", "NEW", "Texas" …). */
    private static final List<List<String>> NAME_WORDS = byFirstLetter();
    /** Number words, lower case, by first letter. */
    private static final List<List<String>> NUMBER_WORDS = byFirstLetter();
    /** Per first letter, a bit per word length in the lists above: most words are ruled out by length alone. */
    private static final int[] NAME_LENGTHS = new int[26];
    private static final int[] NUMBER_LENGTHS = new int[26];

    static {
        for (String code : UsStates.codes()) {
            CODES[(code.charAt(0) - 'A') * 26 + code.charAt(1) - 'A'] = true;
        }
        for (String name : UsStates.writtenNames()) {
            add(NAME_WORDS, NAME_LENGTHS, name.split(" ")[0]);
        }
        for (String word : UsAddressRecognizer.numberWords()) {
            add(NUMBER_WORDS, NUMBER_LENGTHS, word);
        }
    }

    private AddressStarts() {
    }

    /** Where {@link #tail} can hold, ascending: the capitals that start a word, and the runs of five digits. */
    static int[] tailPositions(ScannedText scan) {
        int[] out = new int[scan.capitalCount() + scan.digitRunCount()];
        int n = 0;
        int c = 0;
        for (int d = 0; d < scan.digitRunCount(); d++) {
            int digits = scan.digitRunStart(d);
            if (scan.digitRunEnd(d) - digits != ZIP_DIGITS) {
                continue;
            }
            while (c < scan.capitalCount() && scan.capital(c) < digits) {
                out[n++] = scan.capital(c++);
            }
            out[n++] = digits;
        }
        while (c < scan.capitalCount()) {
            out[n++] = scan.capital(c++);
        }
        return Arrays.copyOf(out, n);
    }

    /** A state code (maybe dotted) or name, or a five-digit ZIP, after no letter or digit. */
    static boolean tail(String text, int i) {
        char c = text.charAt(i);
        if (c >= 'A' && c <= 'Z') {
            int length = letters(text, i);
            boolean dottedCode = length == 1 && i + 1 < text.length() && text.charAt(i + 1) == '.';
            boolean code = length == 2 && isCode(c, text.charAt(i + 1));
            return (dottedCode || code || isWord(NAME_WORDS, NAME_LENGTHS, text, i, length, false))
                    && !FilteredFinder.letterOrDigitBefore(text, i);
        }
        return isDigit(c) && digits(text, i) == ZIP_DIGITS && !FilteredFinder.letterOrDigitBefore(text, i);
    }

    /**
     * A house number ("12", "12-3", "12B") or a number word, then a space or a dash; or "PO Box" / "Post Office
     * Box". Never after a letter, digit, '#' or '-'.
     */
    static boolean address(String text, int i) {
        if (i > 0 && (text.charAt(i - 1) == '#' || text.charAt(i - 1) == '-'
                || FilteredFinder.letterOrDigitBefore(text, i))) {
            return false;
        }
        char c = text.charAt(i);
        if (isDigit(c)) {
            int length = digits(text, i);
            return length <= 6 && i + length < text.length() && isNumberEnd(text.charAt(i + length));
        }
        if (c == 'p' || c == 'P') {
            return i + 1 < text.length() && ".oO ".indexOf(text.charAt(i + 1)) >= 0;
        }
        int length = letters(text, i);
        return length > 0 && i + length < text.length()
                && (text.charAt(i + length) == ' ' || text.charAt(i + length) == '-')
                && isWord(NUMBER_WORDS, NUMBER_LENGTHS, text, i, length, true);
    }

    /** PSC, CMR, Unit, or a ship (USNS, USNV, USS, USCGC), after no letter or digit. */
    static boolean military(String text, int i) {
        boolean start = text.startsWith("PSC", i) || text.startsWith("CMR", i) || text.startsWith("Unit", i)
                || text.startsWith("US", i);
        return start && !FilteredFinder.letterOrDigitBefore(text, i);
    }

    private static boolean isNumberEnd(char c) {
        return c == ' ' || c == '-' || isAsciiLetter(c);
    }

    private static boolean isCode(char first, char second) {
        return second >= 'A' && second <= 'Z' && CODES[(first - 'A') * 26 + second - 'A'];
    }

    /** Whether the {@code length} letters at {@code i} are one of {@code words} (listed by lower-case initial). */
    private static boolean isWord(List<List<String>> words, int[] lengths, String text, int i, int length,
            boolean ignoreCase) {
        int letter = (text.charAt(i) | 0x20) - 'a';
        if (letter < 0 || letter >= 26 || length >= 32 || (lengths[letter] & 1 << length) == 0) {
            return false;
        }
        for (String word : words.get(letter)) {
            if (word.length() == length && text.regionMatches(ignoreCase, i, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** The number of ASCII letters from {@code i}. */
    private static int letters(String text, int i) {
        int j = i;
        while (j < text.length() && isAsciiLetter(text.charAt(j))) {
            j++;
        }
        return j - i;
    }

    /** The number of ASCII digits from {@code i}. */
    private static int digits(String text, int i) {
        int j = i;
        while (j < text.length() && isDigit(text.charAt(j))) {
            j++;
        }
        return j - i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static List<List<String>> byFirstLetter() {
        List<List<String>> lists = new ArrayList<>();
        for (int k = 0; k < 26; k++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static void add(List<List<String>> words, int[] lengths, String word) {
        int letter = Character.toLowerCase(word.charAt(0)) - 'a';
        words.get(letter).add(word);
        lengths[letter] |= 1 << word.length();
    }
}
