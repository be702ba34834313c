package com.modbench.engine.text.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.modbench.engine.text.normalize.MatchKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The automaton reports exactly the occurrences a search of every pattern at every position finds, through the full
 * rows of its shallow states, its sparse deep states, and chars that have no column (more distinct chars than
 * {@link DenseRows} gives columns, so some are looked up the sparse way even in shallow states).
 */
class KeyAutomatonTest {

    @Test
    void reportsEveryOccurrenceAndNothingElse() {
        Random random = new Random(3);
        String alphabet = "abcde " + cjk(90);
        for (int round = 0; round < 40; round++) {
            List<KeyAutomaton.Pattern> patterns = new ArrayList<>();
            Set<String> keys = new TreeSet<>();
            int count = round % 4 == 0 ? 6000 : 50;
            while (keys.size() < count) {
                keys.add(randomText(random, alphabet, 1 + random.nextInt(round % 2 == 0 ? 4 : 9)));
            }
            for (String key : keys) {
                patterns.add(new KeyAutomaton.Pattern(key, patterns.size()));
            }
            KeyAutomaton automaton = new KeyAutomaton(patterns);
            for (int text = 0; text < 20; text++) {
                MatchKey key = MatchKey.of(randomText(random, alphabet, 1 + random.nextInt(300)));
                String chars = keyChars(key);
                Set<String> expected = new TreeSet<>();
                for (KeyAutomaton.Pattern p : patterns) {
                    for (int at = chars.indexOf(p.key()); at >= 0; at = chars.indexOf(p.key(), at + 1)) {
                        expected.add(p.id() + "@" + (at + p.key().length() - 1));
                    }
                }
                Set<String> found = new TreeSet<>();
                automaton.scan(key, (id, end) -> found.add(id + "@" + end));
                assertEquals(expected, found, chars);
            }
        }
    }

    private static String keyChars(MatchKey key) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < key.length(); k++) {
            out.append(key.charAt(k));
        }
        return out.toString();
    }

    private static String cjk(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append((char) (0x4E00 + i));
        }
        return out.toString();
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // mostly the first few chars, so that patterns overlap and go deep
            int range = random.nextInt(4) == 0 ? alphabet.length() : 6;
            out.append(alphabet.charAt(random.nextInt(range)));
        }
        return out.toString();
    }
}
