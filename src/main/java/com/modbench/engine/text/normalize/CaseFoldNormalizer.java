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
        int n = original.length();
        char[] out = new char[n + 16];
        int[] starts = new int[n + 17];
        int[] ends = new int[n + 16];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (c < 0x80 && (i + 1 == n || original.charAt(i + 1) < 0x300)) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, length * 2);
                    starts = Arrays.copyOf(starts, length * 2 + 1);
                    ends = Arrays.copyOf(ends, length * 2);
                }
                out[length] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                starts[length] = i;
                ends[length] = i + 1;
                length++;
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int end = i + Character.charCount(cp);
            while (end < n && CaseFolding.joinsPrevious(original.codePointAt(end))) {
                end += Character.charCount(original.codePointAt(end));
            }
            String folded = end - i == Character.charCount(cp) ? CaseFolding.fold(cp)
                    : CaseFolding.NFKC_CF.normalize(original.substring(i, end));
            if (length + folded.length() > out.length) {
                int size = Math.max(out.length * 2, length + folded.length());
                out = Arrays.copyOf(out, size);
                starts = Arrays.copyOf(starts, size + 1);
                ends = Arrays.copyOf(ends, size);
            }
            for (int k = 0; k < folded.length(); k++) {
                out[length] = folded.charAt(k);
                starts[length] = i;
                ends[length] = end;
                length++;
            }
            i = end;
        }
        Confusables.resolve(out, length);
        starts[length] = n;
        return new NormalizedText(original, new String(out, 0, length), Arrays.copyOf(starts, length + 1),
                Arrays.copyOf(ends, length));
    }
}
