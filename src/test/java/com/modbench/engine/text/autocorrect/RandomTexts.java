package com.modbench.engine.text.autocorrect;

import java.util.Random;

/** Seeded random texts for the property tests: pieces glued together, or noise drawn code point by code point. */
final class RandomTexts {

    private RandomTexts() {
    }

    /** Up to {@code most - 1} pieces, each drawn from {@code pieces}. */
    static String ofPieces(Random random, String[] pieces, int most) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(most);
        for (int p = 0; p < count; p++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    /** At least {@code length} chars of code points drawn from {@code alphabet}. */
    static String noise(Random random, String alphabet, int length) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }
}
