package com.modbench.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code Status} object inside success bodies; 3000 "OK" is the only code the service documented. */
public record Status(
        @JsonProperty("Code") int code,
        @JsonProperty("Description") String description,
        @JsonProperty("Exception") String exception) {

    public static Status ok() {
        return new Status(3000, "OK", "");
    }

    public static Status ok(String description) {
        return new Status(3000, description, "");
    }
}
