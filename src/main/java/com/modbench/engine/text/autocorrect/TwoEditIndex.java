package com.modbench.engine.text.autocorrect;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * The dictionary's lower-case forms indexed by their symmetric-delete keys ({@link DeleteHashes}): every form is
 * listed under the hash of itself and of each string left after deleting one or two of its chars, so the forms
 * within two edits of a word are among those listed under the word's own keys. No key is kept as a string (the whole
 * dictionary has five million): a key's hash picks a bucket, a few keys to a bucket, and each entry is one
 * {@code int}, the form's id over the next bits of the hash as a tag. A lookup can return forms whose key only
 * shares those 32 or so bits; the caller measures every candidate's distance anyway. Ids follow the forms'
 * alphabetical order. Immutable, safe to share between threads.
 */
final class TwoEditIndex {

    private final char[] chars;
    /** Form {@code id} is {@code chars[starts[id], starts[id + 1])}. */
    private final int[] starts;
    private final byte[] levels;
    private final int[] bucketStarts;
    private final int[] entries;
    private final int bucketBits;
    private final int tagBits;
    private final int tagMask;
    private final int minKeyLength;
    private final int maxFormLength;

    /**
     * Indexes {@code forms} (distinct, lower-case; {@code level} gives each one's SCOWL level) under their keys of at
     * least {@code minKeyLength} chars: shorter keys could only match words of fewer than {@code minKeyLength + 2}
     * chars, which are not looked up.
     */
    TwoEditIndex(String[] forms, ToIntFunction<String> level, int minKeyLength) {
        String[] sorted = forms.clone();
        Arrays.sort(sorted);
        this.minKeyLength = minKeyLength;
        starts = new int[sorted.length + 1];
        levels = new byte[sorted.length];
        int longest = 0;
        for (int id = 0; id < sorted.length; id++) {
            starts[id + 1] = starts[id] + sorted[id].length();
            levels[id] = (byte) level.applyAsInt(sorted[id]);
            longest = Math.max(longest, sorted[id].length());
        }
        maxFormLength = longest;
        chars = new char[starts[sorted.length]];
        for (int id = 0; id < sorted.length; id++) {
            sorted[id].getChars(0, sorted[id].length(), chars, starts[id]);
        }
        tagBits = Integer.numberOfLeadingZeros(Math.max(sorted.length - 1, 1));
        tagMask = (1 << tagBits) - 1;
        long most = 0;
        for (int id = 0; id < sorted.length; id++) {
            long length = length(id);
            most += 1 + length + length * (length - 1) / 2;
        }
        bucketBits = Math.min(24, Math.max(4, 64 - Long.numberOfLeadingZeros(most / 8)));
        int buckets = 1 << bucketBits;
        bucketStarts = new int[buckets + 1];
        DeleteHashes hashes = new DeleteHashes(longest);
        forEachKey(hashes, (id, key) -> bucketStarts[bucket(key) + 1]++);
        for (int b = 0; b < buckets; b++) {
            bucketStarts[b + 1] += bucketStarts[b];
        }
        entries = new int[bucketStarts[buckets]];
        int[] next = Arrays.copyOf(bucketStarts, buckets);
        forEachKey(hashes, (id, key) -> entries[next[bucket(key)]++] = id << tagBits | tag(key));
    }

    private interface KeyConsumer {
        void accept(int id, long key);
    }

    private void forEachKey(DeleteHashes hashes, KeyConsumer consumer) {
        for (int id = 0; id < levels.length; id++) {
            int count = hashes.of(chars, starts[id], starts[id + 1] - starts[id], minKeyLength);
            long[] keys = hashes.keys();
            for (int k = 0; k < count; k++) {
                consumer.accept(id, keys[k]);
            }
        }
    }

    /** Gives {@code ids} every form listed under {@code key} (and the rare one whose key only shares those bits). */
    void candidates(long key, IntConsumer ids) {
        int tag = tag(key);
        int end = bucketStarts[bucket(key) + 1];
        for (int e = bucketStarts[bucket(key)]; e < end; e++) {
            int entry = entries[e];
            if ((entry & tagMask) == tag) {
                ids.accept(entry >>> tagBits);
            }
        }
    }

    int minKeyLength() {
        return minKeyLength;
    }

    int maxFormLength() {
        return maxFormLength;
    }

    /** The chars every form is spelt in, from {@link #start}. */
    char[] chars() {
        return chars;
    }

    int start(int id) {
        return starts[id];
    }

    int length(int id) {
        return starts[id + 1] - starts[id];
    }

    int level(int id) {
        return levels[id];
    }

    String form(int id) {
        return new String(chars, starts[id], length(id));
    }

    private int bucket(long key) {
        return (int) (key >>> 64 - bucketBits);
    }

    private int tag(long key) {
        return (int) (key >>> 64 - bucketBits - tagBits) & tagMask;
    }
}
