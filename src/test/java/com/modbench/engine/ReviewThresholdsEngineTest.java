package com.modbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ReviewThresholds;
import com.modbench.api.ScreenOptions;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.model.lists.ListBody;
import com.modbench.model.text.Classification;
import com.modbench.testing.TestEngines;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code ReviewRecommended} follows the thresholds an engine is built with, and changing them reloads nothing. */
class ReviewThresholdsEngineTest {

    private static final ScreenOptions CLASSIFY = ScreenOptions.DEFAULT.withClassify(true);
    private static final String TEXT = "the plot was crap";

    @Test
    void reviewRecommendedFlipsExactlyAtEachCategorysThreshold() {
        EmbeddedModerator engine = TestEngines.shared();
        String suggestive = "she looks so sexy and horny tonight";
        assertFlipsAt(engine, suggestive, 1);
        assertFlipsAt(engine, suggestive, 2);
        assertFlipsAt(engine, TEXT, 3);
        assertFalse(reviewWith(engine, suggestive, new ReviewThresholds(1, 1, 1)), "no score reaches 1");
        assertTrue(reviewWith(engine, "a calm sentence", new ReviewThresholds(0, 1, 1)), "every score reaches 0");
    }

    @Test
    void aDerivedEngineSharesTheListsAndLeavesTheOriginalAsItWas() {
        EmbeddedModerator engine = TestEngines.inMemory();
        EmbeddedModerator strict = engine.withReviewThresholds(new ReviewThresholds(0.9, 0.9, 0.1));

        assertEquals(Optional.of(ReviewThresholds.DEFAULT), engine.reviewThresholds());
        assertEquals(Optional.of(new ReviewThresholds(0.9, 0.9, 0.1)), strict.reviewThresholds());
        assertSame(engine.images(), strict.images(), "the image engine is shared, not reloaded");
        assertFalse(engine.text().screen(TEXT, CLASSIFY).classification().reviewRecommended());
        assertTrue(strict.text().screen(TEXT, CLASSIFY).classification().reviewRecommended());

        int listId = engine.termLists().create(new ListBody("shared", null, null)).id();
        engine.termLists().addTerm(listId, "zorgblat", "eng");
        engine.termLists().refreshIndex(listId, "eng");
        assertEquals("zorgblat", strict.text().screen("a zorgblat here", CLASSIFY.withListId(listId))
                .terms().get(0).term(), "the refreshed index of the original is used");

        strict.close();
        assertEquals("eng", engine.text().screen("Closing the derived engine leaves this one working.",
                ScreenOptions.DEFAULT).language());
        engine.close();
    }

    @Test
    void standardStagesTakeThresholdsAndShareComponentsWhenTheyChange() {
        TextScreenerStages stages = TextScreenerStages.standard(new ReviewThresholds(0.7, 0.6, 0.4));
        TextScreenerStages changed = stages.withReviewThresholds(ReviewThresholds.DEFAULT);

        assertEquals(new ReviewThresholds(0.7, 0.6, 0.4), stages.reviewThresholds());
        assertEquals(ReviewThresholds.DEFAULT, changed.reviewThresholds());
        assertSame(stages.languageDetector(), changed.languageDetector());
        assertSame(stages.autocorrector(), changed.autocorrector());
        assertSame(stages.builtInTermsByLanguage(), changed.builtInTermsByLanguage());
        assertSame(stages.piiDetector(), changed.piiDetector());
        assertEquals(ReviewThresholds.DEFAULT, TextScreenerStages.standard().reviewThresholds());
    }

    /** With the other categories out of reach (1), review is recommended at the category's score, not above it. */
    private static void assertFlipsAt(EmbeddedModerator engine, String text, int category) {
        Classification c = engine.text().screen(text, CLASSIFY).classification();
        double score = new double[] {c.category1().score(), c.category2().score(), c.category3().score()}[category - 1];
        assertTrue(score > 0 && score < 1, "Category" + category + " of '" + text + "' inside 0..1: " + score);
        assertTrue(reviewWith(engine, text, only(category, score)), "Category" + category + " at its threshold");
        assertFalse(reviewWith(engine, text, only(category, Math.nextUp(score))), "Category" + category + " below it");
    }

    private static ReviewThresholds only(int category, double threshold) {
        return new ReviewThresholds(category == 1 ? threshold : 1, category == 2 ? threshold : 1,
                category == 3 ? threshold : 1);
    }

    private static boolean reviewWith(EmbeddedModerator engine, String text, ReviewThresholds thresholds) {
        return engine.withReviewThresholds(thresholds).text().screen(text, CLASSIFY).classification()
                .reviewRecommended();
    }
}
