package com.modbench.engine.text.classify;

import java.util.Arrays;

/**
 * The words of a normalised text, with their spans, for looking at what surrounds a hit. Spans are kept as offsets;
 * a word's text is made only when asked for ({@link #text}), since most words are only looked up ({@link WordMap}).
 * A word's text has ’ read as '.
 */
final class Tokens {

    record Token(int start, int end, String text) {
    }

    private static final byte UNKNOWN = 0;
    private static final byte NOT_WORD = 1;
    private static final byte WORD = 2;
    /** Per char, whether it is part of words; filled on first use (racy but idempotent writes of a byte). */
    private static final byte[] WORD_CHARS = new byte[0x10000];

    private final String source;
    /** The chars of {@link #source}, read by lookups. */
    private final char[] chars;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] inFilter;
    private final int size;
    /** The texts made so far ({@link #text}); null until one is asked for. */
    private String[] texts;
    /** Per word, what {@link CueLexicon#is} found it to be, plus one; 0 where not looked up yet. */
    private int[] markers;

    private Tokens(String source, char[] chars, int[] starts, int[] ends, boolean[] inFilter, int size) {
        this.source = source;
        this.chars = chars;
        this.starts = starts;
        this.ends = ends;
        this.inFilter = inFilter;
        this.size = size;
    }

    static Tokens of(String text) {
        return of(text, null);
    }

    /**
     * The words of {@code text}. With a {@code filter}, each word is also marked if it, or its singular in -s or -es,
     * may be a key of the filter ({@link #mayBeIn}).
     */
    static Tokens of(String text, WordMap<?> filter) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        int[] starts = new int[n / 2 + 1];
        int[] ends = new int[starts.length];
        int size = 0;
        int ended = 0;
        long previousWord = 0;
        // Words are found 64 chars at a time from a bit per char (is it a word char?): word starts and ends are bit
        // operations, and the loops run once per word, not per char. Branches per char would mispredict at every
        // word start and end, which costs more than all the rest.
        for (int block = 0; block < n; block += 64) {
            int length = Math.min(64, n - block);
            long word = 0;
            for (int j = 0; j < length; j++) {
                word |= (long) wordFlag(chars[block + j]) << j;
            }
            long before = word << 1 | previousWord;
            long wordStarts = word & ~before;
            long wordEnds = ~word & before & (length == 64 ? -1L : (1L << length) - 1);
            for (; wordStarts != 0; wordStarts &= wordStarts - 1) {
                starts[size++] = block + Long.numberOfTrailingZeros(wordStarts);
            }
            for (; wordEnds != 0; wordEnds &= wordEnds - 1) {
                ends[ended++] = block + Long.numberOfTrailingZeros(wordEnds);
            }
            previousWord = word >>> length - 1 & 1;
        }
        if (ended < size) {
            ends[ended] = n;
        }
        boolean[] inFilter = new boolean[size];
        for (int t = 0; t < size; t++) {
            int start = starts[t];
            int end = ends[t];
            while (end > start + 1 && chars[end - 1] == '\'') {
                end--;
            }
            ends[t] = end;
            inFilter[t] = filter == null || mayBeIn(chars, start, end, filter);
        }
        return new Tokens(text, chars, starts, ends, inFilter, size);
    }

    /** The word, or its singular in -s or -es, may be a key of the filter: the lookups of {@link CueLexicon#find}. */
    private static boolean mayBeIn(char[] chars, int start, int end, WordMap<?> filter) {
        int length = end - start;
        char first = read(chars[start]);
        if (filter.mayContain(first, read(chars[end - 1]), length)) {
            return true;
        }
        if (length <= 3 || chars[end - 1] != 's') {
            return false;
        }
        return filter.mayContain(first, read(chars[end - 2]), length - 1)
                || chars[end - 2] == 'e' && filter.mayContain(first, read(chars[end - 3]), length - 2);
    }

    /** A word char as the word's text has it: ’ reads as '. */
    private static char read(char c) {
        return c == '’' ? '\'' : c;
    }

    int size() {
        return size;
    }

    Token get(int index) {
        return new Token(starts[index], ends[index], text(index));
    }

    /** False if word {@code index}, and its singular, are surely not keys of the filter the words were read with. */
    boolean mayBeIn(int index) {
        return inFilter[index];
    }

    int start(int index) {
        return starts[index];
    }

    int length(int index) {
        return ends[index] - starts[index];
    }

    /** Char {@code k} of word {@code index}, with ’ read as '. */
    char charAt(int index, int k) {
        return read(chars[starts[index] + k]);
    }

    /** {@link String#hashCode} of the word's text without its last {@code drop} chars. */
    int hash(int index, int drop) {
        int hash = 0;
        for (int i = starts[index], end = ends[index] - drop; i < end; i++) {
            hash = 31 * hash + read(chars[i]);
        }
        return hash;
    }

    /** The word's text; empty for an index outside the text, so neighbours of the first and last word read as "". */
    String text(int index) {
        if (index < 0 || index >= size) {
            return "";
        }
        if (texts == null) {
            texts = new String[size];
        }
        String text = texts[index];
        if (text == null) {
            String word = source.substring(starts[index], ends[index]);
            text = word.indexOf('’') < 0 ? word : word.replace('’', '\'');
            texts[index] = text;
        }
        return text;
    }

    /** The marker kinds cached for word {@code index} by {@link #cacheMarkers}, or -1. */
    int cachedMarkers(int index) {
        return markers == null ? -1 : markers[index] - 1;
    }

    void cacheMarkers(int index, int kinds) {
        if (markers == null) {
            markers = new int[size];
        }
        markers[index] = kinds + 1;
    }

    /** Index of the first token that ends after {@code offset}, i.e. the token at or after it; size() if none. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token that starts before {@code offset}; -1 if none. */
    int lastBefore(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** 1 for a char that is part of words, else 0. */
    private static int wordFlag(char c) {
        int known = WORD_CHARS[c];
        if (known == UNKNOWN) {
            known = isWordChar(c) ? WORD : NOT_WORD;
            WORD_CHARS[c] = (byte) known;
        }
        return known >> 1;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '\'';
        }
        return Character.isLetterOrDigit(c) || c == '’' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
