package com.modbench.engine.text.language;

import java.lang.Character.UnicodeScript;

/** How many letters of a text each script has; kana marks Japanese (written with Han, Hiragana and Katakana). */
record ScriptCounts(UnicodeScript main, int kana, int han) {

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    private static final int LATIN = UnicodeScript.LATIN.ordinal();

    static ScriptCounts of(String text) {
        int chars = 0;
        for (int i = 0; i < text.length(); i++) {
            chars |= text.charAt(i);
        }
        if (chars < 128) {
            return new ScriptCounts(hasAsciiLetter(text) ? UnicodeScript.LATIN : SCRIPTS[0], 0, 0);
        }
        int ascii = 0;
        int[] counts = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    ascii++;
                }
            } else if (Character.isLetter(cp)) {
                if (counts == null) {
                    counts = new int[SCRIPTS.length];
                }
                counts[UnicodeScript.of(cp).ordinal()]++;
            }
        }
        if (counts == null) {
            return new ScriptCounts(ascii > 0 ? UnicodeScript.LATIN : SCRIPTS[0], 0, 0);
        }
        counts[LATIN] += ascii;
        int kana = counts[UnicodeScript.HIRAGANA.ordinal()] + counts[UnicodeScript.KATAKANA.ordinal()];
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return new ScriptCounts(SCRIPTS[best], kana, counts[UnicodeScript.HAN.ordinal()]);
    }

    private static boolean hasAsciiLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i) | 0x20;
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Kana make up a real share of the CJK letters (Chinese text has none). */
    boolean japanese() {
        return kana > 0 && kana * 10 >= kana + han && (main == UnicodeScript.HAN || main == UnicodeScript.HIRAGANA
                || main == UnicodeScript.KATAKANA);
    }
}
