package com.modbench.engine.text.normalize;

/**
 * Text after normalisation plus the map back to the input. {@code toOriginal[i]} is the UTF-16 index in the original
 * text of normalised char {@code i}; {@code toOriginal[text.length()]} is the original length, so the original span of
 * a normalised span {@code [s,e)} is {@code [originalStart(s), originalEnd(e))}.
 */
public record NormalizedText(String original, String text, int[] toOriginal) {

    public NormalizedText {
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map must have one entry per char plus the end");
        }
    }

    public static NormalizedText identity(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            map[i] = i;
        }
        return new NormalizedText(text, text, map);
    }

    public int originalStart(int normalizedIndex) {
        return toOriginal[normalizedIndex];
    }

    /** Original end (exclusive) of a normalised span ending (exclusive) at {@code normalizedEnd}. */
    public int originalEnd(int normalizedEnd) {
        if (normalizedEnd == 0) {
            return 0;
        }
        int lastStart = toOriginal[normalizedEnd - 1];
        int next = toOriginal[normalizedEnd];
        return Math.max(next, lastStart + 1);
    }
}
