package com.modbench.api;

import com.modbench.model.extensions.TermBatchItem;
import com.modbench.model.extensions.TermBatchOutcome;
import com.modbench.model.extensions.TermListLanguageState;
import java.time.Instant;
import java.util.List;

/**
 * The Modbench extensions behind {@link TermLists#addTerms}, {@link TermLists#deleteTerms} and
 * {@link TermLists#languages} on the wire (docs/api-extensions.md): their paths, under a prefix of their own so they
 * never collide with the stock API, and the conversions between the API records and the wire records.
 */
public final class TermListExtensions {

    public static final String PREFIX = "modbench/v1.0/termlists/";
    public static final String LANGUAGES = "/languages";
    public static final String BATCH_ADD = "/terms/batch-add";
    public static final String BATCH_DELETE = "/terms/batch-delete";

    private TermListExtensions() {
    }

    public static TermListLanguageState toWire(TermListLanguage language) {
        return new TermListLanguageState(language.language(), language.terms(), language.indexedTerms(),
                language.indexUpToDate(), language.refreshedAt() == null ? null : language.refreshedAt().toString());
    }

    public static TermListLanguage fromWire(TermListLanguageState state) {
        return new TermListLanguage(state.language(), state.terms(), state.indexedTerms(), state.indexUpToDate(),
                state.refreshedAt() == null ? null : Instant.parse(state.refreshedAt()));
    }

    public static List<TermBatchItem> toWire(List<NewTerm> terms) {
        return terms.stream().map(t -> new TermBatchItem(t.term(), t.language())).toList();
    }

    public static List<NewTerm> fromWire(List<TermBatchItem> items) {
        return items.stream().map(i -> new NewTerm(i.term(), i.language())).toList();
    }

    public static TermBatchOutcome toWire(TermBatchResult result) {
        return new TermBatchOutcome(result.added(), result.skipped().stream()
                .map(s -> new TermBatchOutcome.Skipped(s.position(), s.term(), s.language(), s.reason())).toList());
    }

    public static TermBatchResult fromWire(TermBatchOutcome outcome) {
        return new TermBatchResult(outcome.added(), outcome.skipped() == null ? List.of() : outcome.skipped().stream()
                .map(s -> new TermBatchResult.Skipped(s.position(), s.term(), s.language(), s.reason())).toList());
    }
}
