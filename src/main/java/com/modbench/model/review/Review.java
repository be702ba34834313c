package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.KeyValuePair;
import java.util.List;

/** A review as GetReview returns it. Status is {@code Pending} or {@code Complete}. */
public record Review(
        @JsonProperty("ReviewId") String reviewId,
        @JsonProperty("SubTeam") String subTeam,
        @JsonProperty("Status") String status,
        @JsonProperty("ReviewerResultTags") List<KeyValuePair> reviewerResultTags,
        @JsonProperty("CreatedBy") String createdBy,
        @JsonProperty("Metadata") List<KeyValuePair> metadata,
        @JsonProperty("Type") String type,
        @JsonProperty("Content") String content,
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("CallbackEndpoint") String callbackEndpoint) {
}
