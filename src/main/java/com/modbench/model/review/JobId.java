package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;

public record JobId(@JsonProperty("JobId") String jobId) {
}
