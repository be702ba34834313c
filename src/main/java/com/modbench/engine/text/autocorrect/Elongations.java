package com.modbench.engine.text.autocorrect;

/**
 * Words typed with a letter held down ({@code whaaat}, {@code knowww}, {@code soooo}): a letter three or more times
 * in a row. Such a word is read with each of those runs squeezed to two letters or one, and the commonest spelling
 * that is a listed word (SCOWL up to size 50) of at least two letters wins, then the one that squeezes fewer letters
 * out ({@code toooo} → {@code too}, not {@code to}), then the first in alphabetical order. The letters squeezed out
 * are not typing slips, so they are not priced as edits; the two-edit search, which turned {@code madddd} into
 * {@code madder}, is not tried on these words (decision 0090).
 */
final class Elongations {

    /** Shorter words ("zzz", "aaa") are left to the rest of the corrector (decisions 0090, 0097). */
    static final int MIN_LENGTH = 4;
    /** Each run doubles the spellings to try; a word with more runs is noise. */
    private static final int MAX_RUNS = 6;

    private final EnglishDictionary dictionary;

    Elongations(EnglishDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Whether {@code word} has a char three or more times in a row. */
    static boolean elongated(String word) {
        for (int i = 2; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1) && word.charAt(i) == word.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    /** The best squeezed spelling of a lower-case elongated word, or null if none is a listed word. */
    String best(String word) {
        if (word.length() < MIN_LENGTH) {
            return null;
        }
        int runs = 0;
        for (int i = 0; i < word.length(); i = runEnd(word, i)) {
            runs += runEnd(word, i) - i >= 3 ? 1 : 0;
        }
        if (runs > MAX_RUNS) {
            return null;
        }
        String best = null;
        int bestLevel = Integer.MAX_VALUE;
        StringBuilder spelling = new StringBuilder(word.length());
        for (int ones = 0; ones < 1 << runs; ones++) {
            spelling.setLength(0);
            for (int i = 0, run = 0; i < word.length(); ) {
                int end = runEnd(word, i);
                int keep = end - i < 3 ? end - i : (ones >> run++ & 1) == 1 ? 1 : 2;
                spelling.append(word, i, i + keep);
                i = end;
            }
            String candidate = spelling.toString();
            int level = candidate.length() < 2 || !dictionary.isForm(candidate) ? EnglishDictionary.RARE
                    : dictionary.level(candidate);
            if (level < EnglishDictionary.RARE && (level < bestLevel || level == bestLevel
                    && (candidate.length() > best.length()
                            || candidate.length() == best.length() && candidate.compareTo(best) < 0))) {
                best = candidate;
                bestLevel = level;
            }
        }
        return best;
    }

    private static int runEnd(String word, int start) {
        int end = start + 1;
        while (end < word.length() && word.charAt(end) == word.charAt(start)) {
            end++;
        }
        return end;
    }
}
