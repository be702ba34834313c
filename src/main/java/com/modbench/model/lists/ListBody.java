package com.modbench.model.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Request body ({@code Body}) to create or update a term list or an image list. Every field is optional. */
public record ListBody(
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("Metadata") Map<String, String> metadata) {
}
