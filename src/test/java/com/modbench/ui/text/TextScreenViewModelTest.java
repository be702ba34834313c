package com.modbench.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
