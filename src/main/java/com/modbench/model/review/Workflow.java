package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A review workflow. The expression tree (Logic / Condition / Combine / Actions) is kept as JSON: its shape is
 * documented only loosely, and the review engine interprets it.
 */
public record Workflow(
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("Type") String type,
        @JsonProperty("Expression") JsonNode expression) {
}
