package com.modbench.engine.text.normalize;

import static com.modbench.engine.text.normalize.KeyTables.SEP;

/** Builds one {@link MatchKey}; see there for what is folded. Not thread-safe, used once. */
final class MatchKeyBuilder {

    /** Multi-char leetspeak, longest first; recognised inside words that use leetspeak. */
    private static final String[][] SYMBOL_TOKENS = {
        {"|\\/|", "m"}, {"/\\/\\", "m"}, {"\\/\\/", "w"}, {"|\\|", "n"}, {"/\\/", "n"}, {"|-|", "h"}, {"|3", "b"},
        {"l3", "b"}, {"|<", "k"}, {"><", "x"}, {"|)", "d"}, {"\\/", "v"}, {"()", "o"},
    };
    private static final String TOKEN_STARTS = "|/\\l>(";

    private final String text;
    /** The text's chars: read once per char, so indexing an array beats {@code String.charAt}. */
    private final char[] chars;
    private final int n;
    private final boolean[] skip;
    private final boolean[] spacedUnit;
    private final KeyBuffer out;
    /** Where the chunk {@link #plainWordAt} keyed ends. */
    private int plainEnd;

    MatchKeyBuilder(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        this.n = chars.length;
        this.skip = new boolean[n];
        this.spacedUnit = new boolean[n];
        this.out = new KeyBuffer(n + 1);
    }

    MatchKey build() {
        SpacedLetters spacedLetters = new SpacedLetters(chars, skip, spacedUnit);
        int i = 0;
        while (i < n) {
            if (skip[i]) {
                i++;
                continue;
            }
            if (CharFlags.isWhitespace(chars[i])) {
                out.emit(SEP, i, i + 1, false);
                i++;
                continue;
            }
            if (startsTwoLetters(i) && plainWordAt(i)) {
                i = plainEnd;
                continue;
            }
            int core = i;
            while (core < n && CharFlags.isLeadTrim(chars[core])) {
                core++;
            }
            int coreEnd = core;
            while (coreEnd < n && isLatinLower(chars[coreEnd])) {
                coreEnd++;
            }
            int end = coreEnd;
            while (end < n && CharFlags.isTrailTrim(chars[end])) {
                end++;
            }
            if (isPlainChunk(i, core, coreEnd, end)) {
                if (coreEnd - core == 1) {
                    spacedLetters.scan(i, end);
                }
                plainChunk(i, core, coreEnd, end);
                i = end;
                continue;
            }
            while (end < n && !CharFlags.isWhitespace(chars[end])) {
                end++;
            }
            spacedLetters.scan(i, end);
            chunk(i, end);
            i = end;
        }
        return out.toMatchKey();
    }

    private boolean startsTwoLetters(int i) {
        return i + 1 < n && isLatinLower(chars[i]) && isLatinLower(chars[i + 1]);
    }

    /**
     * The commonest chunk, a word of two or more ASCII lower-case letters (or a contraction of such words) with at
     * most trailing punctuation, keyed as it is read (what {@link #plainChunk} and {@link #chunk} do), so its letters
     * are read once: true, with {@link #plainEnd} set, if the chunk at {@code start} is one; otherwise its keys are
     * taken back and false returned.
     */
    private boolean plainWordAt(int start) {
        int mark = out.length();
        int run = out.run();
        int coreEnd = out.latinRun(chars, start, n);
        while (coreEnd + 1 < n && chars[coreEnd] == '\'' && isLatinLower(chars[coreEnd + 1])) {
            // a contraction ("don't", "you're"): the apostrophe is a separator, as emitAt keys it
            out.emit(SEP, coreEnd, coreEnd + 1, false);
            coreEnd = out.latinRun(chars, coreEnd + 1, n);
        }
        int end = coreEnd;
        while (end < n && CharFlags.isTrailTrim(chars[end])) {
            end++;
        }
        if (end < n && !CharFlags.isWhitespace(chars[end])) {
            out.truncate(mark, run);
            return false;
        }
        if (end > coreEnd) {
            out.emit(SEP, coreEnd, end, false);
        }
        plainEnd = end;
        return true;
    }

    static boolean isLatinLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * The most common chunks: ASCII lower-case letters only, at most wrapped in punctuation that is trimmed ("word,",
     * "(word)"), and not a lone letter in punctuation. They need no leetspeak, no marks, and (two letters or more)
     * hold no spaced letter, so {@link #plainChunk} keys them exactly as {@link #chunk} would.
     */
    private boolean isPlainChunk(int start, int core, int coreEnd, int end) {
        int letters = coreEnd - core;
        return (end == n || CharFlags.isWhitespace(chars[end]))
                && (letters >= 2 || letters == 1 && core == start && end == coreEnd);
    }

    private void plainChunk(int start, int core, int coreEnd, int end) {
        if (core > start) {
            out.emit(SEP, start, core, false);
        }
        if (coreEnd - core == 1) {
            out.latinLetter(chars, core, coreEnd, spacedUnit[core]);
        } else {
            out.latinRun(chars, core, coreEnd);
        }
        if (end > coreEnd) {
            out.emit(SEP, coreEnd, end, false);
        }
    }

    // ---- one whitespace-delimited chunk ---------------------------------------------------------------------------

    private void chunk(int chunkStart, int chunkEnd) {
        int s = chunkStart;
        int e = chunkEnd;
        while (s < e && CharFlags.isLeadTrim(chars[s]) && !skip[s]) {
            s++;
        }
        while (e > s && CharFlags.isTrailTrim(chars[e - 1]) && !skip[e - 1]) {
            e--;
        }
        if (s > chunkStart) {
            out.emit(SEP, chunkStart, s, false);
        }
        boolean leet = LeetWords.usesLeet(chars, s, e);
        int i = s;
        while (i < e) {
            i = emitAt(i, e, leet);
        }
        if (e < chunkEnd) {
            out.emit(SEP, e, chunkEnd, false);
        }
    }

    /** Emits the key for the char(s) at {@code i}; returns the index after them. */
    private int emitAt(int i, int end, boolean leet) {
        char c = chars[i];
        if (skip[i]) {
            return i + 1;
        }
        boolean spaced = spacedUnit[i];
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
            if (!CharFlags.isWordCodePoint(Character.toCodePoint(c, chars[i + 1]))) {
                out.emit(SEP, i, i + 2, false);
            } else {
                out.emitRaw(c, i, i + 2, true, spaced);
                out.emitRaw(chars[i + 1], i, i + 2, true, false);
            }
            return i + 2;
        }
        if (isLatinLower(c) && (c != 'l' || !leet)) {
            return out.latinLetter(chars, i, end, spaced);
        }
        byte cls = KeyTables.charClass(c);
        if (cls == KeyTables.MARK) {
            if (!out.isEmpty() && out.last() != SEP && KeyTables.droppableMarkAfter(out.last())) {
                out.extendLast(i + 1);
            } else {
                out.emitRaw(c, i, i + 1, !out.isEmpty() && out.lastUnspaced(), spaced);
            }
            return i + 1;
        }
        if (leet && TOKEN_STARTS.indexOf(c) >= 0) {
            for (String[] token : SYMBOL_TOKENS) {
                if (text.startsWith(token[0], i) && i + token[0].length() <= end) {
                    out.emit(token[1].charAt(0), i, i + token[0].length(), spaced);
                    return i + token[0].length();
                }
            }
        }
        if (CharFlags.isLetter(c)) {
            out.emit(KeyTables.fold(c), i, i + 1, spaced);
            return i + 1;
        }
        if (c >= '0' && c <= '9') {
            out.emit(leet ? KeyTables.leet(c) : c, i, i + 1, spaced);
            return i + 1;
        }
        char mapped = leet ? KeyTables.leet(c) : 0;
        if (mapped != 0) {
            out.emit(mapped, i, i + 1, spaced);
        } else if (cls == KeyTables.UNSPACED_SCRIPT) {
            out.emitRaw(c, i, i + 1, true, spaced);
        } else if ((c == '.' || c == '-' || c == '_') && joinsShortPieces(i, end)) {
            if (!out.isEmpty()) {
                out.extendLast(i + 1);
            }
        } else {
            out.emit(SEP, i, i + 1, false);
        }
        return i + 1;
    }

    /** "fu.ck", "sh-it": a joiner between letters where one side is one or two letters long. */
    private boolean joinsShortPieces(int i, int end) {
        int left = 0;
        for (int k = i - 1; k >= 0 && CharFlags.isLetter(chars[k]); k--) {
            left++;
        }
        int right = 0;
        for (int k = i + 1; k < end && CharFlags.isLetter(chars[k]); k++) {
            right++;
        }
        return left > 0 && right > 0 && (left <= 2 || right <= 2);
    }
}
