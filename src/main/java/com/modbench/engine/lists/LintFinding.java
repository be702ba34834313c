package com.modbench.engine.lists;

/** One problem the linter found with a term. */
public record LintFinding(String term, String language, Kind kind, String message) {

    public enum Kind {
        /** Matches the same text as another term of the list: one of them is redundant. */
        DUPLICATE,
        /** Would flag ordinary words, or sits inside many of them. */
        OVER_MATCH,
        /** So short it matches by accident. */
        TOO_SHORT,
        /** The built-in lexicon already catches it. */
        IN_LEXICON
    }
}
