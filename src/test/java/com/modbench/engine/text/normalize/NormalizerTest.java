package com.modbench.engine.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {

    private final Normalizer normalizer = new CaseFoldNormalizer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Hello World|hello world",
        "ｆｕｃｋ|fuck",
        "𝐟𝐮𝐜𝐤 𝔣𝔲𝔠𝔨|fuck fuck",
        "ⓕⓤⓒⓚ|fuck",
        "⒡⒰⒞⒦|fuck",
        "🇫🇺🇨🇰|fuck",
        "f\u200Bu\u200Cc\u200Dk\u2060s\u00ADt\uFEFF|fuckst",
        "bаstard|bastard",
        "ВАЅТАRD|bastard",
        "ʙɪᴛᴄʜ|bitch",
        "хуй|хуй",
        "xуй|хуй",
        "сосо|сосо",
        "straße|strasse",
        "e\u0301te\u0301|été",
        "ırk|ırk",
        "αγάπη|αγάπη",
        "a\u2800b|a b",
    })
    void normalisesToReadableText(String input, String expected) {
        assertEquals(expected, normalizer.normalize(input).text());
    }

    @Test
    void mapsEveryNormalisedCharBackToItsOriginalSpan() {
        String input = "Ｆ\u200Bu𝐜k e\u0301 ß";
        NormalizedText n = normalizer.normalize(input);
        assertEquals("fuck \u00e9 ss", n.text());
        assertEquals("Ｆ", n.originalSpan(0, 1));
        assertEquals("Ｆ\u200Bu", n.originalSpan(0, 2));
        assertEquals("𝐜", n.originalSpan(2, 3));
        assertEquals("Ｆ\u200Bu𝐜k", n.originalSpan(0, 4));
        assertEquals("e\u0301", n.originalSpan(5, 6));
        int ss = n.text().indexOf("ss");
        assertEquals("ß", n.originalSpan(ss, ss + 1));
        assertEquals("ß", n.originalSpan(ss + 1, ss + 2));
        assertEquals(input.length(), n.originalEnd(n.text().length()));
    }

    @Test
    void identityMapsOneToOne() {
        NormalizedText n = NormalizedText.identity("abc");
        assertEquals("b", n.originalSpan(1, 2));
        assertEquals(3, n.originalEnd(3));
    }
}
