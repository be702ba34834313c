package com.modbench.ui.lists;

import com.modbench.engine.lists.CommonWords;
import com.modbench.engine.lists.TermListLinter;
import com.modbench.engine.lists.TermPreview;
import com.modbench.engine.text.TextScreenerStages;

/**
 * The engine pieces lint and preview run on: the standard pipeline's normaliser and built-in lexicon, so what they
 * report is what screening does. Built once, on first use, off the JavaFX thread (it loads models).
 */
final class ListTools {

    private static ListTools instance;

    private final TermListLinter linter;
    private final TermPreview preview;

    private ListTools(TextScreenerStages stages) {
        linter = new TermListLinter(stages.normalizer(), stages::builtInTerms, CommonWords.english());
        preview = new TermPreview(stages.normalizer());
    }

    static synchronized ListTools get() {
        if (instance == null) {
            instance = new ListTools(TextScreenerStages.standard());
        }
        return instance;
    }

    TermListLinter linter() {
        return linter;
    }

    TermPreview preview() {
        return preview;
    }
}
