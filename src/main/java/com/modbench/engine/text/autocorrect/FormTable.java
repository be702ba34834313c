package com.modbench.engine.text.autocorrect;

import java.util.Map;

/**
 * An immutable set of word forms with a few flag bits each, looked up straight from a span of a text (no substring,
 * no boxing). Most forms are short and spelt with a-z and the apostrophe: such a form is packed into one
 * {@code long}, 5 bits a char, with its flags, and the slots of those {@code long}s are the whole entry, so a lookup
 * reads one slot, usually one cache miss in a table of a few megabytes. Other forms (longer, accented, larger flags)
 * go to a second table: open addressing over one {@code long} per slot (hash, offset), the forms' chars in one array
 * ({@code length, flags, chars…} per form). Safe to share between threads.
 */
final class FormTable {

    /** Chars a packed form holds: 5 bits each, so 64 bits hold 11 of them and the flags. */
    private static final int MAX_PACKED = 11;
    private static final int MAX_PACKED_FLAGS = 15;
    private static final int FLAGS_SHIFT = 5 * MAX_PACKED;
    private static final long KEY_MASK = (1L << FLAGS_SHIFT) - 1;

    private final long[] packed;
    private final int packedMask;
    private final long[] slots;
    private final char[] forms;
    private final int mask;
    private final int size;
    /** True if some packable form has flags too large to pack and sits in the second table. */
    private final boolean packableInSlots;

    /** {@code flags} maps each form (at most 65,535 chars) to its flags (0..65,535). */
    FormTable(Map<String, ? extends Number> flags) {
        size = flags.size();
        int packedCount = 0;
        int chars = 0;
        boolean spilled = false;
        for (Map.Entry<String, ? extends Number> entry : flags.entrySet()) {
            long key = pack(entry.getKey());
            if (key != 0 && entry.getValue().intValue() <= MAX_PACKED_FLAGS) {
                packedCount++;
            } else {
                chars += entry.getKey().length() + 2;
                spilled |= key != 0;
            }
        }
        packableInSlots = spilled;
        packed = new long[capacity(packedCount)];
        packedMask = packed.length - 1;
        int others = size - packedCount;
        slots = new long[capacity(others)];
        mask = slots.length - 1;
        forms = new char[chars];
        int at = 0;
        for (Map.Entry<String, ? extends Number> entry : flags.entrySet()) {
            String form = entry.getKey();
            int value = entry.getValue().intValue();
            long key = pack(form);
            if (key != 0 && value <= MAX_PACKED_FLAGS) {
                int slot = mix(key) & packedMask;
                while (packed[slot] != 0) {
                    slot = (slot + 1) & packedMask;
                }
                packed[slot] = key | (long) (value + 1) << FLAGS_SHIFT;
                continue;
            }
            forms[at] = (char) form.length();
            forms[at + 1] = (char) value;
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

    private static int capacity(int count) {
        return Integer.highestOneBit(Math.max(count, 1) * 2) * 2;
    }

    int size() {
        return size;
    }

    /**
     * The flags of the form {@code text[start,end)}, read with its first char lower-cased if {@code lowerFirst}; -1
     * if there is no such form.
     */
    int flags(char[] text, int start, int end, boolean lowerFirst) {
        long key = pack(text, start, end, lowerFirst);
        if (key != 0) {
            for (int slot = mix(key) & packedMask; ; slot = (slot + 1) & packedMask) {
                long entry = packed[slot];
                if (entry == 0) {
                    break;
                }
                if ((entry & KEY_MASK) == key) {
                    return (int) (entry >>> FLAGS_SHIFT) - 1;
                }
            }
            if (!packableInSlots) {
                return -1;
            }
        }
        return unpackedFlags(text, start, end, lowerFirst);
    }

    private int unpackedFlags(char[] text, int start, int end, boolean lowerFirst) {
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

    private static long pack(String form) {
        return pack(form.toCharArray(), 0, form.length(), false);
    }

    /**
     * {@code text[start,end)} as 5-bit codes (a-z 1..26, apostrophe 27), the first char lower-cased if
     * {@code lowerFirst}; 0 if it is empty, longer than {@value #MAX_PACKED} chars or holds another char.
     */
    private static long pack(char[] text, int start, int end, boolean lowerFirst) {
        if (end <= start || end - start > MAX_PACKED) {
            return 0;
        }
        long key = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (i == start && lowerFirst) {
                c = Character.toLowerCase(c);
            }
            int code = c >= 'a' && c <= 'z' ? c - 'a' + 1 : c == '\'' ? 27 : 0;
            if (code == 0) {
                return 0;
            }
            key |= (long) code << (5 * (i - start));
        }
        return key;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
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
