package com.modbench.model.text;

import com.modbench.model.Status;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Result of {@code ProcessText/Screen}. Sections that were not requested are null and omitted on the wire. */
public record Screen(
        @JsonProperty("OriginalText") String originalText,
        @JsonProperty("NormalizedText") String normalizedText,
        @JsonProperty("AutoCorrectedText") String autoCorrectedText,
        @JsonProperty("Misrepresentation") List<String> misrepresentation,
        @JsonProperty("Classification") Classification classification,
        @JsonProperty("Status") Status status,
        @JsonProperty("PII") Pii pii,
        @JsonProperty("Language") String language,
        @JsonProperty("Terms") List<DetectedTerm> terms,
        @JsonProperty("TrackingId") String trackingId) {
}
