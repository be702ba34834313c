package com.modbench.engine.text.normalize;

import static com.modbench.engine.text.normalize.KeyTables.IL;
import static com.modbench.engine.text.normalize.KeyTables.MASK;
import static com.modbench.engine.text.normalize.KeyTables.SEP;

import java.util.Arrays;

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
    private char[] key;
    private int[] from;
    private int[] to;
    private byte[] flags;
    private int length;
    private int run;

    MatchKeyBuilder(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        this.n = chars.length;
        this.skip = new boolean[n];
        this.spacedUnit = new boolean[n];
        int capacity = n + 1;
        key = new char[capacity];
        from = new int[capacity];
        to = new int[capacity];
        flags = new byte[capacity];
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
                emit(SEP, i, i + 1, false);
                i++;
                continue;
            }
            int end = i;
            while (end < n && isLatinLower(chars[end])) {
                end++;
            }
            if (end > i && (end == n || CharFlags.isWhitespace(chars[end]))) {
                if (end - i == 1) {
                    spacedLetters.scan(i, end);
                }
                plainWord(i, end);
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
        foldVowelV();
        return new MatchKey(key, from, to, flags, length);
    }

    static boolean isLatinLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * A chunk of ASCII lower-case letters only, the most common kind: nothing to trim, no leetspeak, no marks, so
     * each letter goes straight to {@link #emitLatinLetter}, exactly as {@link #chunk} would send it.
     */
    private void plainWord(int start, int end) {
        int i = start;
        while (i < end) {
            i = emitLatinLetter(chars[i], i, end, spacedUnit[i]);
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
            emit(SEP, chunkStart, s, false);
        }
        boolean leet = LeetWords.usesLeet(chars, s, e);
        int i = s;
        while (i < e) {
            i = emitAt(i, e, leet);
        }
        if (e < chunkEnd) {
            emit(SEP, e, chunkEnd, false);
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
                emit(SEP, i, i + 2, false);
            } else {
                emitRaw(c, i, i + 2, true, spaced);
                emitRaw(chars[i + 1], i, i + 2, true, false);
            }
            return i + 2;
        }
        if (isLatinLower(c) && (c != 'l' || !leet)) {
            return emitLatinLetter(c, i, end, spaced);
        }
        byte cls = KeyTables.charClass(c);
        if (cls == KeyTables.MARK) {
            if (length > 0 && key[length - 1] != SEP && KeyTables.droppableMarkAfter(key[length - 1])) {
                to[length - 1] = i + 1;
            } else {
                emitRaw(c, i, i + 1, length > 0 && (flags[length - 1] & MatchKey.UNSPACED) != 0, spaced);
            }
            return i + 1;
        }
        if (leet && TOKEN_STARTS.indexOf(c) >= 0) {
            for (String[] token : SYMBOL_TOKENS) {
                if (text.startsWith(token[0], i) && i + token[0].length() <= end) {
                    emit(token[1].charAt(0), i, i + token[0].length(), spaced);
                    return i + token[0].length();
                }
            }
        }
        if (CharFlags.isLetter(c)) {
            emit(KeyTables.fold(c), i, i + 1, spaced);
            return i + 1;
        }
        if (c >= '0' && c <= '9') {
            emit(leet ? KeyTables.leet(c) : c, i, i + 1, spaced);
            return i + 1;
        }
        char mapped = leet ? KeyTables.leet(c) : 0;
        if (mapped != 0) {
            emit(mapped, i, i + 1, spaced);
        } else if (cls == KeyTables.UNSPACED_SCRIPT) {
            emitRaw(c, i, i + 1, true, spaced);
        } else if ((c == '.' || c == '-' || c == '_') && joinsShortPieces(i, end)) {
            if (length > 0) {
                to[length - 1] = i + 1;
            }
        } else {
            emit(SEP, i, i + 1, false);
        }
        return i + 1;
    }

    /** An ASCII lower-case letter: "ph" reads as f, "vv" as w; stretched letters collapse. */
    private int emitLatinLetter(char c, int i, int end, boolean spaced) {
        char next = i + 1 < end ? chars[i + 1] : 0;
        if (c == 'p' && next == 'h' || c == 'v' && next == 'v') {
            emit(c == 'p' ? 'f' : 'w', i, i + 2, spaced);
            return i + 2;
        }
        if (length > 0 && key[length - 1] == c) {
            run++;
            if (run > (KeyTables.keepsTwo(c) ? 2 : 1)) {
                to[length - 1] = i + 1;
                return i + 1;
            }
        } else {
            run = 1;
        }
        append(c, i, i + 1, spaced ? MatchKey.SPACED : 0);
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

    // ---- emission with repeat collapsing ---------------------------------------------------------------------------

    private void emit(char c, int start, int end, boolean spaced) {
        if (length > 0 && key[length - 1] == c) {
            if (c == SEP) {
                to[length - 1] = end;
                return;
            }
            run++;
            int limit = c == MASK ? 1 : c < 128 && !KeyTables.keepsTwo(c) ? 1 : 2;
            boolean collapsible = c == MASK || c == IL || CharFlags.isLetter(c)
                    && KeyTables.charClass(c) != KeyTables.UNSPACED_SCRIPT;
            if (run > limit && collapsible) {
                to[length - 1] = end;
                return;
            }
        } else {
            run = 1;
        }
        emitRaw(c, start, end, false, spaced);
    }

    private void emitRaw(char c, int start, int end, boolean unspaced, boolean spaced) {
        boolean unspacedScript = unspaced || c != SEP && c != IL && c != MASK
                && KeyTables.charClass(c) == KeyTables.UNSPACED_SCRIPT;
        append(c, start, end, (spaced ? MatchKey.SPACED : 0) | (unspacedScript ? MatchKey.UNSPACED : 0));
    }

    /** Appends a key char; a word starts at it after a separator, at a separator, at a spaced letter, or where the script kind changes. */
    private void append(char c, int start, int end, int charFlags) {
        if (length == key.length) {
            int size = length * 2 + 2;
            key = Arrays.copyOf(key, size);
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            flags = Arrays.copyOf(flags, size);
        }
        boolean boundary = length == 0 || key[length - 1] == SEP || c == SEP || (charFlags & MatchKey.SPACED) != 0
                || (charFlags & MatchKey.UNSPACED) != (flags[length - 1] & MatchKey.UNSPACED);
        key[length] = c;
        from[length] = start;
        to[length] = end;
        flags[length] = (byte) (boundary ? charFlags | MatchKey.BOUNDARY_BEFORE : charFlags);
        length++;
    }

    /** "fvck", "cvnt": a v between consonants reads as u. */
    private void foldVowelV() {
        for (int k = 1; k + 1 < length; k++) {
            if (key[k] == 'v' && KeyTables.isLatinConsonant(key[k - 1]) && KeyTables.isLatinConsonant(key[k + 1])) {
                key[k] = 'u';
            }
        }
    }

}
