package com.modbench.engine.text.normalize;

import static com.modbench.engine.text.normalize.KeyTables.IL;
import static com.modbench.engine.text.normalize.KeyTables.MASK;
import static com.modbench.engine.text.normalize.KeyTables.SEP;

import java.util.Arrays;

/**
 * The match key being built: key chars, the span of normalised text each stands for, and their flags. Repeated
 * chars collapse as they are added (stretched letters, runs of separators), word starts are flagged, and a v between
 * consonants reads as u. Not thread-safe, used once.
 */
final class KeyBuffer {

    private char[] key;
    private int[] from;
    private int[] to;
    private byte[] flags;
    private int length;
    /** How many times the last key char was added in a row, collapsed or not. */
    private int run;

    KeyBuffer(int capacity) {
        key = new char[capacity];
        from = new int[capacity];
        to = new int[capacity];
        flags = new byte[capacity];
    }

    MatchKey toMatchKey() {
        return new MatchKey(key, from, to, flags, length);
    }

    boolean isEmpty() {
        return length == 0;
    }

    char last() {
        return key[length - 1];
    }

    boolean lastUnspaced() {
        return (flags[length - 1] & MatchKey.UNSPACED) != 0;
    }

    /** Lets the last key char also stand for normalised text up to {@code end} (a dropped mark, a joiner). */
    void extendLast(int end) {
        to[length - 1] = end;
    }

    void emit(char c, int start, int end, boolean spaced) {
        if (length > 0 && key[length - 1] == c) {
            if (c == SEP) {
                to[length - 1] = end;
                return;
            }
            run++;
            int limit = c == MASK ? 1 : c < 128 && !KeyTables.keepsTwo(c) ? 1 : 2;
            boolean collapsible = c == MASK || c == IL || CharFlags.isLetter(c)
                    && KeyTables.charClass(c) != KeyTables.UNSPACED_SCRIPT;
            if (run > limit && collapsible) {
                to[length - 1] = end;
                return;
            }
        } else {
            run = 1;
        }
        emitRaw(c, start, end, false, spaced);
    }

    /** Adds a key char without collapsing it into the one before. */
    void emitRaw(char c, int start, int end, boolean unspaced, boolean spaced) {
        boolean unspacedScript = unspaced || c != SEP && c != IL && c != MASK
                && KeyTables.charClass(c) == KeyTables.UNSPACED_SCRIPT;
        append(c, start, end, (spaced ? MatchKey.SPACED : 0) | (unspacedScript ? MatchKey.UNSPACED : 0));
    }

    /**
     * The ASCII lower-case letter {@code text[i]} (what {@link #emit} does with it, without the general tests): "ph"
     * reads as f, "vv" as w, stretched letters collapse. Returns the index after the chars read.
     */
    int latinLetter(char[] text, int i, int end, boolean spaced) {
        char c = text[i];
        char next = i + 1 < end ? text[i + 1] : 0;
        if (c == 'p' && next == 'h' || c == 'v' && next == 'v') {
            emit(c == 'p' ? 'f' : 'w', i, i + 2, spaced);
            return i + 2;
        }
        if (length > 0 && key[length - 1] == c) {
            run++;
            if (run > (KeyTables.keepsTwo(c) ? 2 : 1)) {
                to[length - 1] = i + 1;
                return i + 1;
            }
        } else {
            run = 1;
        }
        append(c, i, i + 1, spaced ? MatchKey.SPACED : 0);
        return i + 1;
    }

    /**
     * {@link #latinLetter} for each char of the run of ASCII lower-case letters (one or more) that starts at
     * {@code start}, as far as it goes in {@code text[0, limit)}, none spaced; returns the run's end. After the first
     * letter the last key char is a letter of this run, so no other starts a word and all flags are 0: the rest go in
     * one loop over local variables. {@link #truncate} takes the keys back.
     */
    int latinRun(char[] text, int start, int limit) {
        int i = latinLetter(text, start, limit, false);
        if (length + (limit - i) > key.length) {
            grow(length + (limit - i));
        }
        int n = length;
        int repeats = run;
        while (i < limit) {
            char c = text[i];
            if (c < 'a' || c > 'z') {
                break;
            }
            int width = 1;
            if (i + 1 < limit && (c == 'p' && text[i + 1] == 'h' || c == 'v' && text[i + 1] == 'v')) {
                c = c == 'p' ? 'f' : 'w';
                width = 2;
            }
            if (key[n - 1] == c && ++repeats > (KeyTables.keepsTwo(c) ? 2 : 1)) {
                to[n - 1] = i + width;
            } else {
                repeats = key[n - 1] == c ? repeats : 1;
                foldVowelV(n, c);
                key[n] = c;
                from[n] = i;
                to[n] = i + width;
                flags[n] = 0;
                n++;
            }
            i += width;
        }
        length = n;
        run = repeats;
        return i;
    }

    int length() {
        return length;
    }

    int run() {
        return run;
    }

    /**
     * Drops the key chars from {@code length} on and restores the run count, undoing a {@link #latinRun} that began
     * after a separator (so it changed no key char before {@code length}).
     */
    void truncate(int length, int run) {
        this.length = length;
        this.run = run;
    }

    /**
     * Appends a key char. A word starts at it after a separator, at a separator, at a spaced letter, or where the
     * script kind changes.
     */
    private void append(char c, int start, int end, int charFlags) {
        if (length == key.length) {
            grow(length * 2 + 2);
        }
        char previous = length > 0 ? key[length - 1] : SEP;
        int previousFlags = length > 0 ? flags[length - 1] : 0;
        // no short-circuit: inside a word every test is false, at its start one is true; branches would mispredict
        boolean boundary = previous == SEP | c == SEP | (charFlags & MatchKey.SPACED) != 0
                | ((charFlags ^ previousFlags) & MatchKey.UNSPACED) != 0;
        foldVowelV(length, c);
        key[length] = c;
        from[length] = start;
        to[length] = end;
        flags[length] = (byte) (boundary ? charFlags | MatchKey.BOUNDARY_BEFORE : charFlags);
        length++;
    }

    /**
     * "fvck", "cvnt": a v between consonants reads as u. Decided for the key char before {@code at} when {@code next}
     * is added after it, once both its neighbours are known.
     */
    private void foldVowelV(int at, char next) {
        if (at >= 2 && key[at - 1] == 'v' && KeyTables.isLatinConsonant(key[at - 2])
                && KeyTables.isLatinConsonant(next)) {
            key[at - 1] = 'u';
        }
    }

    private void grow(int size) {
        key = Arrays.copyOf(key, size);
        from = Arrays.copyOf(from, size);
        to = Arrays.copyOf(to, size);
        flags = Arrays.copyOf(flags, size);
    }
}
