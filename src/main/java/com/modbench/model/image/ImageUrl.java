package com.modbench.model.image;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request body for the URL variants: {@code {"DataRepresentation":"URL","Value":"…"}}. */
public record ImageUrl(@JsonProperty("DataRepresentation") String dataRepresentation, @JsonProperty("Value") String value) {

    public static ImageUrl of(String url) {
        return new ImageUrl("URL", url);
    }
}
