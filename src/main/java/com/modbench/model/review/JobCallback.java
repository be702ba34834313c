package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Body POSTed to {@code CallBackEndpoint} when a job completes. Note {@code WorkFlowId}, {@code CallBackType}. */
public record JobCallback(
        @JsonProperty("JobId") String jobId,
        @JsonProperty("ReviewId") String reviewId,
        @JsonProperty("WorkFlowId") String workFlowId,
        @JsonProperty("Status") String status,
        @JsonProperty("ContentType") String contentType,
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("CallBackType") String callBackType,
        @JsonProperty("Metadata") Map<String, String> metadata) {
}
