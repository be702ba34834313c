package com.modbench.model.text;

import com.modbench.model.Status;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A matched term. {@code Index} is in {@code NormalizedText}, {@code OriginalIndex} in the input; both count
 * UTF-16 code units. {@code ListId} is 0 for the built-in lexicon.
 */
public record DetectedTerm(
        @JsonProperty("Index") int index,
        @JsonProperty("OriginalIndex") int originalIndex,
        @JsonProperty("ListId") int listId,
        @JsonProperty("Term") String term) {
}
