package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The symmetric-delete index finds every form within two edits, and the two-edit cost agrees with a plain recursive
 * reading of the same rules on random words.
 */
class TwoEditIndexTest {

    private static final String LETTERS = "aabcdeeilmnorst'";

    @Test
    void keysAreTheHashesOfTheDeletionsSpeltOut() {
        String word = "tomorrow";
        DeleteHashes hashes = new DeleteHashes(word.length());
        int count = hashes.of(word.toCharArray(), 0, word.length(), 0);
        Set<Long> keys = new HashSet<>();
        for (int k = 0; k < count; k++) {
            keys.add(hashes.keys()[k]);
        }
        Set<Long> spelt = new HashSet<>();
        for (String deletion : deletions(word)) {
            DeleteHashes one = new DeleteHashes(deletion.length());
            one.of(deletion.toCharArray(), 0, deletion.length(), deletion.length());
            spelt.add(one.keys()[0]);
        }
        assertEquals(spelt, keys);
        assertEquals(deletions(word).size(), count);
    }

    @Test
    void findsEveryFormWithinTwoEditsOfRandomWords() {
        Random random = new Random(90);
        Set<String> forms = new HashSet<>();
        while (forms.size() < 3_000) {
            forms.add(randomWord(random, 5 + random.nextInt(5)));
        }
        TwoEditIndex index = new TwoEditIndex(forms.toArray(new String[0]), form -> 10, 3);
        List<String> words = new ArrayList<>();
        for (String form : forms) {
            if (words.size() < 300) {
                words.add(mangle(random, mangle(random, form)));
            }
        }
        for (String word : words) {
            Set<String> found = new HashSet<>();
            DeleteHashes hashes = new DeleteHashes(word.length());
            int count = hashes.of(word.toCharArray(), 0, word.length(), 3);
            for (int k = 0; k < count; k++) {
                index.candidates(hashes.keys()[k], id -> found.add(index.form(id)));
            }
            for (String form : forms) {
                if (distance(word, form) <= 2) {
                    assertTrue(found.contains(form), () -> form + " is within two edits of " + word);
                }
            }
        }
    }

    @Test
    void costIsTheCheapestAllowedSpellingOfRandomPairs() {
        Random random = new Random(46);
        int compared = 0;
        for (int round = 0; round < 20_000; round++) {
            String form = randomWord(random, 4 + random.nextInt(6));
            String word = random.nextBoolean() ? mangle(random, mangle(random, form)) : mangle(random, form);
            int expected = reference(word, form);
            int actual = new TwoEditCost(word.toCharArray(), word.length()).of(form.toCharArray(), 0, form.length());
            assertEquals(expected, actual, () -> word + " → " + form);
            compared += expected == TwoEditCost.NONE ? 0 : 1;
        }
        assertTrue(compared > 5_000, "most pairs are within reach: " + compared);
    }

    /** The rules of {@link TwoEditCost} read as a recursion over (word chars, form chars, edits, substitutions). */
    private static int reference(String w, String f) {
        if (w.isEmpty() || f.isEmpty() || w.charAt(0) != f.charAt(0)) {
            return TwoEditCost.NONE;
        }
        int best = reference(w, f, 1, 1, 2, 1, new HashMap<>());
        return best >= Integer.MAX_VALUE / 4 ? TwoEditCost.NONE : best;
    }

    private static int reference(String w, String f, int i, int j, int edits, int subs, Map<String, Integer> memo) {
        if (i == w.length() && j == f.length()) {
            return 0;
        }
        String key = i + "," + j + "," + edits + "," + subs;
        Integer known = memo.get(key);
        if (known != null) {
            return known;
        }
        int infinite = Integer.MAX_VALUE / 4;
        int best = infinite;
        char[] word = w.toCharArray();
        if (i < w.length() && j < f.length() && w.charAt(i) == f.charAt(j)) {
            best = reference(w, f, i + 1, j + 1, edits, subs, memo);
        }
        if (edits > 0) {
            if (i < w.length()) {
                best = Math.min(best, EditCosts.delete(word, w.length(), i) + reference(w, f, i + 1, j, edits - 1,
                        subs, memo));
            }
            if (j < f.length()) {
                best = Math.min(best, EditCosts.insert(word, w.length(), i, f.charAt(j))
                        + reference(w, f, i, j + 1, edits - 1, subs, memo));
            }
            if (subs > 0 && i < w.length() && j < f.length() && w.charAt(i) != f.charAt(j)) {
                best = Math.min(best, EditCosts.substitute(word, i, f.charAt(j))
                        + reference(w, f, i + 1, j + 1, edits - 1, subs - 1, memo));
            }
            if (i + 1 < w.length() && j + 1 < f.length() && w.charAt(i) != w.charAt(i + 1)
                    && w.charAt(i) == f.charAt(j + 1) && w.charAt(i + 1) == f.charAt(j)) {
                best = Math.min(best, EditCosts.transpose(i) + reference(w, f, i + 2, j + 2, edits - 1, subs,
                        memo));
            }
        }
        best = Math.min(best, infinite);
        memo.put(key, best);
        return best;
    }

    /** Restricted Damerau–Levenshtein distance. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                d[i][j] = Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static Set<String> deletions(String word) {
        Set<String> all = new HashSet<>(Set.of(word));
        for (int i = 0; i < word.length(); i++) {
            String one = word.substring(0, i) + word.substring(i + 1);
            all.add(one);
            for (int j = 0; j < one.length(); j++) {
                all.add(one.substring(0, j) + one.substring(j + 1));
            }
        }
        return all;
    }

    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    /** One random edit of any kind. */
    private static String mangle(Random random, String word) {
        StringBuilder out = new StringBuilder(word);
        int at = random.nextInt(word.length());
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        switch (random.nextInt(4)) {
            case 0 -> out.deleteCharAt(at);
            case 1 -> out.insert(at, letter);
            case 2 -> out.setCharAt(at, letter);
            default -> {
                if (at + 1 < word.length()) {
                    out.setCharAt(at, word.charAt(at + 1));
                    out.setCharAt(at + 1, word.charAt(at));
                }
            }
        }
        return out.length() == 0 ? word : out.toString();
    }
}
