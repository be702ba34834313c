package com.modbench.engine.text.normalize;

/** Stage 2 of the screen pipeline: produce the text the matchers read, with an exact map back to the input. */
public interface Normalizer {

    NormalizedText normalize(String original);
}
