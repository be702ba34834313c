package com.modbench.model.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.Status;
import java.util.List;

/** Result of GetAllTerms. {@code Status} and {@code TrackingId} sit inside {@code Data}. */
public record Terms(@JsonProperty("Data") Data data, @JsonProperty("Paging") Paging paging) {

    public record Data(
            @JsonProperty("Language") String language,
            @JsonProperty("Terms") List<Term> terms,
            @JsonProperty("Status") Status status,
            @JsonProperty("TrackingId") String trackingId) {
    }

    public record Term(@JsonProperty("Term") String term) {
    }

    public record Paging(
            @JsonProperty("Total") int total,
            @JsonProperty("Limit") int limit,
            @JsonProperty("Offset") int offset,
            @JsonProperty("Returned") int returned) {
    }
}
