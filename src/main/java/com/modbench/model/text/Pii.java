package com.modbench.model.text;

import com.modbench.model.Status;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Personal data found by Screen with {@code PII=true}. {@code Index} is into the original text (UTF-16 units).
 * {@code CreditCard} and {@code IBAN} are Modbench extensions (see docs/api-extensions.md): null, and so absent on
 * the wire, unless extended PII was requested, so a stock client never sees them.
 */
public record Pii(
        @JsonProperty("Email") List<Email> email,
        @JsonProperty("SSN") List<Ssn> ssn,
        @JsonProperty("IPA") List<Ipa> ipa,
        @JsonProperty("Phone") List<Phone> phone,
        @JsonProperty("Address") List<Address> address,
        @JsonProperty("CreditCard") List<CreditCard> creditCard,
        @JsonProperty("IBAN") List<Iban> iban) {

    /** The stock contract's five kinds, without extensions. */
    public Pii(List<Email> email, List<Ssn> ssn, List<Ipa> ipa, List<Phone> phone, List<Address> address) {
        this(email, ssn, ipa, phone, address, null, null);
    }

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

    /** Extension: a payment-card number that passed Luhn and an issuer range; {@code Brand} such as "Visa". */
    public record CreditCard(
            @JsonProperty("Brand") String brand,
            @JsonProperty("Text") String text,
            @JsonProperty("Index") int index) {
    }

    /** Extension: an IBAN whose mod-97 check digits are right; {@code CountryCode} is its ISO country. */
    public record Iban(
            @JsonProperty("CountryCode") String countryCode,
            @JsonProperty("Text") String text,
            @JsonProperty("Index") int index) {
    }
}
