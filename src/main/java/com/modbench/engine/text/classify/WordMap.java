package com.modbench.engine.text.classify;

import java.util.Map;

/**
 * A read-only map from words to values, looked up by a word of {@link Tokens} (optionally without its last chars)
 * without making a string of it: most words of a text are in no word list, and a new substring for each would cost
 * more than the rest of the lookup.
 */
final class WordMap<V> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;
    /**
     * A bit per key shape (first char, last char, length): {@link #mayContain} rejects most words in one lookup,
     * without reading them through.
     */
    private final long[] shapes = new long[64];

    WordMap(Map<String, V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, V> entry : map.entrySet()) {
            String key = entry.getKey();
            int slot = key.hashCode() & mask;
            while (keys[slot] != null) {
                slot = slot + 1 & mask;
            }
            keys[slot] = key;
            values[slot] = entry.getValue();
            if (!key.isEmpty()) {
                int bit = shape(key.charAt(0), key.charAt(key.length() - 1), key.length());
                shapes[bit >>> 6] |= 1L << bit;
            }
        }
    }

    /** False if no key has this first char, last char and length (at least 1); true if one may. */
    boolean mayContain(char first, char last, int length) {
        int bit = shape(first, last, length);
        return (shapes[bit >>> 6] & 1L << bit) != 0;
    }

    private static int shape(char first, char last, int length) {
        return (first * 31 + last) * 31 + length & 4095;
    }

    /** The value for word {@code index} of {@code tokens}, or null. */
    V get(Tokens tokens, int index) {
        int length = tokens.length(index);
        if (length == 0 || !mayContain(tokens.charAt(index, 0), tokens.charAt(index, length - 1), length)) {
            return null;
        }
        return get(tokens, index, 0);
    }

    /** The value for word {@code index} of {@code tokens} without its last {@code drop} chars, or null. */
    @SuppressWarnings("unchecked")
    V get(Tokens tokens, int index, int drop) {
        int length = tokens.length(index) - drop;
        for (int slot = tokens.hash(index, drop) & mask; keys[slot] != null; slot = slot + 1 & mask) {
            if (matches(keys[slot], tokens, index, length)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    private static boolean matches(String key, Tokens tokens, int index, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (key.charAt(k) != tokens.charAt(index, k)) {
                return false;
            }
        }
        return true;
    }
}
