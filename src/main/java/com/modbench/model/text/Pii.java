package com.modbench.model.text;

import com.modbench.model.Status;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Personal data found by Screen with {@code PII=true}. {@code Index} is into the original text (UTF-16 units). */
public record Pii(
        @JsonProperty("Email") List<Email> email,
        @JsonProperty("SSN") List<Ssn> ssn,
        @JsonProperty("IPA") List<Ipa> ipa,
        @JsonProperty("Phone") List<Phone> phone,
        @JsonProperty("Address") List<Address> address) {

    public record Email(
            @JsonProperty("Detected") String detected,
            @JsonProperty("SubType") String subType,
            @JsonProperty("Text") String text,
            @JsonProperty("Index") int index) {
    }

    public record Ssn(@JsonProperty("Text") String text, @JsonProperty("Index") int index) {
    }

    public record Ipa(
            @JsonProperty("SubType") String subType,
            @JsonProperty("Text") String text,
            @JsonProperty("Index") int index) {
    }

    public record Phone(
            @JsonProperty("CountryCode") String countryCode,
            @JsonProperty("Text") String text,
            @JsonProperty("Index") int index) {
    }

    public record Address(@JsonProperty("Text") String text, @JsonProperty("Index") int index) {
    }
}
