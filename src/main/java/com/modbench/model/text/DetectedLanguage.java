package com.modbench.model.text;

import com.modbench.model.Status;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Result of {@code ProcessText/DetectLanguage}: an ISO 639-3 code such as {@code eng}. */
public record DetectedLanguage(
        @JsonProperty("DetectedLanguage") String detectedLanguage,
        @JsonProperty("Status") Status status,
        @JsonProperty("TrackingId") String trackingId) {
}
