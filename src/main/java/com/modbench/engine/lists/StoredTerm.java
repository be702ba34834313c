package com.modbench.engine.lists;

/** A term as entered, with its comparison key ({@link TermRules#key}). */
public record StoredTerm(String term, String key) {

    public static StoredTerm of(String term) {
        return new StoredTerm(term, TermRules.key(term));
    }
}
