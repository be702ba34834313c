package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.KeyValuePair;
import java.util.List;

/** Result of GetVideoFrames; also the item shape of AddVideoFrameUrl's body. */
public record Frames(@JsonProperty("ReviewId") String reviewId, @JsonProperty("VideoFrames") List<Frame> videoFrames) {

    /** {@code Timestamp} is a string in this schema. */
    public record Frame(
            @JsonProperty("Timestamp") String timestamp,
            @JsonProperty("FrameImage") String frameImage,
            @JsonProperty("Metadata") List<KeyValuePair> metadata,
            @JsonProperty("ReviewerResultTags") List<KeyValuePair> reviewerResultTags) {
    }
}
