package com.modbench.engine.text.normalize;

import java.util.Arrays;

/**
 * The normaliser the engine ships (named for its first step): NFKC case folding per normalisation segment (so "e" + U+0301 still composes),
 * invisible characters dropped, look-alike letters of mixed-script words resolved ({@link Confusables}). The result is
 * meant to be read by a person: leetspeak, masks, stretched and spaced letters are folded later, in the match key
 * ({@link MatchKey}), which points back into this text.
 */
public final class CaseFoldNormalizer implements Normalizer {

    @Override
    public NormalizedText normalize(String original) {
        char[] in = original.toCharArray();
        int n = in.length;
        Output out = new Output(n);
        int i = 0;
        while (i < n) {
            if (in[i] < 0x80) {
                int end = asciiRunEnd(in, i);
                if (end > i) {
                    out.putAscii(in, i, end);
                    i = end;
                    continue;
                }
            }
            int cp = Character.codePointAt(in, i);
            int end = i + Character.charCount(cp);
            while (end < n) {
                int next = Character.codePointAt(in, end);
                if (!CaseFolding.joinsPrevious(next)) {
                    break;
                }
                end += Character.charCount(next);
            }
            String folded = end - i == Character.charCount(cp) ? CaseFolding.fold(cp)
                    : CaseFolding.NFKC_CF.normalize(new String(in, i, end - i));
            out.ensure(folded.length());
            for (int k = 0; k < folded.length(); k++) {
                out.put(folded.charAt(k), i, end);
            }
            i = end;
        }
        if (out.beyondLatinExtendedA) {
            Confusables.resolve(out.chars, out.length);
        }
        return out.toNormalizedText(original);
    }

    /**
     * End of the run of ASCII chars from {@code start} that need no more than lower-casing: every one except one
     * followed by a char from U+0300 on, which may be a combining mark that composes with it.
     */
    private static int asciiRunEnd(char[] in, int start) {
        int end = start + 1;
        while (end < in.length && in[end] < 0x80) {
            end++;
        }
        return end < in.length && in[end] >= 0x300 ? end - 1 : end;
    }

    /** The normalised chars and, per char, the start and end of the input span it came from. */
    private static final class Output {
        char[] chars;
        int[] starts;
        int[] ends;
        int length;
        /** Whether some char is from U+0180 on: only words with one can mix scripts ({@link Confusables#resolve}). */
        boolean beyondLatinExtendedA;

        Output(int inputLength) {
            chars = new char[inputLength];
            starts = new int[inputLength + 1];
            ends = new int[inputLength];
        }

        void ensure(int more) {
            if (length + more > chars.length) {
                int size = Math.max(chars.length * 2, length + more + 16);
                chars = Arrays.copyOf(chars, size);
                starts = Arrays.copyOf(starts, size + 1);
                ends = Arrays.copyOf(ends, size);
            }
        }

        void putAscii(char[] in, int from, int to) {
            ensure(to - from);
            for (int i = from; i < to; i++) {
                char c = in[i];
                chars[length] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                starts[length] = i;
                ends[length] = i + 1;
                length++;
            }
        }

        void put(char c, int start, int end) {
            beyondLatinExtendedA |= c >= 0x0180;
            chars[length] = c;
            starts[length] = start;
            ends[length] = end;
            length++;
        }

        NormalizedText toNormalizedText(String original) {
            starts[length] = original.length();
            // usually one char per input char: the arrays already have the exact size
            return new NormalizedText(original, new String(chars, 0, length),
                    length + 1 == starts.length ? starts : Arrays.copyOf(starts, length + 1),
                    length == ends.length ? ends : Arrays.copyOf(ends, length));
        }
    }
}
