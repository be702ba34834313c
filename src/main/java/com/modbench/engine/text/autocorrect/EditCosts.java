package com.modbench.engine.text.autocorrect;

/**
 * What one edit of a misspelt word costs, in tenths of an edit, judged against the word as written: a swap of
 * neighbours, a neighbouring key or a doubled letter costs less than other edits (typing slips), and touching the
 * first letter costs more (people rarely get it wrong). A correction costs its edits plus its commonness, in
 * 1/200ths of an edit: {@code 20 × tenths + SCOWL level}. Whole numbers, so that equal costs are equal and ties go
 * to the first candidate in alphabetical order.
 */
final class EditCosts {

    private static final int CHEAP = 6;
    private static final int NEIGHBOUR_KEY = 7;
    private static final int PLAIN = 10;
    private static final int FIRST_LETTER = 6;
    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final int[] NEIGHBOURS = neighbours();

    private EditCosts() {
    }

    /** Deleting {@code w[i]} of the {@code n}-char word; cheap if it doubles a neighbour. */
    static int delete(char[] w, int n, int i) {
        boolean doubled = (i > 0 && w[i - 1] == w[i]) || (i + 1 < n && w[i + 1] == w[i]);
        return (doubled ? CHEAP : PLAIN) + first(i);
    }

    /** Inserting {@code c} before {@code w[i]} ({@code i == n}: at the end); cheap if it doubles a neighbour. */
    static int insert(char[] w, int n, int i, char c) {
        boolean doubling = (i > 0 && w[i - 1] == c) || (i < n && w[i] == c);
        return (doubling ? CHEAP : PLAIN) + first(i);
    }

    /** Replacing {@code w[i]} by another char {@code c}. */
    static int substitute(char[] w, int i, char c) {
        return (adjacent(c, w[i]) ? NEIGHBOUR_KEY : PLAIN) + first(i);
    }

    /** Swapping {@code w[i]} and {@code w[i + 1]}. */
    static int transpose(int i) {
        return CHEAP + first(i);
    }

    /** A correction's cost from its edits' tenths and its SCOWL level. */
    static int total(int tenths, int level) {
        return 20 * tenths + level;
    }

    private static int first(int i) {
        return i == 0 ? FIRST_LETTER : 0;
    }

    /** Keys next to each other on a QWERTY keyboard (same row or the rows above and below). */
    static boolean adjacent(char a, char b) {
        int i = a - 'a';
        int j = b - 'a';
        return i >= 0 && i < 26 && j >= 0 && j < 26 && (NEIGHBOURS[i] & 1 << j) != 0;
    }

    /** Bit {@code b - 'a'} of entry {@code a - 'a'} is set if the keys are neighbours; asked in every edit cost. */
    private static int[] neighbours() {
        int[] neighbours = new int[26];
        for (int ra = 0; ra < KEYBOARD.length; ra++) {
            for (int ca = 0; ca < KEYBOARD[ra].length(); ca++) {
                for (int rb = 0; rb < KEYBOARD.length; rb++) {
                    for (int cb = 0; cb < KEYBOARD[rb].length(); cb++) {
                        int dc = cb - ca;
                        boolean near = ra == rb ? Math.abs(dc) == 1
                                : rb == ra + 1 ? dc >= -1 && dc <= 0 : rb == ra - 1 && dc >= 0 && dc <= 1;
                        if (near) {
                            neighbours[KEYBOARD[ra].charAt(ca) - 'a'] |= 1 << KEYBOARD[rb].charAt(cb) - 'a';
                        }
                    }
                }
            }
        }
        return neighbours;
    }
}
