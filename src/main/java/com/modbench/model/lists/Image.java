package com.modbench.model.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.KeyValuePair;
import com.modbench.model.Status;
import java.util.List;

/** Result of AddImage. {@code ContentId} is a string here, though image ids are integers elsewhere. */
public record Image(
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("AdditionalInfo") List<KeyValuePair> additionalInfo,
        @JsonProperty("Status") Status status,
        @JsonProperty("TrackingId") String trackingId) {
}
