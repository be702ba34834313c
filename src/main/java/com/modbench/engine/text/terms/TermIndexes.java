package com.modbench.engine.text.terms;

import java.util.Collection;

/**
 * The one factory for term indexes: built-in lexicons and custom lists compile through here. Terms are normalised
 * and keyed here, exactly like screened text, so callers pass terms as the user wrote them.
 */
public final class TermIndexes {

    private TermIndexes() {
    }

    public static TermIndex compile(Collection<TermEntry> entries) {
        return new AutomatonTermIndex(entries, MatchRules.STANDARD);
    }

    /** The key a term is matched by: two terms with the same key match exactly the same text. */
    public static String matchKey(String term) {
        return TermKeys.key(term);
    }
}
