package com.modbench.engine.text.normalize;

import com.ibm.icu.text.Normalizer2;

/**
 * NFKC case folding of single code points, cached so a screen does not call ICU per character. Besides NFKC_Casefold
 * (which also drops default-ignorable code points: zero-width space/joiners, soft hyphen, BOM, word joiner, variation
 * selectors, tags) it maps a few look-alike alphabets that NFKC leaves alone: parenthesised letters, regional
 * indicators and negative circled/squared letters, and the braille blank that chat spammers use as a space.
 */
final class CaseFolding {

    static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private static final String[] BMP = new String[0x10000];
    private static final int SUPPLEMENT_FROM = 0x1D400;
    /** Up to the end of the emoji and symbol blocks, so emoji are folded once, not per screen. */
    private static final int SUPPLEMENT_TO = 0x1FC00;
    private static final String[] SUPPLEMENT = new String[SUPPLEMENT_TO - SUPPLEMENT_FROM];

    private CaseFolding() {
    }

    /** NFKC_Casefold of one code point (empty for invisible ones). */
    static String fold(int cp) {
        if (cp < 0x10000) {
            String cached = BMP[cp];
            if (cached == null) {
                cached = compute(cp);
                BMP[cp] = cached;
            }
            return cached;
        }
        if (cp >= SUPPLEMENT_FROM && cp < SUPPLEMENT_TO) {
            String cached = SUPPLEMENT[cp - SUPPLEMENT_FROM];
            if (cached == null) {
                cached = compute(cp);
                SUPPLEMENT[cp - SUPPLEMENT_FROM] = cached;
            }
            return cached;
        }
        return compute(cp);
    }

    /**
     * True where NFKC may compose {@code cp} with what precedes it (combining marks, conjoining jamo). Invisible code
     * points never join, so they are not counted as part of the visible char before them.
     */
    static boolean joinsPrevious(int cp) {
        return cp >= 0x300 && !NFKC_CF.hasBoundaryBefore(cp) && !fold(cp).isEmpty();
    }

    private static String compute(int cp) {
        if (cp == 0x2800) {
            return " ";
        }
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
            return String.valueOf((char) ('a' + cp - 0x1F1E6));
        }
        if (cp >= 0x1F150 && cp <= 0x1F169) {
            return String.valueOf((char) ('a' + cp - 0x1F150));
        }
        if (cp >= 0x1F170 && cp <= 0x1F189) {
            return String.valueOf((char) ('a' + cp - 0x1F170));
        }
        String folded = NFKC_CF.normalize(new String(Character.toChars(cp)));
        if (folded.length() == 3 && folded.charAt(0) == '(' && folded.charAt(2) == ')'
                && Character.isLetter(folded.charAt(1))) {
            return folded.substring(1, 2);
        }
        return folded;
    }
}
