package com.modbench.engine.text.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.engine.text.normalize.CaseFoldNormalizer;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.normalize.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermIndexTest {

    private static final Normalizer NORMALIZER = new CaseFoldNormalizer();
    private static final BuiltInTerms BUILT_IN = new BuiltInTerms();

    private static List<TermHit> find(TermIndex index, String text) {
        return index.find(NORMALIZER.normalize(text).text());
    }

    @ParameterizedTest(name = "{0} finds {1} at original [{2}]")
    @CsvSource(delimiterString = " => ", value = {
        "what the fuck => fuck => fuck",
        "f u c k you => fuck you => f u c k you",
        "f u c k => fuck => f u c k",
        "F.U.C.K. off => fuck off => F.U.C.K. off",
        "F.U.C.K. => fuck => F.U.C.K",
        "s/h/i/t => shit => s/h/i/t",
        "sh1t happens => shit => sh1t",
        "5h1t => shit => 5h1t",
        "sh!t => shit => sh!t",
        "$h!t => shit => $h!t",
        "@55hole => asshole => @55hole",
        "you a$$ => ass => a$$",
        "f*ck off => fuck => f*ck",
        "f**k off => fuck => f**k",
        "a**hole => asshole => a**hole",
        "fuuuuuuck => fuck => fuuuuuuck",
        "phuck => fuck => phuck",
        "fvck => fuck => fvck",
        "fck you => fuck you => fck you",
        "fck => fuck => fck",
        "|3itch => bitch => |3itch",
        "\\/\\/hore => whore => \\/\\/hore",
        "ｆｕｃｋ => fuck => ｆｕｃｋ",
        "𝐟𝐮𝐜𝐤 => fuck => 𝐟𝐮𝐜𝐤",
        "f\u200Bu\u200Bc\u200Bk => fuck => f\u200Bu\u200Bc\u200Bk",
        "sh\u00ADit => shit => sh\u00ADit",
        "bаstard => bastard => bаstard",
        "ʙɪᴛᴄʜ => bitch => ʙɪᴛᴄʜ",
        "fück => fuck => fück",
        "clusterfuck => clusterfuck => clusterfuck",
        "absofuckinglutely => fucking => fucking",
        "motherfcker => motherfucker => motherfcker",
        "cuntz => cunt => cunt",
        "I am a b i t c h => bitch => b i t c h",
        "blow job => blow job => blow job",
        "blowjob => blowjob => blowjob",
        "you dickface => dick => dickface",
        "cock-muncher => cock => cock-muncher",
        "fxcking hell => fucking => fxcking",
    })
    void findsEvasions(String text, String term, String original) {
        NormalizedText normalized = NORMALIZER.normalize(text);
        List<TermHit> hits = BUILT_IN.apply("eng").find(normalized.text());
        assertTrue(hits.stream().anyMatch(h -> h.entry().term().equals(term)), () -> text + " → " + hits);
        TermHit hit = hits.stream().filter(h -> h.entry().term().equals(term)).findFirst().orElseThrow();
        assertEquals(original, text.substring(normalized.originalStart(hit.start()), normalized.originalEnd(hit.end())));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Scunthorpe", "Dickinson", "Emily Dickinson", "Cummings", "E. E. Cummings", "shiitake", "shitake mushrooms",
        "cockpit", "Hancock", "Penistone", "assassin", "class", "cocktail", "analysis", "therapist", "grape",
        "Yamashita", "Matsushita", "mishit", "sniggering", "niggardly", "swanky", "Dick Van Dyke", "Moby Dick",
        "magna cum laude", "U S A", "a b c", "x y z", "I have 3 apples", "room 455", "call 8008 5318", "$100",
        "pass the class", "bass guitar", "assess the passage", "Sussex and Essex", "skills", "hello", "shell",
        "therapists", "scrapbook", "document", "circumstance", "cucumber", "Saltwater", "wristwatch", "Fukushima",
        "the A55 road", "B52", "mp3", "2nd", "e.g. this", "U.S.A.",
    })
    void leavesOrdinaryTextClean(String text) {
        assertEquals(List.of(), find(BUILT_IN.apply("eng"), text));
    }

    @Test
    void customTermsGetTheSameNormalisationAndTheirListId() {
        TermIndex custom = TermIndexes.compile(List.of(TermEntry.custom("Bad Word", 7), TermEntry.custom("ｆｏｏ", 7)));
        List<TermHit> hits = find(custom, "b@d w0rd and FOO and f.o.o");
        assertEquals(3, hits.size(), hits::toString);
        assertTrue(hits.stream().allMatch(h -> h.entry().listId() == 7));
    }

    @Test
    void customListAndBuiltInBothReportTheSameSpan() {
        TermIndex custom = TermIndexes.compile(List.of(TermEntry.custom("shit", 3)));
        String text = NORMALIZER.normalize("oh sh1t").text();
        TermHit builtIn = BUILT_IN.apply("eng").find(text).get(0);
        TermHit mine = custom.find(text).get(0);
        assertEquals(builtIn.start(), mine.start());
        assertEquals(builtIn.end(), mine.end());
        assertEquals(0, builtIn.entry().listId());
        assertEquals(3, mine.entry().listId());
    }

    @Test
    void longestHitWinsInsideOneList() {
        List<TermHit> hits = find(BUILT_IN.apply("eng"), "motherfucker");
        assertEquals(1, hits.size(), hits::toString);
        assertEquals("motherfucker", hits.get(0).entry().term());
    }

    @Test
    void cjkAndThaiMatchInsideText() {
        TermIndex index = TermIndexes.compile(List.of(TermEntry.custom("操你妈", 1), TermEntry.custom("เหี้ย", 1)));
        assertEquals(1, find(index, "他说操你妈了").size());
        assertEquals(1, find(index, "ไอ้เหี้ยนี่").size());
    }

    @Test
    void languageSelectsItsLexiconAndEnglishAlwaysApplies() {
        assertTrue(find(BUILT_IN.apply("deu"), "du arschloch").stream()
                .anyMatch(h -> h.entry().term().equals("arschloch")));
        assertTrue(find(BUILT_IN.apply("deu"), "fuck").size() == 1);
        assertEquals(List.of(), find(BUILT_IN.apply("eng"), "du arschloch"));
        assertEquals(List.of(), find(BUILT_IN.apply(null), "du arschloch"));
        assertTrue(find(BUILT_IN.apply("de"), "arschloch").size() == 1);
        assertTrue(find(BUILT_IN.apply("cmn"), "王八蛋").size() == 1);
        assertTrue(find(BUILT_IN.apply("rus"), "ты хуй").size() == 1);
        assertTrue(find(BUILT_IN.apply("rus"), "ты xуй").size() == 1, "Latin x inside a Cyrillic word");
        assertEquals(BUILT_IN.apply("xyz"), BUILT_IN.apply("eng"));
    }
}
