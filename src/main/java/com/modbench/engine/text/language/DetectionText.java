package com.modbench.engine.text.language;

import com.modbench.engine.text.ChatMarkup;

/** The text the n-gram detector reads: at most {@value #MAX_CHARS} chars of letters and single spaces. */
final class DetectionText {

    /**
     * Only the first this many cleaned characters are read: by then the language is settled (Lingua's sentences: 16
     * of 78,141 answers change against reading 600) and longer text would cost time for nothing.
     */
    static final int MAX_CHARS = 200;

    private DetectionText() {
    }

    /**
     * Lower-cased letters, combining marks (kept: like the models' training text, they break n-grams) and single
     * spaces; punctuation and digits dropped, other symbols become spaces. Chat markup ({@link ChatMarkup}: @handles,
     * #hashtags, links, {@code &amp;}) is skipped, as its letters are names, not language, unless nothing else is
     * left ("#love" alone is read as "love").
     */
    static String clean(String text) {
        String cleaned = clean(text, true);
        return cleaned.isEmpty() ? clean(text, false) : cleaned;
    }

    private static String clean(String text, boolean skipMarkup) {
        char[] in = text.toCharArray(); // screened text is at most 1,024 chars, and a char[] is quicker to read
        // out[0] is a space that is never returned, so that a space is appended only after something else;
        // lower-casing keeps a code point's length in chars and markup leaves at most one space: never longer
        char[] out = new char[Math.min(in.length, MAX_CHARS + 1) + 1];
        out[0] = ' ';
        int n = 1;
        int endsInSpace = 1;
        // 1 if the char before is a word's (ChatMarkup#isHandleChar): no markup starts after one
        int afterWordChar = 0;
        int markup = skipMarkup ? 1 : 0;
        int i = 0;
        while (i < in.length && n <= MAX_CHARS) {
            char c = in[i];
            if (c < ASCII_OUT.length) {
                if ((MARKUP_START[c] & markup & ~afterWordChar) != 0) {
                    int end = ChatMarkup.end(text, i);
                    if (end > i) {
                        i = end;
                        n = space(out, n);
                        endsInSpace = 1;
                        afterWordChar = ChatMarkup.isHandleChar(in[end - 1]) ? 1 : 0;
                        continue;
                    }
                }
                afterWordChar = ASCII_WORD_CHAR[c];
                i++;
                // without a branch per char (which of the three a char is cannot be predicted), and without reading
                // back the char just written (the processor would wait for the write)
                out[n] = ASCII_OUT[c];
                int appended = ASCII_KEPT[c] | ASCII_SPACE[c] & ~endsInSpace;
                n += appended;
                endsInSpace = endsInSpace & ~appended | ASCII_SPACE[c] & appended;
                continue;
            }
            int cp = Character.codePointAt(in, i);
            i += Character.charCount(cp);
            switch (kind(cp)) {
                case KEEP -> n += Character.toChars(Character.toLowerCase(cp), out, n);
                case MARK -> n += Character.toChars(cp, out, n);
                case DROP -> { }
                default -> n = space(out, n);
            }
            endsInSpace = out[n - 1] == ' ' ? 1 : 0;
            afterWordChar = ChatMarkup.isHandleChar(in[i - 1]) ? 1 : 0;
        }
        while (n > 1 && out[n - 1] == ' ') {
            n--;
        }
        return new String(out, 1, n - 1);
    }

    /** Appends a space unless the text already ends with one; the new length. */
    private static int space(char[] out, int n) {
        if (out[n - 1] != ' ') {
            out[n++] = ' ';
        }
        return n;
    }

    private static final byte KEEP = 0;
    private static final byte MARK = 1;
    private static final byte DROP = 2;
    private static final byte SPACE = 3;
    /** Per ASCII char: what it becomes (0 for nothing), 1 if a kept letter, 1 if a space. */
    private static final char[] ASCII_OUT = new char[128];
    private static final int[] ASCII_KEPT = new int[128];
    private static final int[] ASCII_SPACE = new int[128];

    /** 1 for the ASCII chars that may start markup, 1 for a word's ASCII chars. */
    private static final int[] MARKUP_START = new int[128];
    private static final int[] ASCII_WORD_CHAR = new int[128];

    static {
        for (char c : "@#&hwHW".toCharArray()) {
            MARKUP_START[c] = 1;
        }
        for (char c = 0; c < ASCII_OUT.length; c++) {
            byte kind = kind(c);
            ASCII_KEPT[c] = kind == KEEP ? 1 : 0;
            ASCII_WORD_CHAR[c] = ChatMarkup.isHandleChar(c) ? 1 : 0;
            ASCII_SPACE[c] = kind == SPACE ? 1 : 0;
            ASCII_OUT[c] = kind == KEEP ? (char) (c | 0x20) : kind == SPACE ? ' ' : 0;
        }
    }

    /** Letters are kept (lower-cased), marks kept, digits, punctuation and format chars dropped, the rest a space. */
    private static byte kind(int cp) {
        int type = Character.getType(cp);
        if (Character.isLetter(cp)) {
            return KEEP;
        } else if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return MARK;
        } else if (Character.isDigit(cp) || isPunctuation(type) || type == Character.FORMAT) {
            return DROP;
        }
        return SPACE;
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
