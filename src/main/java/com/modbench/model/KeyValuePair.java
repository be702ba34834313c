package com.modbench.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code KeyValuePair} / {@code Tag}: the {Key,Value} items used in many bodies. */
public record KeyValuePair(@JsonProperty("Key") String key, @JsonProperty("Value") String value) {
}
