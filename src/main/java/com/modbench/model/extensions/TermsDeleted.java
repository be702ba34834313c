package com.modbench.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Extension: how many of the terms a batch delete named were in the list. */
public record TermsDeleted(@JsonProperty("Deleted") int deleted) {
}
