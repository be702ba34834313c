package com.modbench.engine.text.language;

/**
 * An n-gram → cost map for one language and one n-gram length, stored in two flat arrays (open addressing, linear
 * probing, ~8 bytes per entry) instead of millions of objects. Keys are 32-bit fingerprints ({@link #fingerprint}):
 * an n-gram the model lacks finds a wrong entry with odds of about entries / 2^32, which does not move a decision.
 * The cost is {@code -ln(p)} in thousandths, so a short holds it.
 */
final class NgramTable {

    static final int ABSENT = -1;
    private static final double LOAD = 0.75;

    private final int[] keys;
    private final short[] costs;
    private int size;

    NgramTable(int expectedEntries) {
        int capacity = Math.max(8, (int) (expectedEntries / LOAD) + 1);
        keys = new int[capacity];
        costs = new short[capacity];
    }

    /** {@code -ln(probability)} in thousandths, as stored. */
    static int cost(double probability) {
        return (int) Math.min(Short.MAX_VALUE, Math.round(-Math.log(probability) * 1000));
    }

    /** Adds an entry; the first cost stored for a fingerprint wins. */
    void put(int fingerprint, int cost) {
        if (size >= keys.length * LOAD) {
            throw new IllegalStateException("n-gram table is full: " + size + " entries");
        }
        int i = slot(fingerprint);
        while (keys[i] != 0) {
            if (keys[i] == fingerprint) {
                return;
            }
            i = i + 1 == keys.length ? 0 : i + 1;
        }
        keys[i] = fingerprint;
        costs[i] = (short) cost;
        size++;
    }

    /** {@code -ln(p)} in thousandths, or {@link #ABSENT}. */
    int cost(int fingerprint) {
        int i = slot(fingerprint);
        int key;
        while ((key = keys[i]) != 0) {
            if (key == fingerprint) {
                return costs[i];
            }
            i = i + 1 == keys.length ? 0 : i + 1;
        }
        return ABSENT;
    }

    int size() {
        return size;
    }

    long bytes() {
        return keys.length * 6L;
    }

    private int slot(int fingerprint) {
        int mixed = fingerprint * 0x9E3779B1;
        return (int) (((mixed & 0xFFFFFFFFL) * keys.length) >>> 32);
    }

    /** FNV-1a over the chars of {@code s[from, to)}, folded to a non-zero int. */
    static int fingerprint(CharSequence s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return fold(h);
    }

    /** Continues an FNV-1a hash by one char (for the fingerprints of a string's prefixes). */
    static long extend(long hash, char c) {
        return (hash ^ c) * 0x100000001B3L;
    }

    static final long SEED = 0xCBF29CE484222325L;

    static int fold(long h) {
        int folded = (int) (h ^ (h >>> 32));
        return folded == 0 ? 1 : folded;
    }
}
