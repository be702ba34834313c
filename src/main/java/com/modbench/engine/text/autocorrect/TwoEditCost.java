package com.modbench.engine.text.autocorrect;

import java.util.Arrays;

/**
 * The cheapest way to spell a form with two edits of a word (insert, delete, substitute, swap of neighbours; no char
 * edited twice), in tenths of an edit as {@link EditCosts} prices them against the word as written. Two rules keep
 * guesses out, both measured on chat text (decision 0090): no edit touches the first letter, and at most one edit is
 * a substitution (two substitutions mostly turn a name or a slang word into another word of the same length).
 * <p>
 * Dynamic programmes over the chars of the word and of the form that stay within two cells of the diagonal, since
 * two edits cannot shift the strings further: first a plain count of edits, which rejects most candidates in a few
 * dozen steps, then the cheapest cost for the rest, with one table per state of (edits, substitutions) used. One
 * instance per word; it keeps its rows between candidates.
 */
final class TwoEditCost {

    static final int NONE = -1;
    private static final int MAX_EDITS = 2;
    private static final int INFINITE = Integer.MAX_VALUE / 4;
    /** Band cells {@code j - i + MAX_EDITS} in 0..4, plus an always-infinite cell either side. */
    private static final int WIDTH = 2 * MAX_EDITS + 3;
    /** States (edits, substitutions): (0,0), (1,0), (1,1), (2,0), (2,1). */
    private static final int STATES = 5;
    /** The state an edit other than a substitution leads to each state from, or -1. */
    private static final int[] OTHER_EDIT_FROM = {-1, 0, -1, 1, 2};
    /** The state a substitution leads to each state from, or -1. */
    private static final int[] SUBSTITUTION_FROM = {-1, -1, 0, -1, 1};
    private static final int ROW = STATES * WIDTH;

    private final char[] word;
    private final int n;
    private final int[] deletes;
    /** Rows i - 2, i - 1 and i, each {@link #ROW} wide: {@code [state][band cell]}. */
    private final int[] rows = new int[3 * ROW];

    TwoEditCost(char[] word, int length) {
        this.word = word;
        this.n = length;
        deletes = new int[length];
        for (int i = 0; i < length; i++) {
            deletes[i] = EditCosts.delete(word, length, i);
        }
    }

    /** The cost of spelling {@code form[start, start + m)}, or {@link #NONE} if it takes other edits than those. */
    int of(char[] form, int start, int m) {
        if (Math.abs(m - n) > MAX_EDITS || n == 0 || m == 0 || form[start] != word[0]
                || !withinTwoEdits(form, start, m)) {
            return NONE;
        }
        Arrays.fill(rows, INFINITE);
        rows[MAX_EDITS + 1] = 0;
        int row = 0;
        // Row 0 and column 0 stay infinite but for (0, 0): anything else there edits the first letter.
        for (int i = 1; i <= n; i++) {
            row = i % 3 * ROW;
            int previous = (i + 2) % 3 * ROW;
            int beforeThat = (i + 1) % 3 * ROW;
            char w = word[i - 1];
            for (int d = 0; d <= 2 * MAX_EDITS; d++) {
                int j = i + d - MAX_EDITS;
                int at = row + d + 1;
                if (j < 1 || j > m) {
                    for (int s = 0; s < STATES; s++) {
                        rows[at + s * WIDTH] = INFINITE;
                    }
                    continue;
                }
                char f = form[start + j - 1];
                boolean same = w == f;
                int insert = EditCosts.insert(word, n, i, f);
                int substitute = same ? INFINITE : EditCosts.substitute(word, i - 1, f);
                boolean swapped = i > 2 && j > 2 && !same && w == form[start + j - 2] && word[i - 2] == f;
                int diagonal = previous + d + 1;
                for (int s = 0; s < STATES; s++) {
                    int best = same ? rows[diagonal + s * WIDTH] : INFINITE;
                    int other = OTHER_EDIT_FROM[s];
                    if (other >= 0) {
                        int from = other * WIDTH;
                        best = Math.min(best, rows[diagonal + 1 + from] + deletes[i - 1]);
                        best = Math.min(best, rows[at - 1 + from] + insert);
                        if (swapped) {
                            best = Math.min(best, rows[beforeThat + d + 1 + from] + EditCosts.transpose(i - 2));
                        }
                    }
                    int substituted = SUBSTITUTION_FROM[s];
                    if (substituted >= 0) {
                        best = Math.min(best, rows[diagonal + substituted * WIDTH] + substitute);
                    }
                    rows[at + s * WIDTH] = best;
                }
            }
        }
        int best = INFINITE;
        for (int s = 0; s < STATES; s++) {
            best = Math.min(best, rows[row + m - n + MAX_EDITS + 1 + s * WIDTH]);
        }
        return best < INFINITE ? best : NONE;
    }

    /** Whether the plain count of edits (restricted Damerau–Levenshtein distance) is at most two. */
    private boolean withinTwoEdits(char[] form, int start, int m) {
        int[] counts = rows;
        Arrays.fill(counts, 0, 3 * WIDTH, MAX_EDITS + 1);
        for (int i = 0; i <= n; i++) {
            int row = i % 3 * WIDTH;
            int previous = (i + 2) % 3 * WIDTH;
            int beforeThat = (i + 1) % 3 * WIDTH;
            int least = MAX_EDITS + 1;
            for (int d = 0; d <= 2 * MAX_EDITS; d++) {
                int j = i + d - MAX_EDITS;
                int at = row + d + 1;
                int count;
                if (j < 0 || j > m) {
                    count = MAX_EDITS + 1;
                } else if (i == 0 || j == 0) {
                    count = Math.max(i, j);
                } else {
                    char w = word[i - 1];
                    char f = form[start + j - 1];
                    count = Math.min(counts[previous + d + 1] + (w == f ? 0 : 1),
                            Math.min(counts[previous + d + 2], counts[at - 1]) + 1);
                    if (i > 1 && j > 1 && w != f && w == form[start + j - 2] && word[i - 2] == f) {
                        count = Math.min(count, counts[beforeThat + d + 1] + 1);
                    }
                }
                counts[at] = Math.min(count, MAX_EDITS + 1);
                least = Math.min(least, counts[at]);
            }
            if (least > MAX_EDITS) {
                return false;
            }
        }
        return counts[n % 3 * WIDTH + m - n + MAX_EDITS + 1] <= MAX_EDITS;
    }
}
