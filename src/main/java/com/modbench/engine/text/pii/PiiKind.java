package com.modbench.engine.text.pii;

/** The personal-data kinds the Screen contract reports. */
public enum PiiKind {
    EMAIL, IPA, PHONE, ADDRESS, SSN
}
