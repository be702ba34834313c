package com.modbench.engine.text.autocorrect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.engine.text.normalize.CaseFoldNormalizer;
import com.modbench.engine.text.normalize.MatchKey;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.normalize.Normalizer;
import com.modbench.engine.text.terms.BuiltInTerms;
import com.modbench.engine.text.terms.TermEntry;
import com.modbench.engine.text.terms.TermHit;
import com.modbench.engine.text.terms.TermIndex;
import com.modbench.engine.text.terms.TermIndexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Terms on the corrected text are searched only around the edits ({@link ChangedSegments}); these tests hold that
 * against searching the whole corrected text ({@link CorrectedTerms#additionalInWhole}), on the edge cases of the
 * cutting and on random texts with random edits.
 */
class CorrectedTermsLocalityTest {

    private static final Normalizer NORMALIZER = new CaseFoldNormalizer();
    private static final TermIndex ENGLISH = new BuiltInTerms().apply("eng");
    private static final TermIndex CUSTOM = TermIndexes.compile(Stream.of("zorblax", "zorblax blarg", "big fat",
            "you are a", "the quick brown fox jumps over", "a b c", "go to hell you").map(t -> TermEntry.custom(t, 3))
            .toList());

    private static CorrectedText corrected(String original, CorrectedText.Edit... edits) {
        return CorrectedText.of(original, List.of(edits));
    }

    private static CorrectedText.Edit edit(String original, String word, String replacement) {
        int at = original.indexOf(word);
        return new CorrectedText.Edit(at, at + word.length(), replacement);
    }

    /** The additional hits, checked to be those of the whole-text search. */
    private static List<TermHit> additional(CorrectedText corrected) {
        NormalizedText normalized = NORMALIZER.normalize(corrected.original());
        List<TermHit> found = new ArrayList<>(ENGLISH.find(normalized.text()));
        found.addAll(CUSTOM.find(normalized.text()));
        List<TermHit> local = CorrectedTerms.additional(corrected, normalized, MatchKey.of(normalized.text()),
                NORMALIZER, found, ENGLISH, CUSTOM);
        List<TermHit> whole = CorrectedTerms.additionalInWhole(corrected, normalized, NORMALIZER, found, ENGLISH,
                CUSTOM);
        assertEquals(whole, local, () -> "for " + corrected);
        return local;
    }

    private static List<String> terms(List<TermHit> hits) {
        return hits.stream().map(h -> h.entry().term() + "@" + h.start() + "-" + h.end()).toList();
    }

    @Test
    void changedWordAtTheStartAndAtTheEnd() {
        String text = "btich this and that old shti";
        List<TermHit> hits = additional(corrected(text, edit(text, "btich", "bitch"), edit(text, "shti", "shit")));
        assertEquals(List.of("bitch@0-5", "shit@24-28"), terms(hits));
    }

    @Test
    void twoChangedWordsCloseTogether() {
        String text = "you btich shti now";
        List<TermHit> hits = additional(corrected(text, edit(text, "btich", "bitch"), edit(text, "shti", "shit")));
        assertEquals(List.of("bitch@4-9", "shit@10-14"), terms(hits));
    }

    @Test
    void multiWordTermSpanningAChangedWord() {
        String text = "such a big ball sakc there";
        List<TermHit> hits = additional(corrected(text, edit(text, "sakc", "sack")));
        assertEquals(List.of("ball sack@11-20"), terms(hits));
        List<ChangedSegments.Segment> segments = ChangedSegments.of(corrected(text, edit(text, "sakc", "sack")),
                NORMALIZER.normalize(text), MatchKey.of(NORMALIZER.normalize(text).text()), NORMALIZER, ENGLISH);
        assertEquals(1, segments.size());
        assertTrue(segments.get(0).start() < text.indexOf("ball"), "the part reaches back over the first word");
    }

    @Test
    void hitAwayFromTheEditThatOnlyTheCorrectedTextReports() {
        // In the input "zorblax" lies inside the longer hit "zorblax blarg" and is not reported; the correction
        // breaks that hit up, so "zorblax" is new although the edit does not touch it.
        String text = "well zorblax blarg";
        List<TermHit> hits = additional(corrected(text, edit(text, "blarg", "blare")));
        assertEquals(List.of("zorblax@5-12"), terms(hits));
    }

    @Test
    void spacedLettersNextToAChangedWord() {
        String text = "f u c k teh b i t c h";
        List<TermHit> hits = additional(corrected(text, edit(text, "teh", "the")));
        assertEquals(List.of(), hits, "the spaced words were found in the input already");
        String joined = "s h i tbtich";
        additional(corrected(joined, edit(joined, "tbtich", "bitch")));
        String lone = "x btich y";
        assertEquals(List.of("bitch@2-7"), terms(additional(corrected(lone, edit(lone, "btich", "bitch")))));
    }

    @Test
    void surrogatesAndEmoji() {
        String text = "😂 btich 😂🔥 𝐟𝐜𝐮𝐤 e\u0301 btich\u0301 x";
        int second = text.indexOf("btich\u0301");
        List<TermHit> hits = additional(corrected(text, edit(text, "btich", "bitch"),
                new CorrectedText.Edit(second, second + 5, "bitch")));
        // normalised, each bold letter is one char and e + U+0301 is é: the second hit moves 5 to the left
        assertEquals(List.of("bitch@3-8", "bitch@" + (second - 5) + "-" + (second + 1)), terms(hits));
    }

    @Test
    void emptyCorrectionAndNoCorrection() {
        assertEquals(List.of(), additional(CorrectedText.unchanged("fcuk you")));
        String text = "you fcuk shit";
        additional(corrected(text, edit(text, "fcuk", "")));
        additional(corrected(text, new CorrectedText.Edit(0, 0, "")));
        additional(corrected(text, new CorrectedText.Edit(text.length(), text.length(), "")));
        additional(corrected(text, new CorrectedText.Edit(3, 3, "")));
    }

    @Test
    void exceptionAcrossAChangedWord() {
        String text = "read moby dikc today";
        List<TermHit> hits = additional(corrected(text, edit(text, "dikc", "dick")));
        assertEquals(List.of(), hits, "moby dick is an exception");
    }

    @Test
    void randomTextsWithRandomEdits() {
        String[] pieces = {"ball ", "sack ", "sakc ", "fcuk ", "fuck ", "face ", "head ", "dick ", "moby ", "van ",
            "dyke ", "zorblax ", "blarg ", "big ", "fat ", "you ", "are ", "a ", "b ", "c ", "x ", "I ", "u ", "the ",
            "teh ", "and ", "2 girls 1 cup ", "girls ", "cup ", " ", "  ", "\n", "\t", ", ", "!!! ", "...", "-", ".",
            "'", "*", "f u c k ", "f.u.c.k ", "s h i t", "sh1t ", "@$$ ", "f*ck ", "😂", "🔥 ", "e\u0301 ", "\u0301",
            "\u00A0", "ｆｕｃｋ ", "fuсk ", "123 ", "1st ", "RT @user: ", "http://x.co/a ", "quick ", "brown ", "fox ",
            "jumps ", "over ", "go ", "to ", "hell ", "ass", "hole ", "cock ", "sucker ", "𝐟𝐮𝐜𝐤 ", "\uD83D", "ab"};
        String[] replacements = {"fuck", "sack", "face", "dick", "the", "a", "", "blare", "zorblax", "ball", "x y",
            "'tis", "shit", "girls", "😂", "cup", "b", "you"};
        Random random = new Random(20240611);
        for (int round = 0; round < 3000; round++) {
            String text = RandomTexts.ofPieces(random, pieces, 60);
            if (text.isEmpty()) {
                continue;
            }
            List<CorrectedText.Edit> edits = new ArrayList<>();
            int at = 0;
            while (true) {
                at += random.nextInt(40);
                int end = at + random.nextInt(7);
                if (end > text.length()) {
                    break;
                }
                edits.add(new CorrectedText.Edit(at, end, replacements[random.nextInt(replacements.length)]));
                at = end;
            }
            additional(CorrectedText.of(text, edits));
        }
    }
}
