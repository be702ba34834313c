package com.modbench.ui.text;

/** What a highlighted span is; each kind has its own colour (CSS class) and legend entry. */
public enum FindingKind {
    TERM("Term", "term"),
    CUSTOM_TERM("Custom term", "term-custom"),
    EMAIL("Email", "pii-email"),
    PHONE("Phone", "pii-phone"),
    IP("IP address", "pii-ip"),
    ADDRESS("Address", "pii-address"),
    SSN("SSN", "pii-ssn");

    private final String label;
    private final String styleClass;

    FindingKind(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return styleClass;
    }
}
