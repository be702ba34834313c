package com.modbench.engine.text.terms;

import com.modbench.engine.text.normalize.CaseFoldNormalizer;
import com.modbench.engine.text.normalize.MatchKey;
import com.modbench.engine.text.normalize.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a term into the match keys it is found by: the key of its normalised spelling, plus variants for what the
 * key of a text can hold but a term's spelling cannot — a {@code 1}/{@code |} where the term has i or l, a mask
 * over inner letters ({@code f*ck}, {@code a**hole}), a plural, a phrase written as one word, a known spelling
 * ({@code fcker}), an insult compound ({@code dickface}).
 */
final class TermKeys {

    private static final Normalizer NORMALIZER = new CaseFoldNormalizer();
    private static final int MAX_IL_POSITIONS = 4;

    private TermKeys() {
    }

    /** The key of a term as written (normalised the same way as screened text). */
    static String key(String term) {
        return MatchKey.of(NORMALIZER.normalize(term).text()).trimmedKey();
    }

    /** The exact key first, then its variants; empty if the term has no key (only separators). */
    static Set<String> variants(String key, MatchRules rules) {
        Set<String> out = new LinkedHashSet<>();
        if (key.isEmpty()) {
            return out;
        }
        out.add(key);
        if (key.indexOf(MatchKey.SEP) > 0 && isLatinWordChars(key.replace(String.valueOf(MatchKey.SEP), ""))
                && shortestWord(key) >= 3) {
            out.add(key.replace(String.valueOf(MatchKey.SEP), ""));
        }
        if (isLatinWordChars(key) && key.length() >= 3) {
            boolean sibilant = key.endsWith("s") || key.endsWith("x") || key.endsWith("z") || key.endsWith("ch")
                    || key.endsWith("sh");
            out.add(key + (sibilant ? "es" : "s"));
        }
        for (String base : List.copyOf(out)) {
            for (MatchRules.Spelling spelling : rules.spellings()) {
                if (base.contains(spelling.from())) {
                    out.add(base.replace(spelling.from(), spelling.to()));
                }
            }
        }
        for (String suffix : rules.compoundSuffixes(key)) {
            out.add(key + suffix);
            out.add(key + MatchKey.SEP + suffix);
        }
        for (String base : List.copyOf(out)) {
            addReadAlikes(base, out);
        }
        if (isLatinWordChars(key)) {
            addMasks(key, out);
        }
        return out;
    }

    private static void addReadAlikes(String key, Set<String> out) {
        int[] positions = new int[key.length()];
        int count = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'i' || c == 'l') {
                positions[count++] = i;
            }
        }
        if (count == 0) {
            return;
        }
        if (count <= MAX_IL_POSITIONS) {
            for (int mask = 1; mask < 1 << count; mask++) {
                char[] chars = key.toCharArray();
                for (int b = 0; b < count; b++) {
                    if ((mask & 1 << b) != 0) {
                        chars[positions[b]] = MatchKey.IL;
                    }
                }
                out.add(new String(chars));
            }
        } else {
            for (int b = 0; b < count; b++) {
                char[] chars = key.toCharArray();
                chars[positions[b]] = MatchKey.IL;
                out.add(new String(chars));
            }
        }
    }

    /** Inner runs of one to three letters masked; the first and last letter and half the word stay readable. */
    private static void addMasks(String key, Set<String> out) {
        int n = key.length();
        if (n < 4) {
            return;
        }
        for (int start = 1; start <= n - 2; start++) {
            for (int run = 1; run <= 3 && start + run <= n - 1 && run * 2 <= n; run++) {
                out.add(key.substring(0, start) + MatchKey.MASK + key.substring(start + run));
            }
        }
    }

    private static int shortestWord(String key) {
        int shortest = Integer.MAX_VALUE;
        for (String word : key.split(String.valueOf(MatchKey.SEP))) {
            shortest = Math.min(shortest, word.length());
        }
        return shortest;
    }

    private static boolean isLatinWordChars(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !key.isEmpty();
    }
}
