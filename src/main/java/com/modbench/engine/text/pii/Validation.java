package com.modbench.engine.text.pii;

/**
 * How strictly candidates are validated. {@link #COMPATIBLE} reproduces what the retired service reported (it
 * flagged 999-99-9999 as an SSN and 6657789887 as a US phone); {@link #STRICT} applies the issuing rules (SSA area,
 * group and serial; libphonenumber's VALID numbering plans) and so reports fewer false positives.
 */
public enum Validation {
    COMPATIBLE, STRICT
}
