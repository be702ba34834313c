package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Defined by the spec; no operation returns it. Kept for completeness of the wire model. */
public record JobListResult(@JsonProperty("Value") List<String> value) {
}
