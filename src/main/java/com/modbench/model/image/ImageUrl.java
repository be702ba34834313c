package com.modbench.model.image;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request body for the URL variants: {@code {"DataRepresentation":"URL","Value":"…"}}. {@code DataRepresentation}
 * defaults to {@code "URL"} when absent, as the spec declares.
 */
public record ImageUrl(@JsonProperty("DataRepresentation") String dataRepresentation, @JsonProperty("Value") String value) {

    public ImageUrl {
        if (dataRepresentation == null) {
            dataRepresentation = "URL";
        }
    }

    public static ImageUrl of(String url) {
        return new ImageUrl("URL", url);
    }
}
