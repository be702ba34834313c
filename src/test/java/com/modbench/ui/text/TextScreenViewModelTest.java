package com.modbench.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.Moderator;
import com.modbench.api.ReviewThresholds;
import com.modbench.api.TermLists;
import com.modbench.api.TextModeration;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.testing.TestEngines;
import com.modbench.ui.common.TaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextScreenViewModelTest {

    private static EmbeddedModerator engine;
    private TextScreenViewModel model;

    @BeforeAll
    static void loadEngine() {
        engine = TestEngines.shared();
    }

    @BeforeEach
    void createModel() {
        model = new TextScreenViewModel(() -> engine, TaskRunner.SYNCHRONOUS);
    }

    @Test
    void blankInputAsksForTextInsteadOfScreening() {
        model.inputProperty().set("   ");
        model.screen();
        assertEquals("Type or paste some text to screen.", model.errorProperty().get());
        assertNull(model.resultProperty().get());
    }

    @Test
    void findingsInTheOriginalTextFollowTheResultIndexes() {
        model.inputProperty().set(TextTabUiTest.SEED);
        model.screen();
        assertEquals("", model.errorProperty().get());
        assertEquals(TextTabUiTest.SEED, model.displayedTextProperty().get());
        assertEquals(5, model.findings().size());
        Finding term = model.findings().get(0);
        assertEquals(FindingKind.TERM, term.kind());
        assertEquals("crap", TextTabUiTest.SEED.substring(term.start(), term.end()));
        assertTrue(model.jsonProperty().get().contains("\"TrackingId\""));
    }

    @Test
    void theNormalizedViewShowsTermsAtTheirIndexAndNoPii() {
        model.inputProperty().set("Well, FUCK this.");
        model.screen();
        model.viewProperty().set(TextView.NORMALIZED);
        String shown = model.displayedTextProperty().get();
        assertEquals(model.resultProperty().get().normalizedText(), shown);
        Finding term = model.findings().get(0);
        assertEquals("fuck", shown.substring(term.start(), term.end()));
    }

    @Test
    void anApiErrorBecomesAReadableMessage() {
        model.inputProperty().set("x".repeat(1025));
        model.screen();
        assertTrue(model.errorProperty().get().contains("1024"), model.errorProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void theCurlCommandCarriesTheOptionsAndQuotesTheText() {
        model.inputProperty().set("it's fine");
        model.languageProperty().set("eng");
        String curl = model.curlCommand("http://127.0.0.1:5000");
        assertTrue(curl.contains("/contentmoderator/moderate/v1.0/ProcessText/Screen/?autocorrect=false&PII=true"
                + "&classify=true&language=eng"), curl);
        assertTrue(curl.contains("'it'\\''s fine'"), curl);
    }

    @Test
    void originalSpansCoverEvasions() {
        assertEquals(7, OriginalSpans.termEnd("f.u.c.k you", 0, "fuck"));
        assertEquals(7, OriginalSpans.termEnd("fuuuuck", 0, "fuck"));
        assertEquals(4, OriginalSpans.termEnd("sh!t", 0, "shit"));
        assertEquals(4, OriginalSpans.termEnd("crap", 0, "crap"));
    }

    @Test
    void theReviewVerdictNamesTheScoresThatReachedTheThresholdsInForce() {
        model = new TextScreenViewModel(() -> engine.withReviewThresholds(new ReviewThresholds(0.9, 0.9, 0.3)),
                TaskRunner.SYNCHRONOUS);
        model.inputProperty().set("the plot was crap");
        model.screen();

        assertTrue(model.reviewRecommendedProperty().get());
        assertEquals("Review recommended: Category3 0.350 ≥ 0.3", model.reviewProperty().get());
        assertEquals("Thresholds: Category1 0.9 · Category2 0.9 · Category3 0.3 (embedded engine; change them in "
                + "File ▸ Settings)", model.thresholdsProperty().get());
    }

    @Test
    void underTheDefaultThresholdsTheSameTextIsNotFlagged() {
        model.inputProperty().set("the plot was crap");
        model.screen();

        assertFalse(model.reviewRecommendedProperty().get());
        assertEquals("No review recommended", model.reviewProperty().get());
        assertTrue(model.thresholdsProperty().get().startsWith("Thresholds: Category1 0.5 · Category2 0.5 · "
                + "Category3 0.5"), model.thresholdsProperty().get());
    }

    @Test
    void aModeratorThatDoesNotReportThresholdsIsShownAsUsingItsOwn() {
        Moderator remoteLike = new Moderator() {
            @Override public TextModeration text() { return engine.text(); }
            @Override public TermLists termLists() { return engine.termLists(); }
            @Override public ImageModeration image() { return engine.image(); }
            @Override public ImageLists imageLists() { return engine.imageLists(); }
            @Override public String describe() { return "Remote endpoint for the test"; }
        };
        model = new TextScreenViewModel(() -> remoteLike, TaskRunner.SYNCHRONOUS);
        model.inputProperty().set("you are a fucking idiot");
        model.screen();

        assertEquals("Review recommended", model.reviewProperty().get());
        assertTrue(model.thresholdsProperty().get().contains("the remote endpoint's own"),
                model.thresholdsProperty().get());
    }

    @Test
    void withoutClassificationThereIsNoVerdictAndNoThresholds() {
        model.classifyProperty().set(false);
        model.inputProperty().set("the plot was crap");
        model.screen();

        assertEquals("Classification not requested", model.reviewProperty().get());
        assertEquals("", model.thresholdsProperty().get());
        assertFalse(model.reviewRecommendedProperty().get());
    }
}
