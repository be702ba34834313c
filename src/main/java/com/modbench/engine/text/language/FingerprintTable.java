package com.modbench.engine.text.language;

/**
 * An n-gram fingerprint → int map for the language tables: open addressing with linear probing in one
 * {@code long[]} ({@code fingerprint << 32 | value}, 0 for empty; fingerprints are never 0), so a lookup costs one
 * cache miss. Filled once at load, read-only after.
 */
final class FingerprintTable {

    static final int ABSENT = -1;
    private static final double LOAD = 0.75;

    private final long[] slots;

    /** A table for {@code entries} fingerprints. */
    FingerprintTable(int entries) {
        slots = new long[Math.max(8, (int) (entries / LOAD) + 1)];
    }

    /** Adds a fingerprint not yet in the table; {@code value} must not be {@link #ABSENT}. */
    void put(int fingerprint, int value) {
        int i = slot(fingerprint);
        while (slots[i] != 0) {
            i = i + 1 == slots.length ? 0 : i + 1;
        }
        slots[i] = (long) fingerprint << 32 | (value & 0xFFFFFFFFL);
    }

    /** The fingerprint's value, or {@link #ABSENT}. */
    int get(int fingerprint) {
        int i = slot(fingerprint);
        long slot;
        while ((slot = slots[i]) != 0) {
            if ((int) (slot >>> 32) == fingerprint) {
                return (int) slot;
            }
            i = i + 1 == slots.length ? 0 : i + 1;
        }
        return ABSENT;
    }

    long bytes() {
        return slots.length * 8L;
    }

    private int slot(int fingerprint) {
        int mixed = fingerprint * 0x9E3779B1;
        return (int) (((mixed & 0xFFFFFFFFL) * slots.length) >>> 32);
    }
}
