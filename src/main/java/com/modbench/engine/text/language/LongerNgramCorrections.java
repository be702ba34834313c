package com.modbench.engine.text.language;

/**
 * What four- and five-grams change in a text's per-language costs. Lengths 4–5 are scored from the trigram's back-off
 * vector (each language's cost for its longest known prefix); only the few languages that know the four-gram, or the
 * five-gram, have another cost for them, and this keeps the difference per language.
 */
final class LongerNgramCorrections {

    private final NgramIndex sparse;
    private final int[] corrections;
    /** A four-gram's cost per language, valid where {@link #fourAt} holds the current position's stamp. */
    private final int[] four;
    private final int[] fourAt;

    LongerNgramCorrections(NgramIndex sparse, int languages) {
        this.sparse = sparse;
        this.corrections = new int[languages];
        this.four = new int[languages];
        this.fourAt = new int[languages];
    }

    /**
     * At one position ({@code stamp}, unique per position): the four-gram's row {@code fourRow} and the five-gram's
     * {@code fiveRow} (either {@link NgramIndex#ABSENT}), where the four-gram's costs count {@code fourTimes}
     * (once for each of lengths 4 and 5 scored there) and the five-gram's once, against the trigram vector starting
     * at {@code at} of {@code vectors}.
     */
    void add(int fourRow, int fiveRow, int fourTimes, long[] vectors, int at, int stamp) {
        for (int k = 0; fourRow != NgramIndex.ABSENT; k++) {
            int entry = sparse.entry(4, fourRow, k);
            int language = NgramIndex.language(entry);
            four[language] = NgramIndex.cost(entry);
            fourAt[language] = stamp;
            corrections[language] += fourTimes * (four[language] - BackoffTables.cost(vectors, at, language));
            if (NgramIndex.isLast(entry)) {
                break;
            }
        }
        for (int k = 0; fiveRow != NgramIndex.ABSENT; k++) {
            int entry = sparse.entry(5, fiveRow, k);
            int language = NgramIndex.language(entry);
            // a language knowing the five-gram knows its four-gram in Lingua's models; the trigram covers any other
            int backOff = fourAt[language] == stamp ? four[language] : BackoffTables.cost(vectors, at, language);
            corrections[language] += NgramIndex.cost(entry) - backOff;
            if (NgramIndex.isLast(entry)) {
                break;
            }
        }
    }

    int of(int language) {
        return corrections[language];
    }
}
