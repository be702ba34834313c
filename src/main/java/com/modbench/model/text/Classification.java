package com.modbench.model.text;

import com.modbench.model.Status;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Category1 sexually explicit, Category2 suggestive, Category3 offensive; scores in 0..1. */
public record Classification(
        @JsonProperty("Category1") Score category1,
        @JsonProperty("Category2") Score category2,
        @JsonProperty("Category3") Score category3,
        @JsonProperty("ReviewRecommended") Boolean reviewRecommended) {

    public record Score(@JsonProperty("Score") double score) {
    }
}
