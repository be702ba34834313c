package com.modbench.model.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

public record ImageList(
        @JsonProperty("Id") int id,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("Metadata") Map<String, String> metadata) {
}
