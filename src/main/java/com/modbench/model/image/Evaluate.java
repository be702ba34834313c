package com.modbench.model.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.KeyValuePair;
import com.modbench.model.Status;
import java.util.List;

/** Result of Evaluate. Note the spelling {@code CacheID}. */
public record Evaluate(
        @JsonProperty("AdultClassificationScore") double adultClassificationScore,
        @JsonProperty("IsImageAdultClassified") boolean isImageAdultClassified,
        @JsonProperty("RacyClassificationScore") double racyClassificationScore,
        @JsonProperty("IsImageRacyClassified") boolean isImageRacyClassified,
        @JsonProperty("AdvancedInfo") List<KeyValuePair> advancedInfo,
        @JsonProperty("Result") boolean result,
        @JsonProperty("Status") Status status,
        @JsonProperty("TrackingId") String trackingId,
        @JsonProperty("CacheID") String cacheId) {
}
