package com.modbench.engine.text.language;

import java.util.Arrays;

/**
 * One language's n-gram probabilities (lengths 1–5), read from the model files that ship inside the Lingua artifact
 * ({@code /language-models/<iso639-1>/<n>grams.json}, see {@link NgramFile}). Only the data is used, not Lingua's
 * classes; it is packed into {@link NgramTable}s, several times smaller than Lingua's own maps.
 */
final class NgramModel {

    static final int MAX_ORDER = 5;

    private final String iso639_1;
    private final NgramTable[] tables = new NgramTable[MAX_ORDER + 1];
    private final Character.UnicodeScript script;

    private NgramModel(String iso639_1, int maxOrder) {
        this.iso639_1 = iso639_1;
        int[] scriptCounts = new int[Character.UnicodeScript.values().length];
        for (int order = 1; order <= Math.max(3, maxOrder); order++) {
            Entries entries = new Entries();
            boolean unigrams = order == 1;
            boolean exists = NgramFile.read(iso639_1, order, (text, start, end, probability) -> {
                entries.add(NgramTable.fingerprint(text, start, end), probability);
                if (unigrams) {
                    int cp = text.codePointAt(start);
                    if (Character.isLetter(cp)) {
                        scriptCounts[Character.UnicodeScript.of(cp).ordinal()]++;
                    }
                }
            });
            if (exists) {
                tables[order] = entries.toTable();
            } else if (unigrams) {
                throw new IllegalStateException("no language model for '" + iso639_1 + "' on the classpath");
            }
        }
        this.script = "ja".equals(iso639_1) ? Character.UnicodeScript.HIRAGANA : mostFrequent(scriptCounts);
    }

    /** Loads lengths 1 to {@code maxOrder}, at least 1–3 (trigrams with their back-off). */
    static NgramModel load(String iso639_1, int maxOrder) {
        return new NgramModel(iso639_1, maxOrder);
    }

    String iso639_1() {
        return iso639_1;
    }

    /** The script most of the language's letters are written in. */
    Character.UnicodeScript script() {
        return script;
    }

    boolean hasOrder(int order) {
        return tables[order] != null;
    }

    /** Cost of the fingerprinted n-gram of length {@code order}, or {@link NgramTable#ABSENT}. */
    int cost(int order, int fingerprint) {
        NgramTable table = tables[order];
        return table == null ? NgramTable.ABSENT : table.cost(fingerprint);
    }

    long bytes() {
        return Arrays.stream(tables).filter(t -> t != null).mapToLong(NgramTable::bytes).sum();
    }

    private static Character.UnicodeScript mostFrequent(int[] counts) {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return Character.UnicodeScript.values()[best];
    }

    /** Growable fingerprint/probability pairs, turned into an exactly sized table. */
    private static final class Entries {
        private int[] keys = new int[4096];
        private double[] probabilities = new double[4096];
        private int size;

        void add(int key, double probability) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                probabilities = Arrays.copyOf(probabilities, size * 2);
            }
            keys[size] = key;
            probabilities[size++] = probability;
        }

        NgramTable toTable() {
            NgramTable table = new NgramTable(size);
            double lastProbability = -1;
            int lastCost = 0;
            for (int i = 0; i < size; i++) {
                if (probabilities[i] != lastProbability) {
                    lastProbability = probabilities[i];
                    lastCost = NgramTable.cost(lastProbability);
                }
                table.put(keys[i], lastCost);
            }
            return table;
        }
    }
}
