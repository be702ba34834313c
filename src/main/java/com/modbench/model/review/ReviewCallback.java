package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Body POSTed to {@code CallbackEndpoint} when a review completes. Metadata and tags are maps here. */
public record ReviewCallback(
        @JsonProperty("ReviewId") String reviewId,
        @JsonProperty("ModifiedOn") String modifiedOn,
        @JsonProperty("ModifiedBy") String modifiedBy,
        @JsonProperty("CallBackType") String callBackType,
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("Metadata") Map<String, String> metadata,
        @JsonProperty("ReviewerResultTags") Map<String, String> reviewerResultTags) {
}
