package com.modbench.engine.text.language;

/**
 * 32-bit fingerprints of n-grams: FNV-1a over the chars, folded to a non-zero int. An n-gram the models lack finds
 * a wrong entry with odds of about entries / 2^32, which does not move a decision. {@link #extend} continues a hash
 * by one char, so a window's prefixes are fingerprinted in one pass.
 */
final class NgramFingerprint {

    static final long SEED = 0xCBF29CE484222325L;

    private NgramFingerprint() {
    }

    static int of(CharSequence s, int from, int to) {
        long h = SEED;
        for (int i = from; i < to; i++) {
            h = extend(h, s.charAt(i));
        }
        return fold(h);
    }

    static long extend(long hash, char c) {
        return (hash ^ c) * 0x100000001B3L;
    }

    static int fold(long h) {
        int folded = (int) (h ^ (h >>> 32));
        return folded == 0 ? 1 : folded;
    }

    /** {@code -ln(probability)} in thousandths, capped to fit a short: the cost the index stores. */
    static int cost(double probability) {
        return (int) Math.min(Short.MAX_VALUE, Math.round(-Math.log(probability) * 1000));
    }
}
