package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Corrections two edits away and of held-down letters: what they fix, what they leave, and that they repeat. */
class TwoEditCorrectionTest {

    private static final Autocorrector CORRECTOR = HunspellAutocorrector.english();
    private static final EnglishDictionary DICTIONARY = EnglishDictionary.shared();

    private static String correct(String text) {
        return CORRECTOR.correct(text, word -> false).text();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "tommorow|tomorrow",
        "seperatly|separately",
        "neccesary|necessary",
        "embrrased|embarrassed",
        "imediatly|immediately",
        "see you tommorow, seperatly|see you tomorrow, separately",
        "Tommorow then|Tomorrow then",
    })
    void correctsWordsTwoEditsAway(String text, String expected) {
        assertEquals(expected, correct(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "whaaat|what",
        "knowww|know",
        "madddd|mad",
        "goooood|good",
        "soooooo|so",
        "toooo|too",
        "yeahhh|yeah",
        "pleeeease stoppp|please stop",
        "sooo|so",       // not "solo", one edit away
        "yesss|yes",     // not "yeses"
        "nooo way|no way",
    })
    void squeezesHeldDownLetters(String text, String expected) {
        assertEquals(expected, correct(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "qwxzvbnm",     // nothing within two edits
        "atleast",      // two words run together
        "shutup",
        "positivity",   // longer than the common word two edits away
        "birffday",     // two substitutions from "birthday"
        "mbarased",     // two edits from "embarrassed", one of them before the first letter
        "hunnit",       // six letters: too short to guess at
        "anotha",
        "probly",
        "bruhhh",       // squeezed to nothing listed
    })
    void leavesWhatItShouldNotGuessAt(String word) {
        assertEquals(word, correct(word));
    }

    @Test
    void shortWordsNeverGetTwoEditCorrections() {
        TwoEditSearch search = new TwoEditSearch(DICTIONARY, DICTIONARY.twoEditIndex());
        for (String word : List.of("tomrw", "sepert", "amazng", "becuz", "peple", "thnks")) {
            assertNull(search.best(word), word);
        }
        assertEquals("separately", search.best("seperatly"));
    }

    @Test
    void squeezesOnlyWordsOfFourLettersOrMoreIntoListedWordsOfTwoOrMore() {
        Elongations elongations = new Elongations(DICTIONARY);
        assertNull(elongations.best("zzz"));
        assertEquals("so", elongations.best("sooo"));
        assertEquals("so", elongations.best("soooo"));
        assertNull(elongations.best("zzzzzz"));
        assertEquals("the", elongations.best("theeeee"));
    }

    @Test
    void answersRepeatWhateverRanBefore() {
        List<String> words = List.of("tommorow", "seperatly", "recieveing", "whaaat", "qwxzvbnm", "erything",
                "definatly", "tendicies", "boundires", "gooooood");
        List<String> first = new ArrayList<>();
        for (String word : words) {
            first.add(new SpellingSuggester(DICTIONARY).best(word));
        }
        SpellingSuggester shared = new SpellingSuggester(DICTIONARY);
        for (int round = 0; round < 3; round++) {
            for (int i = words.size() - 1; i >= 0; i--) {
                assertEquals(first.get(i), shared.best(words.get(i)), words.get(i));
            }
        }
    }
}
