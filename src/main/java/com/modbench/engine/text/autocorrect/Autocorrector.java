package com.modbench.engine.text.autocorrect;

import java.util.function.Predicate;

/** Stage 3: spelling correction of the input, producing {@code AutoCorrectedText} and its map to the original. */
public interface Autocorrector {

    /** Leaves the text as it is. */
    Autocorrector NONE = (text, keep) -> CorrectedText.unchanged(text);

    /**
     * Corrects misspelt words of {@code text}. A word for which {@code keep} is true (a listed term, say) is never
     * changed.
     */
    CorrectedText correct(String text, Predicate<String> keep);
}
