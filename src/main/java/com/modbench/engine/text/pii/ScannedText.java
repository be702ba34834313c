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
        int previous = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            int kind = c < 128 ? KINDS[c] : 0;
            if (((kind ^ previous) & DIGIT) != 0) {
                addDigitRunEdge(i);
            }
            if ((kind & CAPITAL) != 0 && (previous & ALNUM) == 0) {
                addCapital(i);
            }
            previous = kind;
        }
        if ((previous & DIGIT) != 0) {
            addDigitRunEdge(chars.length);
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
