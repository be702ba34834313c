package com.modbench.engine.text.normalize;

/**
 * Text after normalisation plus the map back to the input. Normalised char {@code i} came from the original span
 * {@code [toOriginal[i], toOriginalEnd[i])} (UTF-16 units, always whole code points); {@code toOriginal[text.length()]}
 * is the original length. The original span of a normalised span {@code [s,e)} is
 * {@code [originalStart(s), originalEnd(e))}: it covers every input char that produced the normalised chars, and
 * input chars dropped between them (invisible characters), never a half of a surrogate pair.
 */
public record NormalizedText(String original, String text, int[] toOriginal, int[] toOriginalEnd) {

    public NormalizedText {
        if (toOriginal.length != text.length() + 1 || toOriginalEnd.length != text.length()) {
            throw new IllegalArgumentException("offset maps must have one entry per char (plus the end for starts)");
        }
    }

    /** A map given only by starts: each char's original span ends where the next char's begins. */
    public NormalizedText(String original, String text, int[] toOriginal) {
        this(original, text, toOriginal, endsFromStarts(original, toOriginal));
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
        return normalizedEnd == 0 ? 0 : toOriginalEnd[normalizedEnd - 1];
    }

    /** The input text behind the normalised span {@code [start,end)}. */
    public String originalSpan(int start, int end) {
        return start >= end ? "" : original.substring(originalStart(start), originalEnd(end));
    }

    private static int[] endsFromStarts(String original, int[] starts) {
        int n = starts.length - 1;
        int[] ends = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int start = starts[i];
            int own = start < original.length() ? start + Character.charCount(original.codePointAt(start)) : start;
            boolean sharedWithNext = i + 1 < n && starts[i + 1] == start;
            ends[i] = sharedWithNext ? ends[i + 1] : Math.max(own, starts[i + 1]);
        }
        return ends;
    }
}
