package com.modbench.engine.text.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine's detector on sentences, chat-length text and edge cases; output is ISO 639-3. */
class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new HybridLanguageDetector();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "The quick brown fox jumps over the lazy dog while the farmer watches from the porch.|eng",
        "Der schnelle braune Fuchs springt über den faulen Hund, während der Bauer zusieht.|deu",
        "Le renard brun rapide saute par-dessus le chien paresseux pendant que le fermier regarde.|fra",
        "El rápido zorro marrón salta sobre el perro perezoso mientras el granjero mira.|spa",
        "A rápida raposa marrom pula sobre o cão preguiçoso enquanto o fazendeiro observa.|por",
        "Быстрая коричневая лиса прыгает через ленивую собаку, пока фермер смотрит.|rus",
        "Szybki brązowy lis przeskakuje nad leniwym psem, a rolnik się przygląda.|pol",
        "Η γρήγορη καφέ αλεπού πηδάει πάνω από τον τεμπέλη σκύλο.|ell",
        "素早い茶色の狐がのろまな犬を飛び越える。|jpn",
        "敏捷的棕色狐狸跳过了懒惰的狗。|zho",
        "빠른 갈색 여우가 게으른 개를 뛰어넘는다.|kor",
        "Die vinnige bruin jakkals spring oor die lui hond terwyl die boer van die stoep af kyk.|afr",
        "Het is een mooie dag en ik ga naar de winkel om brood te kopen.|nld",
        "Hun sagde at hun ville komme hjem til middag i morgen aften.|dan",
        "I told him that the weather was going to be terrible all week.|eng",
    })
    void detectsSentences(String text, String expected) {
        assertEquals(expected, DETECTOR.detect(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "good morning|eng",
        "guten Morgen|deu",
        "bonjour tout le monde|fra",
        "muchas gracias|spa",
        "dziękuję bardzo|pol",
        "tack så mycket|swe",
        "köszönöm szépen|hun",
        "спасибо большое|rus",
        "дякую дуже|ukr",
    })
    void detectsChatLengthText(String text, String expected) {
        assertEquals(expected, DETECTOR.detect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"@AllAboutFeet: http://t.co/3gzUpfuMev\" woof woof and hot soles",
        "RT @Lightskingawdd: wish I had a friend like that &#8220; #blessed",
        "@CHlLDRUINER @WesGodLaFlare https://t.co/RKk5vawIj1 this teacher needs to go",
    })
    void handlesLinksAndEntitiesDoNotDecideTheLanguageOfAChatLine(String line) {
        assertEquals("eng", DETECTOR.detect(line));
    }

    @Test
    void textWithoutLettersIsUndetermined() {
        assertEquals(LanguageDetector.UNDETERMINED, DETECTOR.detect("12345 !!! 😀 ..."));
    }

    @Test
    void aScriptNoNgramModelCoversGoesToOpenNlp() {
        assertEquals("mal", DETECTOR.detect("മലയാളം ഭാഷ ഇന്ത്യയിലെ കേരള സംസ്ഥാനത്തിലെ ഔദ്യോഗിക ഭാഷയാണ്"));
    }

    @Test
    void longTextOnlyReadsItsBeginningAndStaysCorrect() {
        String text = "This is an English sentence about the weather today. ".repeat(20) + "Dies ist Deutsch.";
        assertEquals("eng", DETECTOR.detect(text));
    }

    @Test
    void openNlpCodesAreFoldedToMacrolanguages() {
        assertEquals("zho", IsoCodes.macrolanguage("cmn"));
        assertEquals("fas", IsoCodes.macrolanguage("pes"));
        assertEquals("eng", IsoCodes.macrolanguage("eng"));
    }

    @Test
    void modelsFitTheMemoryBudget() {
        long bytes = HybridLanguageDetector.ngramDetector().modelBytes();
        assertTrue(bytes < 200L << 20, "n-gram tables take " + (bytes >> 20) + " MB");
        assertEquals(75, HybridLanguageDetector.ngramDetector().languages().size());
    }

    /** The scorer ends a chain at the first window no language knows; that is exact only if prefixes are known. */
    @ParameterizedTest
    @CsvSource({"en, 5", "de, 4", "af, 3"})
    void everyNgramAModelKnowsHasItsPrefixKnownToo(String iso639_1, int order) {
        java.util.Set<String> shorter = new java.util.HashSet<>();
        NgramFile.read(iso639_1, order - 1, (text, start, end, p) -> shorter.add(text.substring(start, end)));
        int[] checked = {0};
        NgramFile.read(iso639_1, order, (text, start, end, p) -> {
            String prefix = text.substring(start, end - 1);
            assertTrue(shorter.contains(prefix), iso639_1 + ": " + text.substring(start, end) + " without " + prefix);
            checked[0]++;
        });
        assertTrue(checked[0] > 1000, "read " + checked[0] + " n-grams");
    }
}
