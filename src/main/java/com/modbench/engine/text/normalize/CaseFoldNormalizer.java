package com.modbench.engine.text.normalize;

import com.ibm.icu.text.Normalizer2;

/**
 * NFKC case-folding applied one code point at a time, so every output char maps to the code point it came from.
 * Invisible format characters (zero-width, soft hyphen, BOM) fold to nothing in NFKC_Casefold and are dropped.
 */
public final class CaseFoldNormalizer implements Normalizer {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    @Override
    public NormalizedText normalize(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() * 4 + 1];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            String folded = NFKC_CF.normalize(original.substring(i, i + width));
            if (out.length() + folded.length() >= map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2 + folded.length());
            }
            for (int k = 0; k < folded.length(); k++) {
                map[out.length()] = i;
                out.append(folded.charAt(k));
            }
            i += width;
        }
        map[out.length()] = original.length();
        return new NormalizedText(original, out.toString(), java.util.Arrays.copyOf(map, out.length() + 1));
    }
}
