package com.modbench.engine.text.normalize;

import java.util.Arrays;

/**
 * Finds letters written spaced out ("f u c k", "f.u.c.k", "s/h/i/t"): runs of at least three single letters
 * (each with its marks) separated by one to three spacing chars. The letters are flagged as spaced units and the
 * separators between them skipped, so the match key joins them.
 *
 * <p>The key builder asks chunk by chunk, left to right, before it keys a chunk ({@link #scan}); a run is marked as
 * soon as the chunk holding its first letter is scanned, so every flag a chunk reads is set by then. Words of two or
 * more plain letters hold no single letter and are never scanned.
 */
final class SpacedLetters {

    private static final int MAX_GAP = 3;

    private final char[] text;
    private final int n;
    private final boolean[] skip;
    private final boolean[] spacedUnit;
    /** Starts of the letters of the run being followed; made for the first run. */
    private int[] units;
    /** Positions before this are scanned (or inside a run already found). */
    private int scanned;

    SpacedLetters(char[] text, boolean[] skip, boolean[] spacedUnit) {
        this.text = text;
        this.n = text.length;
        this.skip = skip;
        this.spacedUnit = spacedUnit;
    }

    /** Looks for runs starting in {@code [from, to)} (and not inside a run already found), marking any it finds. */
    void scan(int from, int to) {
        int i = Math.max(from, scanned);
        while (i < to) {
            int unitEnd = unitEnd(i);
            if (unitEnd < 0) {
                i++;
                continue;
            }
            i = markRun(i, unitEnd);
        }
        scanned = Math.max(scanned, i);
    }

    /** Follows the run whose first letter is {@code [start, firstEnd)}; marks it if it has three letters or more. */
    private int markRun(int start, int firstEnd) {
        if (units == null) {
            units = new int[8];
        }
        int count = 0;
        int j = firstEnd;
        units[count++] = start;
        while (true) {
            int k = j;
            while (k < n && k - j < MAX_GAP && CharFlags.isSpacing(text[k])) {
                k++;
            }
            int next = k > j ? unitEnd(k) : -1;
            if (next < 0) {
                break;
            }
            if (count == units.length) {
                units = Arrays.copyOf(units, count * 2);
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
        return j;
    }

    /** End of a single isolated letter (plus its marks) starting at {@code i}, or -1. */
    private int unitEnd(int i) {
        if (i >= n || i > 0 && !CharFlags.isSpacingOrWhitespace(text[i - 1])) {
            return -1;
        }
        char c = text[i];
        int end;
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
            if (!CharFlags.isLetter(Character.toCodePoint(c, text[i + 1]))) {
                return -1;
            }
            end = i + 2;
        } else if (CharFlags.isLetter(c)) {
            end = i + 1;
        } else {
            return -1;
        }
        while (end < n && KeyTables.charClass(text[end]) == KeyTables.MARK) {
            end++;
        }
        return end == n || CharFlags.endsSpacedLetter(text[end]) ? end : -1;
    }
}
