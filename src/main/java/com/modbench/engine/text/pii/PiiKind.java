package com.modbench.engine.text.pii;

/**
 * The personal-data kinds the engine finds. The first five are the Screen contract's; {@link #CREDIT_CARD} and
 * {@link #IBAN} are our extension and reach the wire only when extended PII is requested.
 */
public enum PiiKind {
    EMAIL, IPA, PHONE, ADDRESS, SSN, CREDIT_CARD, IBAN;

    public boolean isExtension() {
        return this == CREDIT_CARD || this == IBAN;
    }
}
