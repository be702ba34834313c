package com.modbench.engine.text.normalize;

/**
 * The string the term automaton reads: normalised text with evasions folded away, and for every key char the span of
 * normalised text it stands for. Terms are keyed the same way, so a term matches every spelling that folds to its key.
 * <ul>
 *   <li>leetspeak ({@code sh1t}, {@code @55}, {@code |3itch}) in words that mix letters with digits or symbols, or
 *       that are symbols only; plain numbers ("3 apples", "$100", "1990") stay digits;</li>
 *   <li>masks ({@code f*ck}, {@code f##k}) become one mask symbol that term variants carry;</li>
 *   <li>stretched letters collapse ({@code fuuuck}, {@code asssss}), keeping two where doubles matter;</li>
 *   <li>spaced and dotted letters ({@code f u c k}, {@code f.u.c.k}, {@code s/h/i/t}) join; each letter still starts
 *       a word, and a joined hit must cover three letters, so "U S A" or "a b c" only match a term spelt that way;</li>
 *   <li>accents fold ({@code fück}), except letters that are letters of their own (ñ, ı, й).</li>
 * </ul>
 * A key is built per call (arrays sized by the text, nothing cached), so it is safe to use from many threads.
 */
public final class MatchKey {

    public static final char IL = KeyTables.IL;
    public static final char MASK = KeyTables.MASK;
    public static final char SEP = KeyTables.SEP;

    static final byte BOUNDARY_BEFORE = 1;
    static final byte SPACED = 2;
    static final byte UNSPACED = 4;

    private final char[] key;
    private final int[] from;
    private final int[] to;
    private final byte[] flags;
    private final int length;

    MatchKey(char[] key, int[] from, int[] to, byte[] flags, int length) {
        this.key = key;
        this.from = from;
        this.to = to;
        this.flags = flags;
        this.length = length;
    }

    /** The key of a normalised text (see {@link Normalizer}). */
    public static MatchKey of(String normalized) {
        return new MatchKeyBuilder(normalized).build();
    }

    public int length() {
        return length;
    }

    public char charAt(int k) {
        return key[k];
    }

    /** Normalised-text index where key char {@code k} starts. */
    public int from(int k) {
        return from[k];
    }

    /** Normalised-text index (exclusive) where key char {@code k} ends, including chars folded into it. */
    public int to(int k) {
        return to[k];
    }

    /** True where a word starts at key char {@code k}. */
    public boolean boundaryBefore(int k) {
        return (flags[k] & BOUNDARY_BEFORE) != 0;
    }

    /** True where a word ends after key char {@code k}. */
    public boolean boundaryAfter(int k) {
        return k + 1 >= length || (flags[k + 1] & BOUNDARY_BEFORE) != 0;
    }

    /** True for a letter that was written spaced out ("f u c k"). */
    public boolean spaced(int k) {
        return (flags[k] & SPACED) != 0;
    }

    /** True for chars of scripts written without spaces (CJK, Thai…) and symbols such as emoji. */
    public boolean unspaced(int k) {
        return (flags[k] & UNSPACED) != 0;
    }

    /** True for key chars of scripts written without spaces (CJK, Thai…) and symbols such as emoji. */
    public static boolean isUnspaced(char keyChar) {
        return keyChar != IL && keyChar != MASK && KeyTables.charClass(keyChar) == KeyTables.UNSPACED_SCRIPT;
    }

    /** The key chars, with separators trimmed at both ends. */
    public String trimmedKey() {
        int s = 0;
        int e = length;
        while (s < e && key[s] == SEP) {
            s++;
        }
        while (e > s && key[e - 1] == SEP) {
            e--;
        }
        return new String(key, s, e - s);
    }

    @Override
    public String toString() {
        return new String(key, 0, length).replace(IL, '¦').replace(MASK, '*');
    }
}
