package com.modbench.engine.text.language;

import java.lang.Character.UnicodeScript;

/** How many letters of a text each script has; kana marks Japanese (written with Han, Hiragana and Katakana). */
record ScriptCounts(UnicodeScript main, int kana, int han, int letters) {

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    private static final int LATIN = UnicodeScript.LATIN.ordinal();

    static ScriptCounts of(String text) {
        int ascii = 0;
        int[] counts = null;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    ascii++;
                    letters++;
                }
            } else if (Character.isLetter(cp)) {
                if (counts == null) {
                    counts = new int[SCRIPTS.length];
                }
                counts[UnicodeScript.of(cp).ordinal()]++;
                letters++;
            }
        }
        if (counts == null) {
            return new ScriptCounts(ascii > 0 ? UnicodeScript.LATIN : SCRIPTS[0], 0, 0, letters);
        }
        counts[LATIN] += ascii;
        int kana = counts[UnicodeScript.HIRAGANA.ordinal()] + counts[UnicodeScript.KATAKANA.ordinal()];
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return new ScriptCounts(SCRIPTS[best], kana, counts[UnicodeScript.HAN.ordinal()], letters);
    }

    /** Kana make up a real share of the CJK letters (Chinese text has none). */
    boolean japanese() {
        return kana > 0 && kana * 10 >= kana + han && (main == UnicodeScript.HAN || main == UnicodeScript.HIRAGANA
                || main == UnicodeScript.KATAKANA);
    }
}
