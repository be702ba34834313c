package com.modbench.engine.text.autocorrect;

/**
 * Finds the words the corrector reads, one after the other, exactly where {@code Matcher.find} with
 * <pre>(?&lt;![\p{L}\p{N}'_@#$/\\.-])\p{L}(?:[\p{L}']|[013457@$!|](?=\p{L}))*\p{L}(?![\p{L}\p{N}_@/\\-])</pre>
 * finds them ({@code WordScannerTest} holds the two against each other), in one pass without a regex engine: a word
 * starts at a letter not preceded by a letter, digit or one of {@code '_@#$/\.-}; continues over letters,
 * apostrophes and leet characters followed by a letter; and ends after its last letter that is not followed by a
 * letter, digit or one of {@code _@/\-} (the pattern's backtracking), or is no word at all.
 * <p>
 * Where a word may start is worked out for the whole text first, one bit per char, without a branch per char (a
 * branch that depends on the text mispredicts at every word); the scan then jumps from one such place to the next.
 */
final class WordScanner {

    private static final byte LETTER = 1;
    private static final byte BLOCKS_START = 2;
    private static final byte BLOCKS_END = 4;
    private static final byte LEET = 8;
    /** A letter outside ASCII (as a code point: the high surrogate of a supplementary letter has it). */
    private static final byte OTHER_LETTER = 16;
    private static final byte[] ASCII = new byte[128];
    /** Set in every computed entry of {@link #BMP_FLAGS}, so that 0 means "not computed yet". */
    private static final byte COMPUTED = 64;
    /**
     * {@link #nonAsciiFlags} of the other chars of the BMP, computed on first use per char (racy but idempotent
     * writes of a byte): asking {@link Character} costs several type lookups a char, and emoji-rich chat has many.
     */
    private static final byte[] BMP_FLAGS = new byte[0x10000];

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
    /** Bit {@code i}: a letter starts at char {@code i} and the char before does not block a word's start. */
    private final long[] starts;
    /** Bit {@code i}: char {@code i} is an ASCII letter. */
    private final long[] asciiLetters;
    private int from;
    private int start;
    private int end;
    private int firstLeet;

    WordScanner(char[] text) {
        this.text = text;
        int n = text.length;
        starts = new long[(n + 63) >>> 6];
        asciiLetters = new long[starts.length];
        long blockedBefore = 0;
        for (int word = 0; word < starts.length; word++) {
            // bit sets built side by side, so that no char waits for the one before
            long ascii = 0;
            long letters = 0;
            long blockers = 0;
            for (int i = word << 6, last = Math.min(i + 64, n); i < last; i++) {
                char c = text[i];
                int flags = c < 0x80 ? ASCII[c] : nonAsciiFlags(i);
                ascii |= (long) (flags & LETTER) << i;
                letters |= (long) ((flags | flags >>> 4) & LETTER) << i;
                blockers |= (long) ((flags & BLOCKS_START) >>> 1) << i;
            }
            asciiLetters[word] = ascii;
            starts[word] = letters & ~(blockers << 1 | blockedBefore);
            blockedBefore = blockers >>> 63;
        }
    }

    /** {@link #OTHER_LETTER} for the code point at {@code i}, {@link #BLOCKS_START} for the char there. */
    private int nonAsciiFlags(int i) {
        char c = text[i];
        if (Character.isSurrogate(c)) {
            // neither a letter nor a number itself, so it never blocks a start; its pair's code point may be a letter
            return isLetter(codePointAt(i)) ? OTHER_LETTER : 0;
        }
        int flags = BMP_FLAGS[c];
        if (flags == 0) {
            flags = COMPUTED | (isLetter(c) ? OTHER_LETTER : 0) | (blocksStart(c) ? BLOCKS_START : 0);
            BMP_FLAGS[c] = (byte) flags;
        }
        return flags & ~COMPUTED;
    }

    /** Moves to the next word; false when there is none. */
    boolean next() {
        int n = text.length;
        for (int s = nextStart(from); s < n; s = nextStart(s + 1)) {
            int e = wordEnd(s + Character.charCount(codePointAt(s)));
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

    /** The first place a word may start at or after {@code at}, or the text's length. */
    private int nextStart(int at) {
        int word = at >>> 6;
        if (word >= starts.length) {
            return text.length;
        }
        long bits = starts[word] & -1L << at;
        while (bits == 0) {
            if (++word == starts.length) {
                return text.length;
            }
            bits = starts[word];
        }
        return (word << 6) + Long.numberOfTrailingZeros(bits);
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
            if (cp < 0x80 && (ASCII[cp] & LETTER) != 0) {
                // a run of ASCII letters: each is followed by a letter, which blocks the end, until the last
                p = asciiLetterRunEnd(p);
                cp = p < n ? codePointAt(p) : -1;
                if (cp < 0 || !blocksEnd(cp)) {
                    best = p;
                }
            } else if (isLetter(cp)) {
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

    /** The first char at or after {@code p} that is no ASCII letter, or the text's length. */
    private int asciiLetterRunEnd(int p) {
        int word = p >>> 6;
        long others = ~asciiLetters[word] & -1L << p;
        while (others == 0) {
            if (++word == asciiLetters.length) {
                return text.length;
            }
            others = ~asciiLetters[word];
        }
        return Math.min((word << 6) + Long.numberOfTrailingZeros(others), text.length);
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
