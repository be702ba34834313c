package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.KeyValuePair;
import java.util.List;

/** One item of the CreateVideoReviews body (same path as CreateReviews, Type {@code Video}). */
public record CreateVideoReviewItem(
        @JsonProperty("VideoFrames") List<VideoFrame> videoFrames,
        @JsonProperty("Metadata") List<KeyValuePair> metadata,
        @JsonProperty("Type") String type,
        @JsonProperty("Content") String content,
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("Status") String status,
        @JsonProperty("Timescale") Integer timescale,
        @JsonProperty("CallbackEndpoint") String callbackEndpoint) {

    /** {@code Timestamp} is an integer in this body (clients may send a string; Jackson coerces it). */
    public record VideoFrame(
            @JsonProperty("Id") String id,
            @JsonProperty("Timestamp") Long timestamp,
            @JsonProperty("FrameImage") String frameImage,
            @JsonProperty("Metadata") List<KeyValuePair> metadata,
            @JsonProperty("ReviewerResultTags") List<KeyValuePair> reviewerResultTags) {
    }
}
