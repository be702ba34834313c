package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.KeyValuePair;
import java.util.List;

/** Result of GetJobDetails. Note {@code CallBackEndpoint} (capital B) and {@code ResultMetaData} (capital D). */
public record Job(
        @JsonProperty("Id") String id,
        @JsonProperty("TeamName") String teamName,
        @JsonProperty("Status") String status,
        @JsonProperty("WorkflowId") String workflowId,
        @JsonProperty("Type") String type,
        @JsonProperty("CallBackEndpoint") String callBackEndpoint,
        @JsonProperty("ReviewId") String reviewId,
        @JsonProperty("ResultMetaData") List<KeyValuePair> resultMetaData,
        @JsonProperty("JobExecutionReport") List<ExecutionReportEntry> jobExecutionReport) {

    public record ExecutionReportEntry(@JsonProperty("Ts") String ts, @JsonProperty("Msg") String msg) {
    }
}
