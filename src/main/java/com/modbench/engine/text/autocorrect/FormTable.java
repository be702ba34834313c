package com.modbench.engine.text.autocorrect;

import java.util.Map;

/**
 * An immutable set of word forms with a few flag bits each, looked up straight from a span of a text (no substring,
 * no boxing). Open addressing over one {@code long} per slot (hash, offset), the forms' chars in one array
 * ({@code length, flags, chars…} per form): a lookup touches about two cache lines, where a {@code HashMap} touches
 * four or five, which matters for the hundred or so words of a long text. Safe to share between threads.
 */
final class FormTable {

    private final long[] slots;
    private final char[] forms;
    private final int mask;
    private final int size;

    /** {@code flags} maps each form (at most 65,535 chars) to its flags (0..65,535). */
    FormTable(Map<String, ? extends Number> flags) {
        size = flags.size();
        int capacity = Integer.highestOneBit(Math.max(size, 1) * 2) * 2;
        slots = new long[capacity];
        mask = capacity - 1;
        int chars = 0;
        for (String form : flags.keySet()) {
            chars += form.length() + 2;
        }
        forms = new char[chars];
        int at = 0;
        for (Map.Entry<String, ? extends Number> entry : flags.entrySet()) {
            String form = entry.getKey();
            forms[at] = (char) form.length();
            forms[at + 1] = (char) entry.getValue().intValue();
            form.getChars(0, form.length(), forms, at + 2);
            int hash = hash(forms, at + 2, at + 2 + form.length(), false);
            int slot = hash & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (long) hash << 32 | (at + 1);
            at += form.length() + 2;
        }
    }

    int size() {
        return size;
    }

    /**
     * The flags of the form {@code text[start,end)}, read with its first char lower-cased if {@code lowerFirst}; -1
     * if there is no such form.
     */
    int flags(char[] text, int start, int end, boolean lowerFirst) {
        int hash = hash(text, start, end, lowerFirst);
        int length = end - start;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            int at = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && forms[at] == length && same(text, start, end, lowerFirst, at + 2)) {
                return forms[at + 1];
            }
        }
    }

    private boolean same(char[] text, int start, int end, boolean lowerFirst, int at) {
        for (int i = start; i < end; i++, at++) {
            char c = text[i];
            if (i == start && lowerFirst) {
                c = Character.toLowerCase(c);
            }
            if (forms[at] != c) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] text, int start, int end, boolean lowerFirst) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            h = 31 * h + (i == start && lowerFirst ? Character.toLowerCase(c) : c);
        }
        h *= 0x9E3779B9;
        return h ^ h >>> 15;
    }
}
