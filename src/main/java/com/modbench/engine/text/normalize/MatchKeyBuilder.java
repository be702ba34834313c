package com.modbench.engine.text.normalize;

import static com.modbench.engine.text.normalize.KeyTables.IL;
import static com.modbench.engine.text.normalize.KeyTables.MASK;
import static com.modbench.engine.text.normalize.KeyTables.SEP;

import java.util.regex.Pattern;

/** Builds one {@link MatchKey}; see there for what is folded. Not thread-safe, used once. */
final class MatchKeyBuilder {

    /** Multi-char leetspeak, longest first; recognised inside words that use leetspeak. */
    private static final String[][] SYMBOL_TOKENS = {
        {"|\\/|", "m"}, {"/\\/\\", "m"}, {"\\/\\/", "w"}, {"|\\|", "n"}, {"/\\/", "n"}, {"|-|", "h"}, {"|3", "b"},
        {"l3", "b"}, {"|<", "k"}, {"><", "x"}, {"|)", "d"}, {"\\/", "v"}, {"()", "o"},
    };
    private static final String TOKEN_STARTS = "|/\\l>(";
    private static final String LEAD_TRIM = "\"'([{<¿¡«“‘‹#";
    private static final String TRAIL_TRIM = ".,;:!?\"')]}>…»”’›";
    private static final String SPACING = " .-_*·•,/+~";
    private static final String JOINERS = ".-_";
    /** Letters with digits that are not leetspeak: ordinals, units, codes such as "A55", "B52". */
    private static final Pattern ORDINAL_OR_UNIT = Pattern.compile(
            "\\d+(st|nd|rd|th|s|k|m|h|am|pm|x|p|d|g|mb|gb|kb|kg|km|cm|mm|ml|hz|fps|yo|yr|yrs)|[a-z]\\d+");
    private static final Pattern NUMBER = Pattern.compile("[$€£¥#+-]?[0-9][0-9.,:/%x-]*");

    private final String text;
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
        this.n = text.length();
        this.skip = new boolean[n];
        this.spacedUnit = new boolean[n];
        int capacity = n + 1;
        key = new char[capacity];
        from = new int[capacity];
        to = new int[capacity];
        flags = new byte[capacity];
    }

    MatchKey build() {
        findSpacedRuns();
        int i = 0;
        while (i < n) {
            if (skip[i]) {
                i++;
                continue;
            }
            if (Character.isWhitespace(text.charAt(i))) {
                emit(SEP, i, i + 1, false);
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            chunk(i, end);
            i = end;
        }
        foldVowelV();
        markBoundaries();
        return new MatchKey(key, from, to, flags, length);
    }

    // ---- spaced letters -------------------------------------------------------------------------------------------

    private void findSpacedRuns() {
        int i = 0;
        while (i < n) {
            int unitEnd = unitEnd(i);
            if (unitEnd < 0) {
                i++;
                continue;
            }
            int[] units = new int[8];
            int count = 0;
            int j = unitEnd;
            units[count++] = i;
            while (true) {
                int k = j;
                while (k < n && k - j < 3 && SPACING.indexOf(text.charAt(k)) >= 0) {
                    k++;
                }
                int next = k > j ? unitEnd(k) : -1;
                if (next < 0) {
                    break;
                }
                if (count == units.length) {
                    units = java.util.Arrays.copyOf(units, count * 2);
                }
                units[count++] = k;
                j = next;
            }
            if (count >= 3) {
                for (int u = 0; u < count; u++) {
                    spacedUnit[units[u]] = true;
                    if (u + 1 < count) {
                        for (int s = unitEnd(units[u]); s < units[u + 1]; s++) {
                            skip[s] = true;
                        }
                    }
                }
            }
            i = j;
        }
    }

    /** End of a single isolated letter (plus its marks) starting at {@code i}, or -1. */
    private int unitEnd(int i) {
        if (i >= n || !Character.isLetter(text.codePointAt(i))) {
            return -1;
        }
        if (i > 0 && SPACING.indexOf(text.charAt(i - 1)) < 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            return -1;
        }
        int end = i + Character.charCount(text.codePointAt(i));
        while (end < n && KeyTables.charClass(text.charAt(end)) == KeyTables.MARK) {
            end++;
        }
        boolean isolated = end == n || SPACING.indexOf(text.charAt(end)) >= 0
                || Character.isWhitespace(text.charAt(end)) || TRAIL_TRIM.indexOf(text.charAt(end)) >= 0;
        return isolated ? end : -1;
    }

    // ---- one whitespace-delimited chunk ---------------------------------------------------------------------------

    private void chunk(int chunkStart, int chunkEnd) {
        int s = chunkStart;
        int e = chunkEnd;
        while (s < e && LEAD_TRIM.indexOf(text.charAt(s)) >= 0 && !skip[s]) {
            s++;
        }
        while (e > s && TRAIL_TRIM.indexOf(text.charAt(e - 1)) >= 0 && !skip[e - 1]) {
            e--;
        }
        if (s > chunkStart) {
            emit(SEP, chunkStart, s, false);
        }
        boolean leet = usesLeet(s, e);
        int i = s;
        while (i < e) {
            i = emitAt(i, e, leet);
        }
        if (e < chunkEnd) {
            emit(SEP, e, chunkEnd, false);
        }
    }

    private boolean usesLeet(int s, int e) {
        boolean latin = false;
        boolean letter = false;
        boolean symbol = false;
        boolean digit = false;
        boolean at = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                latin |= c < 0x250;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (KeyTables.leet(c) != 0 || c == '/' || c == '\\') {
                symbol = true;
                at |= c == '@';
            }
        }
        if (!(letter ? latin && (symbol || digit) : symbol && e - s >= 2)) {
            return false;
        }
        String core = text.substring(s, e);
        if (at && core.indexOf('.', core.indexOf('@')) > 0 || core.contains("://") || core.startsWith("www.")) {
            return false;
        }
        return letter ? !ORDINAL_OR_UNIT.matcher(core).matches() : !NUMBER.matcher(core).matches();
    }

    /** Emits the key for the char(s) at {@code i}; returns the index after them. */
    private int emitAt(int i, int end, boolean leet) {
        char c = text.charAt(i);
        if (skip[i]) {
            return i + 1;
        }
        boolean spaced = spacedUnit[i];
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = text.codePointAt(i);
            boolean word = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_SYMBOL;
            if (!word) {
                emit(SEP, i, i + 2, false);
            } else {
                emitRaw(c, i, i + 2, true, spaced);
                emitRaw(text.charAt(i + 1), i, i + 2, true, false);
            }
            return i + 2;
        }
        byte cls = KeyTables.charClass(c);
        if (cls == KeyTables.MARK) {
            if (length > 0 && key[length - 1] != SEP && KeyTables.droppableMarkAfter(key[length - 1])) {
                to[length - 1] = i + 1;
            } else {
                emitRaw(c, i, i + 1, length > 0 && (flags[length - 1] & 4) != 0, spaced);
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
        if (Character.isLetter(c)) {
            char next = i + 1 < end ? text.charAt(i + 1) : 0;
            if (c == 'p' && next == 'h' || c == 'v' && next == 'v') {
                emit(c == 'p' ? 'f' : 'w', i, i + 2, spaced);
                return i + 2;
            }
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
        } else if (JOINERS.indexOf(c) >= 0 && joinsShortPieces(i, end)) {
            if (length > 0) {
                to[length - 1] = i + 1;
            }
        } else {
            emit(SEP, i, i + 1, false);
        }
        return i + 1;
    }

    /** "fu.ck", "sh-it": a joiner between letters where one side is one or two letters long. */
    private boolean joinsShortPieces(int i, int end) {
        int left = 0;
        for (int k = i - 1; k >= 0 && Character.isLetter(text.charAt(k)); k--) {
            left++;
        }
        int right = 0;
        for (int k = i + 1; k < end && Character.isLetter(text.charAt(k)); k++) {
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
            boolean collapsible = c == MASK || c == IL || Character.isLetter(c)
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
        if (length == key.length) {
            int size = length * 2 + 2;
            key = java.util.Arrays.copyOf(key, size);
            from = java.util.Arrays.copyOf(from, size);
            to = java.util.Arrays.copyOf(to, size);
            flags = java.util.Arrays.copyOf(flags, size);
        }
        key[length] = c;
        from[length] = start;
        to[length] = end;
        flags[length] = MatchKey.flags(false, spaced, unspaced || c != SEP && c != IL && c != MASK
                && KeyTables.charClass(c) == KeyTables.UNSPACED_SCRIPT);
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

    private void markBoundaries() {
        for (int k = 0; k < length; k++) {
            boolean unspaced = (flags[k] & 4) != 0;
            boolean boundary = k == 0 || key[k - 1] == SEP || key[k] == SEP || (flags[k] & 2) != 0
                    || unspaced != ((flags[k - 1] & 4) != 0);
            if (boundary) {
                flags[k] |= 1;
            }
        }
    }
}
