package com.modbench.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Extension: one term of a batch add, {@code {"Term":"…","Language":"eng"}}. */
public record TermBatchItem(@JsonProperty("Term") String term, @JsonProperty("Language") String language) {
}
