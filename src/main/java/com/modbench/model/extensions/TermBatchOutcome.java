package com.modbench.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Extension: the answer to a batch add; {@code Skipped} lists the terms not added and why. */
public record TermBatchOutcome(@JsonProperty("Added") int added, @JsonProperty("Skipped") List<Skipped> skipped) {

    public record Skipped(
            @JsonProperty("Position") int position,
            @JsonProperty("Term") String term,
            @JsonProperty("Language") String language,
            @JsonProperty("Reason") String reason) {
    }
}
