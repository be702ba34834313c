package com.modbench.engine.text.language;

import java.lang.Character.UnicodeScript;

/** How many letters of a text each script has; kana marks Japanese (written with Han, Hiragana and Katakana). */
record ScriptCounts(UnicodeScript main, int kana, int han, int letters) {

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    private static final int LATIN = UnicodeScript.LATIN.ordinal();

    static ScriptCounts of(String text) {
        int[] counts = new int[SCRIPTS.length];
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp)) {
                counts[cp < 128 ? LATIN : UnicodeScript.of(cp).ordinal()]++;
                letters++;
            }
        }
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
