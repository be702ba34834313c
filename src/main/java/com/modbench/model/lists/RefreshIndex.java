package com.modbench.model.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.Status;
import java.util.List;
import java.util.Map;

/** Result of RefreshIndex. {@code AdvancedInfo} is an array of string maps here, not {Key,Value} pairs. */
public record RefreshIndex(
        @JsonProperty("ContentSourceId") String contentSourceId,
        @JsonProperty("IsUpdateSuccess") boolean isUpdateSuccess,
        @JsonProperty("AdvancedInfo") List<Map<String, String>> advancedInfo,
        @JsonProperty("Status") Status status,
        @JsonProperty("TrackingId") String trackingId) {
}
