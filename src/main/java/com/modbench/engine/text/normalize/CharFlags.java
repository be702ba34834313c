package com.modbench.engine.text.normalize;

/**
 * Per-char properties the normaliser and the match key ask for every char, as one table lookup instead of
 * {@link Character#getType} (which {@code isLetter} and friends call). Values are exactly those of the
 * {@link Character} methods named; surrogate units are never letters or marks. Entries are computed on first use per
 * char, so loading this costs nothing (racy but idempotent writes of a byte, like {@link KeyTables#charClass}).
 */
final class CharFlags {

    private static final int LETTER = 1;
    private static final int LETTER_OR_DIGIT = 1 << 1;
    private static final int WHITESPACE = 1 << 2;
    private static final int NON_SPACING_MARK = 1 << 3;
    /** Separators between spaced-out letters ("f u c k", "f.u.c.k", "s/h/i/t"). */
    private static final int SPACING = 1 << 4;
    /** Punctuation trimmed from the start of a chunk before keying. */
    private static final int LEAD_TRIM = 1 << 5;
    /** Punctuation trimmed from the end of a chunk before keying; also ends a spaced letter. */
    private static final int TRAIL_TRIM = 1 << 6;
    /** Set in every computed entry, so an entry of 0 means "not computed yet". */
    private static final int COMPUTED = 1 << 7;
    /** Plane 1 only (emoji, mathematical letters, historic scripts): a letter, digit or other symbol. */
    private static final int WORD_SYMBOL = 1 << 1;

    private static final String SPACING_CHARS = " .-_*·•,/+~";
    private static final String LEAD_TRIM_CHARS = "\"'([{<¿¡«“‘‹#";
    private static final String TRAIL_TRIM_CHARS = ".,;:!?\"')]}>…»”’›";
    private static final int LETTERS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;

    private static final byte[] BMP = new byte[0x10000];
    private static final byte[] PLANE_1 = new byte[0x10000];

    private CharFlags() {
    }

    private static int of(char c) {
        int flags = BMP[c];
        return flags != 0 ? flags : computeBmp(c);
    }

    private static int computeBmp(char c) {
        int type = Character.getType(c);
        boolean letter = (LETTERS >> type & 1) != 0;
        int flags = COMPUTED | (letter ? LETTER : 0)
                | (letter || type == Character.DECIMAL_DIGIT_NUMBER ? LETTER_OR_DIGIT : 0)
                | (Character.isWhitespace(c) ? WHITESPACE : 0)
                | (type == Character.NON_SPACING_MARK ? NON_SPACING_MARK : 0)
                | (SPACING_CHARS.indexOf(c) >= 0 ? SPACING : 0)
                | (LEAD_TRIM_CHARS.indexOf(c) >= 0 ? LEAD_TRIM : 0)
                | (TRAIL_TRIM_CHARS.indexOf(c) >= 0 ? TRAIL_TRIM : 0);
        BMP[c] = (byte) flags;
        return flags;
    }

    private static int ofPlane1(int cp) {
        int flags = PLANE_1[cp - 0x10000];
        if (flags == 0) {
            flags = COMPUTED | (Character.isLetter(cp) ? LETTER : 0) | (isWordSymbol(cp) ? WORD_SYMBOL : 0);
            PLANE_1[cp - 0x10000] = (byte) flags;
        }
        return flags;
    }

    /** {@link Character#isLetter(char)}. */
    static boolean isLetter(char c) {
        return (of(c) & LETTER) != 0;
    }

    /** {@link Character#isLetter(int)}. */
    static boolean isLetter(int cp) {
        if (cp < 0x10000) {
            return isLetter((char) cp);
        }
        return cp < 0x20000 ? (ofPlane1(cp) & LETTER) != 0 : Character.isLetter(cp);
    }

    /** A letter, digit or symbol such as an emoji: a supplementary char the match key keeps as part of a word. */
    static boolean isWordCodePoint(int cp) {
        return cp >= 0x10000 && cp < 0x20000 ? (ofPlane1(cp) & WORD_SYMBOL) != 0 : isWordSymbol(cp);
    }

    private static boolean isWordSymbol(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    /** {@link Character#isWhitespace(char)}. */
    static boolean isWhitespace(char c) {
        return (of(c) & WHITESPACE) != 0;
    }

    /** A letter or a non-spacing mark: the chars of a word when resolving look-alikes. */
    static boolean isLetterOrNonSpacingMark(char c) {
        return (of(c) & (LETTER | NON_SPACING_MARK)) != 0;
    }

    static boolean isSpacing(char c) {
        return (of(c) & SPACING) != 0;
    }

    static boolean isSpacingOrWhitespace(char c) {
        return (of(c) & (SPACING | WHITESPACE)) != 0;
    }

    static boolean isLeadTrim(char c) {
        return (of(c) & LEAD_TRIM) != 0;
    }

    static boolean isTrailTrim(char c) {
        return (of(c) & TRAIL_TRIM) != 0;
    }

    /** Ends a spaced-out letter: a spacing char, white space, or trailing punctuation ("f u c k!"). */
    static boolean endsSpacedLetter(char c) {
        return (of(c) & (SPACING | WHITESPACE | TRAIL_TRIM)) != 0;
    }
}
