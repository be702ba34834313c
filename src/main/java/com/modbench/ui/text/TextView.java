package com.modbench.ui.text;

/** Which text the highlight pane shows. */
public enum TextView {
    ORIGINAL("Original"), NORMALIZED("Normalized"), AUTOCORRECTED("Autocorrected");

    private final String label;

    TextView(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
