package com.modbench.engine.text.pii;

/**
 * Personal data found in the original text at {@code [start,end)} (UTF-16 units). {@code detail} is the Email
 * SubType, the IPA SubType (IPV4/IPV6), the Phone CountryCode, the card brand or the IBAN country; null otherwise.
 * {@code score} is the recognizer's confidence in 0..1 after validation and context (Presidio's model).
 */
public record PiiHit(PiiKind kind, int start, int end, String text, String detail, double score) {

    public PiiHit(PiiKind kind, int start, int end, String text, String detail) {
        this(kind, start, end, text, detail, 1.0);
    }

    public boolean overlaps(PiiHit other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }
}
