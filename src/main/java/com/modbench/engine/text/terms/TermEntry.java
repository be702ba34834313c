package com.modbench.engine.text.terms;

/** One term of a lexicon or custom list, already normalised. {@code listId} is 0 for the built-in lexicon. */
public record TermEntry(String term, int listId, TermCategory category, int severity) {

    public static TermEntry custom(String term, int listId) {
        return new TermEntry(term, listId, TermCategory.OFFENSIVE, 2);
    }
}
