package com.modbench.engine.text.terms;

import java.util.stream.IntStream;

/**
 * Full transition rows for the shallow states of a {@link KeyAutomaton}: for every state up to the depth that fits
 * the budget, and each of the key chars most used by the patterns, the state the automaton reaches, failure links
 * already followed. Scans of ordinary text rarely get deeper than three chars into a pattern, so nearly every char
 * is one lookup here. Needs states numbered breadth first (a state's failure target comes before it).
 */
final class DenseRows {

    /** The symbols that get a column; the key chars of one lexicon rarely exceed this. */
    private static final int MAX_SYMBOLS = 63;
    /** Row entries at most (128 KB). */
    private static final int MAX_ENTRIES = 1 << 16;

    /** The automaton's own sparse step: the child of a state on a char, 0 if none. */
    interface Child {
        int of(int state, char c);
    }

    private final byte[] symbolOf = new byte[0x10000];
    private final int width;
    private final int states;
    private final char[] rows;

    DenseRows(int[] childStart, char[] childLabel, int[] childTarget, int[] fail, Child child) {
        int[] uses = new int[0x10000];
        for (char c : childLabel) {
            uses[c]++;
        }
        int[] alphabet = IntStream.range(0, 0x10000).filter(c -> uses[c] > 0).boxed()
                .sorted((a, b) -> uses[a] != uses[b] ? Integer.compare(uses[b], uses[a]) : Integer.compare(a, b))
                .limit(MAX_SYMBOLS).mapToInt(Integer::intValue).toArray();
        width = alphabet.length + 1;
        for (int s = 0; s < alphabet.length; s++) {
            symbolOf[alphabet[s]] = (byte) (s + 1);
        }
        int shallow = shallowStates(childStart, childTarget, MAX_ENTRIES / width);
        int[] full = new int[shallow * width];
        int fitting = shallow;
        for (int state = 0; state < shallow; state++) {
            for (int s = 1; s < width; s++) {
                int target = child.of(state, (char) alphabet[s - 1]);
                full[state * width + s] = target > 0 || state == 0 ? target : full[fail[state] * width + s];
                if (full[state * width + s] > Character.MAX_VALUE && fitting == shallow) {
                    fitting = state;
                }
            }
        }
        // Any prefix of the breadth-first states may have rows. Shallow states lead to states numbered low, so the
        // rows hold chars: half the cache lines a scan reads in ints
        states = fitting;
        rows = new char[states * width];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (char) full[i];
        }
    }

    /** How many states (a prefix of the breadth-first order) make up whole levels within {@code budget}, root at least. */
    private static int shallowStates(int[] childStart, int[] childTarget, int budget) {
        int nodes = childStart.length - 1;
        int[] depth = new int[nodes];
        int fitting = 1;
        for (int state = 0; state < nodes; state++) {
            if (state > 0 && depth[state] != depth[state - 1]) {
                if (state > budget) {
                    break;
                }
                fitting = state;
            }
            for (int e = childStart[state]; e < childStart[state + 1]; e++) {
                depth[childTarget[e]] = depth[state] + 1;
            }
        }
        return nodes <= budget ? nodes : fitting;
    }

    /** The state after {@code c} from {@code state}, or -1 where this has no row or no column for them. */
    int next(int state, char c) {
        if (state < states) {
            int symbol = symbolOf[c];
            if (symbol != 0) {
                return rows[state * width + symbol];
            }
        }
        return -1;
    }
}
