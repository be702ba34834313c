package com.modbench.engine.text.terms;

import java.util.List;

/** An immutable, compiled set of terms that can be searched in normalised text. */
public interface TermIndex {

    List<TermHit> find(String normalizedText);

    int size();
}
