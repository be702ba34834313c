package com.modbench.api;

import java.util.List;

/** What {@link TermLists#addTerms} did: how many terms it added and which it skipped, and why. */
public record TermBatchResult(int added, List<Skipped> skipped) {

    public TermBatchResult {
        skipped = List.copyOf(skipped);
    }

    /** An input term that was not added; {@code position} is its 0-based index in the request. */
    public record Skipped(int position, String term, String language, String reason) {
    }
}
