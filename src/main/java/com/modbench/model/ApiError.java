package com.modbench.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The service's error body: {@code {"Error":{"Code":"…","Message":"…"}}}. */
public record ApiError(@JsonProperty("Error") Detail error) {

    public record Detail(@JsonProperty("Code") String code, @JsonProperty("Message") String message) {
    }

    public static ApiError of(String code, String message) {
        return new ApiError(new Detail(code, message));
    }
}
