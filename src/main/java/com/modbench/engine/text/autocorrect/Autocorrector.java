package com.modbench.engine.text.autocorrect;

/** Stage 3: spelling correction of the input, producing {@code AutoCorrectedText}. */
public interface Autocorrector {

    String correct(String text);
}
