package com.modbench.engine.text.pii;

/**
 * Personal data found in the original text at {@code [start,end)} (UTF-16 units). {@code detail} is the Email
 * SubType, the IPA SubType (IPV4/IPV6) or the Phone CountryCode; null for other kinds.
 */
public record PiiHit(PiiKind kind, int start, int end, String text, String detail) {
}
