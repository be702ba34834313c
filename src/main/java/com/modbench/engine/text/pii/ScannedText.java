package com.modbench.engine.text.pii;

import java.util.Arrays;

/**
 * The text to search, read once for what the recognizers anchor on: its runs of ASCII digits (every number-shaped
 * kind needs one) and its capitalised ASCII words (where a state can start). Most texts have few of either, so a
 * recognizer looks only there instead of reading the whole text again.
 */
public final class ScannedText {

    private final String text;
    /** Start and end of each maximal run of ASCII digits, in order: {@code [s0, e0, s1, e1, …]}. */
    private int[] digitRunEdges = new int[16];
    private int edgeCount;
    /** Each ASCII capital that follows no ASCII letter or digit, in order. */
    private int[] capitals = new int[16];
    private int capitalCount;

    private static final int DIGIT = 1;
    private static final int CAPITAL = 2;
    private static final int ALNUM = 4;
    /** Per ASCII character, which of the above it is: a table, as branches on each character cost more. */
    private static final byte[] KINDS = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            KINDS[c] = DIGIT | ALNUM;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            KINDS[c] = CAPITAL | ALNUM;
            KINDS[Character.toLowerCase(c)] = ALNUM;
        }
    }

    private ScannedText(String text) {
        this.text = text;
        char[] chars = text.toCharArray();
        int n = chars.length;
        long digitBefore = 0;
        long alnumBefore = 0;
        // 64 chars at a time, a bit per char: run edges and word-initial capitals are then bit operations, and the
        // loops below run once per edge or capital instead of branching on every char
        for (int block = 0; block < n; block += 64) {
            int length = Math.min(64, n - block);
            long digits = 0;
            long capitals = 0;
            long alnums = 0;
            for (int j = 0; j < length; j++) {
                char c = chars[block + j];
                long kind = c < 128 ? KINDS[c] : 0;
                digits |= (kind & DIGIT) << j;
                capitals |= (kind >>> 1 & 1) << j;
                alnums |= (kind >>> 2 & 1) << j;
            }
            long inBlock = length == 64 ? -1L : (1L << length) - 1;
            for (long edges = (digits ^ (digits << 1 | digitBefore)) & inBlock; edges != 0; edges &= edges - 1) {
                addDigitRunEdge(block + Long.numberOfTrailingZeros(edges));
            }
            for (long starts = capitals & ~(alnums << 1 | alnumBefore); starts != 0; starts &= starts - 1) {
                addCapital(block + Long.numberOfTrailingZeros(starts));
            }
            digitBefore = digits >>> length - 1 & 1;
            alnumBefore = alnums >>> length - 1 & 1;
        }
        if (digitBefore != 0) {
            addDigitRunEdge(n);
        }
    }

    public static ScannedText of(String text) {
        return new ScannedText(text);
    }

    public String text() {
        return text;
    }

    int digitRunCount() {
        return edgeCount / 2;
    }

    int digitRunStart(int run) {
        return digitRunEdges[2 * run];
    }

    int digitRunEnd(int run) {
        return digitRunEdges[2 * run + 1];
    }

    int capitalCount() {
        return capitalCount;
    }

    int capital(int index) {
        return capitals[index];
    }

    private void addDigitRunEdge(int i) {
        if (edgeCount == digitRunEdges.length) {
            digitRunEdges = Arrays.copyOf(digitRunEdges, 2 * digitRunEdges.length);
        }
        digitRunEdges[edgeCount++] = i;
    }

    private void addCapital(int i) {
        if (capitalCount == capitals.length) {
            capitals = Arrays.copyOf(capitals, 2 * capitals.length);
        }
        capitals[capitalCount++] = i;
    }
}
