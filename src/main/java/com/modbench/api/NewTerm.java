package com.modbench.api;

/** A term to add with {@link TermLists#addTerms}, in its language (ISO 639-3). */
public record NewTerm(String term, String language) {
}
