package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The verdicts taken at load answer exactly as Hunspell does, for every casing and near-miss of the words. */
class EnglishDictionaryTest {

    private static final EnglishDictionary DICTIONARY = EnglishDictionary.shared();

    @BeforeAll
    static void takeTheVerdicts() throws InterruptedException {
        DICTIONARY.awaitVerdicts();
    }

    @Test
    void commonWordsAreKnownWithoutAskingHunspell() {
        for (String word : List.of("the", "The", "isn't", "Paris", "quick", "receive")) {
            assertTrue(DICTIONARY.knownToSpell(word.toCharArray(), 0, word.length()), word);
        }
        for (String word : List.of("teh", "paris", "Mcdaniel", "THE", "tHe")) {
            assertFalse(DICTIONARY.knownToSpell(word.toCharArray(), 0, word.length()), word);
        }
    }

    private static void assertAgreesWithHunspell(String word) {
        boolean hunspell = DICTIONARY.hunspellSpells(word);
        assertEquals(hunspell, DICTIONARY.spells(word), () -> "spells(\"" + word + "\")");
        if (DICTIONARY.knownToSpell(word.toCharArray(), 0, word.length())) {
            assertTrue(hunspell, () -> "\"" + word + "\" is known to spell but Hunspell rejects it");
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"the", "The", "THE", "tHe", "isn't", "Isn't", "isn’t", "paris", "Paris", "PARIS",
        "mcdaniel", "Mcdaniel", "McDaniel", "i", "I", "a", "A", "", "quck", "Quck", "teh", "Teh", "naïve", "Naïve",
        "ǆemal", "ǅemal", "1st", "21st", "straße", "İstanbul", "colour", "color", "o'clock", "O'clock", "rock'n'roll"})
    void agreesWithHunspellOnTrickyWords(String word) {
        assertAgreesWithHunspell(word);
    }

    @Test
    void agreesWithHunspellOnDictionaryWordsAndTheirNearMisses() throws IOException {
        List<String> stems = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                EnglishDictionary.class.getResourceAsStream("/hunspell/en_US.dic")), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            for (int n = 0; (line = in.readLine()) != null; n++) {
                if (n % 7 == 0 && !line.isBlank()) {
                    int slash = line.indexOf('/');
                    stems.add(slash < 0 ? line.strip() : line.substring(0, slash));
                }
            }
        }
        assertTrue(stems.size() > 5_000);
        for (String stem : stems) {
            String lower = stem.toLowerCase(Locale.ROOT);
            for (String word : List.of(stem, lower, Character.toUpperCase(lower.charAt(0)) + lower.substring(1),
                    stem.toUpperCase(Locale.ROOT), stem + "s", stem + "'s", stem + "ing", lower + "x",
                    stem.substring(0, stem.length() - 1))) {
                assertAgreesWithHunspell(word);
            }
        }
    }

    @Test
    void formsAreLowerCaseAndIncludeEveryGeneratedWord() {
        assertTrue(DICTIONARY.isForm("quick"));
        assertTrue(DICTIONARY.isForm("paris"));
        assertFalse(DICTIONARY.isForm("Paris"));
        assertFalse(DICTIONARY.isForm("quck"));
        assertTrue(DICTIONARY.formCount() > 100_000);
    }
}
