package com.modbench.engine.text.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The built-in term index for a language: English always, plus the language's own lexicon when there is one. Indexes
 * compile on first use per language and are cached; English compiles when this is created.
 */
public final class BuiltInTerms implements Function<String, TermIndex> {

    private final TermIndex english;
    private final Map<String, TermIndex> byLexicon = new ConcurrentHashMap<>();

    public BuiltInTerms() {
        english = TermIndexes.compile(Lexicons.load(Lexicons.ENGLISH));
        byLexicon.put(Lexicons.ENGLISH, english);
    }

    /** The index for an ISO 639-3 (or 639-1) language; English alone for null, unknown or lexicon-less codes. */
    @Override
    public TermIndex apply(String language) {
        TermIndex compiled = language == null ? null : byLexicon.get(language);
        if (compiled != null) {
            return compiled; // already a lexicon code ("eng"), the usual case: no need to resolve aliases
        }
        String code = Lexicons.lexiconFor(language);
        if (code == null) {
            return english;
        }
        return byLexicon.computeIfAbsent(code, c -> {
            List<TermEntry> entries = new ArrayList<>(Lexicons.load(Lexicons.ENGLISH));
            entries.addAll(Lexicons.load(c));
            return TermIndexes.compile(entries);
        });
    }
}
