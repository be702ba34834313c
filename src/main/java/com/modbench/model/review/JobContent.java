package com.modbench.model.review;

import com.fasterxml.jackson.annotation.JsonProperty;

/** CreateJob request body: {@code {"ContentValue":"<image URL or text>"}}. */
public record JobContent(@JsonProperty("ContentValue") String contentValue) {
}
