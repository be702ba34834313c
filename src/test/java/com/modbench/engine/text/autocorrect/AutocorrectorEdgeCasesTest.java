package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corrector's fast paths (known words, words that change, protected spans looked up per word) on the edge cases
 * they must get right. The expected texts are what the corrector gave before the fast paths existed.
 */
class AutocorrectorEdgeCasesTest {

    private static final Autocorrector CORRECTOR = HunspellAutocorrector.english();
    private static final Set<String> TERMS = Set.of("fcuk", "sh1t", "shit");

    @BeforeAll
    static void takeTheVerdicts() throws InterruptedException {
        EnglishDictionary.shared().awaitVerdicts();
    }

    private static String correct(String text) {
        return CORRECTOR.correct(text, TERMS::contains).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "I dont knwo, it's teh best => I dint know, it's the best",
        "don't-teh rock'n'roll ain't quck' => don't-teh rock'n'roll ain't quick'",
        "'quck' and \"teh\" and (recieve) => 'quck' and \"the\" and (receive)",
        "sh!t-x and qu!ck and f0x and d0g's l0ve => sh!t-x and quick and fox and dog's love",
        "wh@t th3 h3ll, $ave m0ney! => wh@t th3 hell, $ave money!",
        "1quck quck1 qu1ck => 1quck quck1 quick",
        "Teh cat. Teh dog! Quck? \"Teh\" end => The cat. The dog! Quick? \"The\" end",
        "I saw Teh and Quck => I saw Teh and Quck",
        "TEH QUCK tEh => TEH QUCK tEh",
        "lol luv u kewl fcuk sh1t => lol luv u kewl fcuk sh1t",
    })
    void apostrophesLeetAndCapitals(String text, String expected) {
        assertEquals(expected, correct(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "RT @jnae:teh quck => RT @jnae:the quick",
        "mail teh@quck.com or quck@x => mail teh@quck.com or quck@x",
        "see https://quck.com/teh and www.teh.quck.com quck => see https://quck.com/teh and www.teh.quck.com quick",
        "#teh #quck_teh @teh_quck => #teh #quck_teh @teh_quck",
        "a.b.teh.com teh => a.b.teh.com the",
    })
    void handlesUrlsAndEmails(String text, String expected) {
        assertEquals(expected, correct(text));
    }

    @Test
    void emojiSurrogatesAndOtherScriptsNextToWords() {
        assertEquals("😀the 😀quick😀 the😀", correct("😀teh 😀quck😀 teh😀"));
        assertEquals("the\uD83D quick\uDE00 \uDE00the", correct("teh\uD83D quck\uDE00 \uDE00teh"));
        assertEquals("𝐀𝐁𝐂 the ß quick naive receive", correct("𝐀𝐁𝐂 teh ß quck naïve recieve"));
        assertEquals("тест the quick", correct("тест teh quck"));
        assertEquals("the\u00A0quick the\tquick\nthe", correct("teh\u00A0quck teh\tquck\nteh"));
        assertEquals("0123456789 quick 3.14 the", correct("0123456789 quck 3.14 teh"));
        assertEquals("", correct(""));
        assertEquals("😀😀😀", correct("😀😀😀"));
    }

    @Test
    void theListsAreAskedOnlyAboutWordsTheDictionaryRejects() {
        List<String> asked = new ArrayList<>();
        CorrectedText out = CORRECTOR.correct("The quick brown fox, teh fcuk", word -> {
            asked.add(word);
            return word.equals("fcuk");
        });
        assertEquals("The quick brown fox, the fcuk", out.text());
        assertEquals(List.of("teh", "fcuk"), asked);
    }

    @Test
    void noiseOf1024CharsChangesOnlyUnprotectedWordsAndMapsBack() {
        String[] tokens = {"teh", "quck", "the", "Quck", "recieve", "qu!ck", "f0x", "d0g's", "don't", "@user",
            "#tag", "http://quck.com/teh", "teh@quck.com", "www.teh.co.uk", "😀", "\uD835\uDC00", "\uD83D", "\uDE00",
            "42", "3.14", "$100", "!!!", "...", "ß", "naïve", "тест", "lol", "fcuk", "sh1t", "-", "_", "/", "'"};
        String[] gaps = {" ", "  ", ", ", ". ", "! ", "\n", "\t", "\u00A0", "😀", " - "};
        Random random = new Random(1024);
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 1024) {
                text.append(tokens[random.nextInt(tokens.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String original = text.substring(0, 1024);
            CorrectedText out = CORRECTOR.correct(original, TERMS::contains);
            assertTrue(out.edits().size() <= HunspellAutocorrector.MAX_CORRECTIONS);
            Set<Integer> wordSpans = new HashSet<>();
            Matcher words = WordScannerTest.WORD.matcher(original);
            while (words.find()) {
                wordSpans.add(words.start() * 10_000 + words.end());
            }
            boolean[] shielded = ProtectedSpansTest.shieldedByWholeText(original);
            int previousEnd = 0;
            for (CorrectedText.Edit edit : out.edits()) {
                assertTrue(edit.start() >= previousEnd, "edits are sorted and apart");
                assertTrue(wordSpans.contains(edit.start() * 10_000 + edit.end()), "an edit replaces a word");
                assertFalse(shielded[edit.start()] || shielded[edit.end() - 1], "an edit leaves protected text");
                previousEnd = edit.end();
            }
            assertEquals(original.length(), out.toOriginal(out.text().length()));
        }
        String digits = "0123456789".repeat(103).substring(0, 1024);
        assertEquals(digits, correct(digits));
    }
}
