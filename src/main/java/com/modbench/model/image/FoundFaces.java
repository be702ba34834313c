package com.modbench.model.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.KeyValuePair;
import com.modbench.model.Status;
import java.util.List;

/** Result of FindFaces. Note the spelling {@code CacheId} (unlike Evaluate's {@code CacheID}). */
public record FoundFaces(
        @JsonProperty("Faces") List<Face> faces,
        @JsonProperty("Count") int count,
        @JsonProperty("AdvancedInfo") List<KeyValuePair> advancedInfo,
        @JsonProperty("Result") boolean result,
        @JsonProperty("Status") Status status,
        @JsonProperty("TrackingId") String trackingId,
        @JsonProperty("CacheId") String cacheId) {

    /** A face rectangle in pixels. */
    public record Face(
            @JsonProperty("Left") int left,
            @JsonProperty("Right") int right,
            @JsonProperty("Top") int top,
            @JsonProperty("Bottom") int bottom) {
    }
}
