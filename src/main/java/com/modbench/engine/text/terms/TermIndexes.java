package com.modbench.engine.text.terms;

import java.util.Collection;

/** The one factory for term indexes: built-in lexicons and custom lists compile through here. */
public final class TermIndexes {

    private TermIndexes() {
    }

    public static TermIndex compile(Collection<TermEntry> entries) {
        return new PhraseTermIndex(entries);
    }
}
