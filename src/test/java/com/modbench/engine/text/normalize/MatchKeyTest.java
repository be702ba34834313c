package com.modbench.engine.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeyTest {

    private static String key(String text) {
        return MatchKey.of(new CaseFoldNormalizer().normalize(text).text()).toString();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", ignoreLeadingAndTrailingWhitespace = false, value = {
        "sh!t => shit",
        "5h1t => sh¦t",
        "@55 => ass",
        "a$$hole => asshole",
        "|3itch => bitch",
        "\\/\\/hore => whore",
        "phuck => fuck",
        "fvck => fuck",
        "f*ck => f*ck",
        "f***ing => f*ing",
        "fuuuuuck => fuck",
        "asssss => ass",
        "boooobs => boobs",
        "f u c k => fuck",
        "f.u.c.k => fuck",
        "s/h/i/t => shit",
        "fu.ck => fuck",
        "fück => fuck",
        "\"Shit!\" =>  shit ",
        "I have 3 apples => i have 3 apples",
        "$100 or 1,000 in 1990 =>  100 or 1 000 in 1990",
        "room 455 => room 455",
        "mp3 and 2nd => mpe and 2nd",
        "mail me@example.com => mail me example com",
        "año => año",
    })
    void foldsEvasionsButNotOrdinaryText(String text, String expected) {
        assertEquals(expected, key(text));
    }

    @Test
    void spacedLettersAreWordStartsAndSingleLettersStayApart() {
        MatchKey spaced = MatchKey.of("u s a");
        assertEquals("usa", spaced.toString());
        assertTrue(spaced.spaced(1) && spaced.boundaryBefore(1));
        assertFalse(MatchKey.of("a b").toString().contains("ab"));
    }

    @Test
    void keyCharsPointBackIntoNormalisedText() {
        String text = "the fuuuck";
        MatchKey key = MatchKey.of(text);
        int f = key.toString().indexOf('f');
        assertEquals(4, key.from(f));
        assertEquals(text.length(), key.to(key.length() - 1));
        assertTrue(key.boundaryBefore(f));
        assertTrue(key.boundaryAfter(key.length() - 1));
    }

    @Test
    void cjkAndEmojiAreUnspaced() {
        assertTrue(MatchKey.isUnspaced('操'));
        assertTrue(MatchKey.isUnspaced("🖕".charAt(0)));
        assertFalse(MatchKey.isUnspaced('a'));
    }
}
