package com.modbench.model.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.KeyValuePair;
import com.modbench.model.Status;
import java.util.List;

/** Result of OCR. Note the spelling {@code CacheId}. */
public record Ocr(
        @JsonProperty("Metadata") List<KeyValuePair> metadata,
        @JsonProperty("Language") String language,
        @JsonProperty("Text") String text,
        @JsonProperty("Candidates") List<Candidate> candidates,
        @JsonProperty("Status") Status status,
        @JsonProperty("TrackingId") String trackingId,
        @JsonProperty("CacheId") String cacheId) {

    public record Candidate(@JsonProperty("Text") String text, @JsonProperty("Confidence") double confidence) {
    }
}
