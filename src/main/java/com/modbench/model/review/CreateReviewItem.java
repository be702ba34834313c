package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.KeyValuePair;
import java.util.List;

/** One item of the CreateReviews body (Type {@code Image} or {@code Text}). */
public record CreateReviewItem(
        @JsonProperty("Type") String type,
        @JsonProperty("Content") String content,
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("CallbackEndpoint") String callbackEndpoint,
        @JsonProperty("Metadata") List<KeyValuePair> metadata) {
}
