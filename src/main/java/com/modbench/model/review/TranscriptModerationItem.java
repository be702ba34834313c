package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One item of the AddVideoTranscriptModerationResult body. */
public record TranscriptModerationItem(
        @JsonProperty("Timestamp") String timestamp,
        @JsonProperty("Terms") List<TranscriptTerm> terms) {

    public record TranscriptTerm(@JsonProperty("Index") int index, @JsonProperty("Term") String term) {
    }
}
