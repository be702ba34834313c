package com.modbench.engine.text.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ReviewThresholds;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.terms.TermCategory;
import com.modbench.engine.text.terms.TermEntry;
import com.modbench.engine.text.terms.TermHit;
import com.modbench.model.text.Classification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconClassifierTest {

    private static final Map<String, TermEntry> LEXICON = Map.of(
            "jerkface", new TermEntry("jerkface", 0, TermCategory.OFFENSIVE, 2),
            "crap", new TermEntry("crap", 0, TermCategory.OFFENSIVE, 1),
            "bitch", new TermEntry("bitch", 0, TermCategory.OFFENSIVE, 3),
            "fuck", new TermEntry("fuck", 0, TermCategory.SEXUAL, 3),
            "fucking", new TermEntry("fucking", 0, TermCategory.SEXUAL, 3),
            "horny", new TermEntry("horny", 0, TermCategory.SUGGESTIVE, 2),
            "sexy", new TermEntry("sexy", 0, TermCategory.SEXUAL, 2),
            "spic", new TermEntry("spic", 0, TermCategory.SLUR, 3));

    private final LexiconClassifier classifier = new LexiconClassifier(ReviewThresholds.DEFAULT);

    /** Classifies {@code text} as the pipeline would, finding LEXICON words in the lower-cased text. */
    private Classification classify(String text) {
        return classifier.classify(lowerCased(text), hitsIn(text.toLowerCase(Locale.ROOT)));
    }

    private static double c3(Classification c) {
        return c.category3().score();
    }

    @Test
    void textWithoutEvidenceScoresZeroEverywhere() {
        Classification c = classify("The weather in Lisbon is lovely today.");
        assertEquals(0, c.category1().score());
        assertEquals(0, c.category2().score());
        assertEquals(0, c3(c));
        assertFalse(c.reviewRecommended());
    }

    @Test
    void oneOffensiveTermScoresItsSeverityWeightInCategory3Only() {
        Classification c = classify("that movie was crap and jerkface plot");
        assertTrue(c3(c) > 0.6, "two offensive terms combine above either alone: " + c3(c));
        Classification single = classify("the plot was jerkface level");
        assertEquals(0.6, c3(single), 1e-9);
        assertEquals(0, single.category1().score());
        assertEquals(0, single.category2().score());
        assertTrue(single.reviewRecommended());
    }

    @Test
    void anInsultAimedAtTheReaderScoresHigherThanOneAboutSomeoneElse() {
        assertTrue(c3(classify("you are an jerkface")) > c3(classify("the plot was jerkface level")));
        assertTrue(c3(classify("ur an jerkface")) > 0.7);
    }

    @Test
    void negationAndMentionWeakenTheEvidence() {
        double plain = c3(classify("he is an jerkface"));
        assertTrue(c3(classify("he is not an jerkface")) < plain);
        assertTrue(c3(classify("the word jerkface is rude")) < plain);
    }

    @Test
    void obfuscationCountsAsIntent() {
        NormalizedText disguised = new NormalizedText("b!tch", "bitch", new int[] {0, 1, 2, 3, 4, 5});
        List<TermHit> hits = List.of(new TermHit(0, 5, LEXICON.get("bitch")));
        assertTrue(c3(classifier.classify(disguised, hits)) > c3(classify("bitch")));
    }

    @Test
    void aDisguisedSpellingLeftInTheNormalisedTextStillCountsAsDisguise() {
        TermEntry shit = new TermEntry("shit", 0, TermCategory.OFFENSIVE, 2);
        double plain = c3(classifier.classify(lowerCased("shit happens"), List.of(new TermHit(0, 4, shit))));
        for (String disguised : List.of("sh1t happens", "sh!t happens", "s h i t happens", "ѕhit happens")) {
            int end = disguised.indexOf(" happens");
            double score = c3(classifier.classify(lowerCased(disguised), List.of(new TermHit(0, end, shit))));
            assertTrue(score > plain, disguised + " " + score + " vs " + plain);
        }
    }

    @Test
    void termsInsideHandlesAndLinksAreNotLanguage() {
        String text = "rt @sofuckingcool: see http://x.co/bitch now";
        List<TermHit> hits = List.of(new TermHit(6, 13, LEXICON.get("fucking")),
                new TermHit(text.indexOf("bitch"), text.indexOf("bitch") + 5, LEXICON.get("bitch")));
        assertEquals(0, c3(classifier.classify(lowerCased(text), hits)));
    }

    @Test
    void aMultiWordExpletiveIsAimedAtTheReader() {
        TermEntry fuckYou = new TermEntry("fuck you", 0, TermCategory.SEXUAL, 3);
        Classification c = classifier.classify(lowerCased("fuck you"), List.of(new TermHit(0, 8, fuckYou)));
        assertTrue(c.category1().score() < 0.2);
        assertTrue(c3(c) > 0.95);
    }

    @Test
    void anOverrideCueReplacesTheLexiconCategoryAndComplimentsAreNotInsults() {
        Classification c = classify("you look sexy");
        assertEquals(0.55, c.category2().score(), 1e-9);
        assertEquals(0.05, c.category1().score(), 1e-9);
        assertEquals(0.05, c3(c), 1e-9, "no 'aimed at the reader' boost for a compliment");
    }

    @Test
    void expletiveUseOfASexualTermIsOffensiveRatherThanSexuallyExplicit() {
        Classification expletive = classify("what the fuck is this");
        Classification sexual = classify("i want to fuck her");
        assertTrue(expletive.category1().score() < 0.2, "expletive C1 " + expletive.category1().score());
        assertTrue(c3(expletive) >= 0.8);
        assertTrue(sexual.category1().score() >= 0.8, "sexual C1 " + sexual.category1().score());
        assertTrue(classify("this fucking game").category1().score() < 0.2);
        assertTrue(classify("stop fucking her").category1().score() >= 0.8);
    }

    @Test
    void suggestiveLanguageScoresCategory2AboveCategory1() {
        Classification horny = classify("feeling horny tonight");
        assertTrue(horny.category2().score() >= 0.5);
        assertTrue(horny.category1().score() < horny.category2().score());
        Classification cue = classify("you look so sexy in that lingerie");
        assertTrue(cue.category2().score() >= 0.7, "two suggestive cues: " + cue.category2().score());
        assertTrue(cue.category1().score() < 0.3);
    }

    @Test
    void slursWeighTheirSeverityInCategory3Only() {
        Classification slur = classify("a spic");
        assertEquals(0.85, c3(slur), 1e-9);
        assertEquals(0, slur.category1().score());
        assertTrue(c3(classify("dirty spic")) > c3(slur), "intensified");
    }

    @Test
    void ambiguousSlangCountsAsACueWithoutBeingATerm() {
        assertTrue(c3(classify("shut up hoe")) >= 0.6);
        assertEquals(c3(classify("the retard")), c3(classify("the retards")) - 0.05, 1e-9, "own weight for plural");
        assertTrue(c3(classify("those dykes")) > 0.6, "plural in -s");
        assertTrue(c3(classify("bunch of tards")) > 0.5);
        assertTrue(c3(classify("stfu hoes")) > c3(classify("hoes")));
        assertEquals(0, c3(classify("a garden rake")));
    }

    @Test
    void scoresStayBelowOneHoweverMuchEvidence() {
        Classification c = classify("you fucking jerkface bitch spic jerkface bitch shut up kys");
        assertTrue(c3(c) < 1 && c3(c) > 0.99);
    }

    @Test
    void reviewFollowsConfiguredThresholds() {
        LexiconClassifier strict = new LexiconClassifier(ReviewThresholds.DEFAULT.withCategory3(0.3));
        LexiconClassifier lenient = new LexiconClassifier(ReviewThresholds.DEFAULT.withCategory3(0.95));
        String text = "the plot was crap";
        assertTrue(strict.classify(lowerCased(text), hitsIn(text)).reviewRecommended());
        assertFalse(lenient.classify(lowerCased(text), hitsIn(text)).reviewRecommended());
        assertFalse(classify(text).reviewRecommended(), "crap alone (0.35) stays under the default 0.5");
        LexiconClassifier derived = classifier.withThresholds(ReviewThresholds.DEFAULT.withCategory3(0.35));
        assertEquals(0.35, derived.thresholds().category3());
        assertTrue(derived.classify(lowerCased(text), hitsIn(text)).reviewRecommended(), "at the threshold counts");
        assertEquals(ReviewThresholds.DEFAULT, classifier.thresholds(), "the original is unchanged");
    }

    @Test
    void aMildTermAimedAtTheReaderReachesTheDefaultThresholdAsDocumented() {
        assertEquals(0.35, c3(classify("the plot was crap")), 1e-9);
        assertEquals(0.519213, c3(classify("you crap")), 1e-6);
        assertTrue(classify("you crap").reviewRecommended());
    }

    private static NormalizedText lowerCased(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new NormalizedText(text, text.toLowerCase(Locale.ROOT), map);
    }

    private static List<TermHit> hitsIn(String lower) {
        List<TermHit> hits = new ArrayList<>();
        Tokens tokens = Tokens.of(lower);
        for (int i = 0; i < tokens.size(); i++) {
            TermEntry entry = LEXICON.get(tokens.text(i));
            if (entry != null) {
                hits.add(new TermHit(tokens.get(i).start(), tokens.get(i).end(), entry));
            }
        }
        return hits;
    }
}
