package com.modbench.engine.text.normalize;

import com.ibm.icu.lang.UScript;
import java.text.Normalizer;

/** Per-char tables of the match key, computed once: letter folding, leetspeak, script classes. */
final class KeyTables {

    /** Key symbol for a char that reads as "i" or "l" ({@code 1}, {@code |}). */
    static final char IL = '\uE001';
    /** Key symbol for a masked letter ({@code *}, {@code #}). */
    static final char MASK = '\uE002';
    static final char SEP = ' ';

    private static final char[] FOLD = new char[0x10000];
    private static final char[] LEET = new char[128];
    private static final byte[] CLASS = new byte[0x10000];
    static final byte OTHER = 0;
    static final byte SPACED_SCRIPT = 1;
    static final byte UNSPACED_SCRIPT = 2;
    static final byte MARK = 3;

    /** Letters whose doubling carries meaning (ass, boob, kill): runs collapse to two. Others collapse to one. */
    private static final String KEEP_TWO = "bcdefglmnoprstz\uE001";
    private static final boolean[] KEEP_TWO_TABLE = new boolean[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            FOLD[c] = (char) c;
        }
        for (int c = 0xC0; c < 0x0530; c++) {
            if (Character.isLetter(c) && c != 'ñ' && c != 0x0131 && c != 'й' && c != 'ї' && c != 'ў') {
                String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
                if (nfd.length() > 1 && Character.isLetter(nfd.charAt(0))) {
                    FOLD[c] = nfd.charAt(0);
                }
            }
        }
        String from = "łøđħŧƀɨʉ\u0623\u0625\u0622\u0671\u0649";
        String to = "lodhtbiu\u0627\u0627\u0627\u0627\u064A";
        for (int i = 0; i < from.length(); i++) {
            FOLD[from.charAt(i)] = to.charAt(i);
        }
        String[] leet = {"4a", "@a", "8b", "(c", "<c", "3e", "6g", "9g", "0o", "1\uE001", "|\uE001", "!i", "5s", "$s",
            "7t", "+t", "2z", "*\uE002", "#\uE002"};
        for (String pair : leet) {
            LEET[pair.charAt(0)] = pair.charAt(1);
        }
        for (char c : KEEP_TWO.toCharArray()) {
            KEEP_TWO_TABLE[c] = true;
        }
    }

    private KeyTables() {
    }

    private static byte classify(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return MARK;
        }
        if (!Character.isLetterOrDigit(c)) {
            return type == Character.OTHER_SYMBOL || Character.isSurrogate((char) c) ? UNSPACED_SCRIPT : OTHER;
        }
        int script = UScript.getScript(c);
        return switch (script) {
            case UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.HANGUL, UScript.THAI, UScript.LAO,
                 UScript.KHMER, UScript.MYANMAR, UScript.TIBETAN, UScript.YI, UScript.BOPOMOFO -> UNSPACED_SCRIPT;
            default -> SPACED_SCRIPT;
        };
    }

    static char fold(char c) {
        return FOLD[c];
    }

    /** The letter a leetspeak char stands for, or 0. */
    static char leet(char c) {
        return c < 128 ? LEET[c] : c == '€' ? 'e' : c == '¢' ? 'c' : 0;
    }

    /** Computed on first use per char (racy but idempotent writes of a byte). */
    static byte charClass(char c) {
        byte cached = CLASS[c];
        if (cached == 0) {
            cached = (byte) (classify(c) + 1);
            CLASS[c] = cached;
        }
        return (byte) (cached - 1);
    }

    static boolean keepsTwo(char key) {
        return KEEP_TWO_TABLE[key];
    }

    /** Marks that decorate rather than spell (accents left over after NFKC, zalgo, harakat, niqqud). */
    static boolean droppableMarkAfter(char base) {
        return base < 0x0900;
    }

    static boolean isLatinConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
