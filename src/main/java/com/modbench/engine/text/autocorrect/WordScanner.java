package com.modbench.engine.text.autocorrect;

/**
 * Finds the words the corrector reads, one after the other, exactly where {@code Matcher.find} with
 * <pre>(?&lt;![\p{L}\p{N}'_@#$/\\.-])\p{L}(?:[\p{L}']|[013457@$!|](?=\p{L}))*\p{L}(?![\p{L}\p{N}_@/\\-])</pre>
 * finds them ({@code WordScannerTest} holds the two against each other), in one pass without a regex engine: a word
 * starts at a letter not preceded by a letter, digit or one of {@code '_@#$/\.-}; continues over letters,
 * apostrophes and leet characters followed by a letter; and ends after its last letter that is not followed by a
 * letter, digit or one of {@code _@/\-} (the pattern's backtracking), or is no word at all.
 */
final class WordScanner {

    private static final byte LETTER = 1;
    private static final byte BLOCKS_START = 2;
    private static final byte BLOCKS_END = 4;
    private static final byte LEET = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            ASCII[c] = (byte) ((letter ? LETTER : 0)
                    | (letter || digit || "'_@#$/\\.-".indexOf(c) >= 0 ? BLOCKS_START : 0)
                    | (letter || digit || "_@/\\-".indexOf(c) >= 0 ? BLOCKS_END : 0)
                    | ("013457@$!|".indexOf(c) >= 0 ? LEET : 0));
        }
    }

    private final char[] text;
    private int from;
    private int start;
    private int end;
    private int firstLeet;

    WordScanner(char[] text) {
        this.text = text;
    }

    /** Moves to the next word; false when there is none. */
    boolean next() {
        int n = text.length;
        for (int s = from; s < n; s++) {
            // The look-behind of the pattern reads one UTF-16 unit: half a surrogate pair never blocks a word.
            if (s > 0 && blocksStart(text[s - 1])) {
                continue;
            }
            int cp = codePointAt(s);
            if (!isLetter(cp)) {
                continue;
            }
            int e = wordEnd(s + Character.charCount(cp));
            if (e >= 0) {
                start = s;
                end = e;
                from = e;
                return true;
            }
        }
        from = n;
        return false;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** True when the word holds a leet character ({@code 013457@$!|}). */
    boolean hasLeet() {
        return firstLeet >= 0 && firstLeet < end;
    }

    /** The end of the longest word whose first letter ends at {@code p}, or -1. */
    private int wordEnd(int p) {
        int n = text.length;
        int best = -1;
        firstLeet = -1;
        int cp = p < n ? codePointAt(p) : -1;
        while (cp >= 0) {
            if (isLetter(cp)) {
                p += Character.charCount(cp);
                cp = p < n ? codePointAt(p) : -1;
                if (cp < 0 || !blocksEnd(cp)) {
                    best = p;
                }
            } else if (cp == '\'' || isLeet(cp) && p + 1 < n && isLetter(codePointAt(p + 1))) {
                if (cp != '\'' && firstLeet < 0) {
                    firstLeet = p;
                }
                p++;
                cp = p < n ? codePointAt(p) : -1;
            } else {
                break;
            }
        }
        return best;
    }

    private static boolean blocksEnd(int cp) {
        return cp < 128 ? (ASCII[cp] & BLOCKS_END) != 0 : isLetter(cp) || isNumber(cp);
    }

    private int codePointAt(int i) {
        char c = text[i];
        return Character.isSurrogate(c) ? Character.codePointAt(text, i) : c;
    }

    private static boolean blocksStart(char c) {
        return c < 128 ? (ASCII[c] & BLOCKS_START) != 0 : isLetter(c) || isNumber(c);
    }

    private static boolean isLetter(int cp) {
        return cp < 128 ? (ASCII[cp] & LETTER) != 0 : Character.isLetter(cp);
    }

    private static boolean isLeet(int cp) {
        return cp < 128 && (ASCII[cp] & LEET) != 0;
    }

    /** {@code \p{N}}: decimal digits, letter numbers and other numbers. */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
