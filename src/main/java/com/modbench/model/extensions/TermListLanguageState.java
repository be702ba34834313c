package com.modbench.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Extension (not in the stock API): one language of a term list, as {@code GET
 * /modbench/v1.0/termlists/{listId}/languages} returns it. {@code RefreshedAt} is ISO-8601 or absent.
 */
public record TermListLanguageState(
        @JsonProperty("Language") String language,
        @JsonProperty("Terms") int terms,
        @JsonProperty("IndexedTerms") int indexedTerms,
        @JsonProperty("IndexUpToDate") boolean indexUpToDate,
        @JsonProperty("RefreshedAt") String refreshedAt) {
}
