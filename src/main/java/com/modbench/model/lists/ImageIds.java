package com.modbench.model.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.Status;
import java.util.List;

public record ImageIds(
        @JsonProperty("ContentSource") String contentSource,
        @JsonProperty("ContentIds") List<Integer> contentIds,
        @JsonProperty("Status") Status status,
        @JsonProperty("TrackingId") String trackingId) {
}
