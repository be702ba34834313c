package com.modbench.ui.text;

/**
 * One finding placed in the displayed text at {@code [start,end)} (UTF-16 units). {@code index} is the value the
 * API reported; {@code detail} is e.g. the phone's country, the IP version or the term list id.
 */
public record Finding(FindingKind kind, String text, int index, int start, int end, String detail) {

    public String tooltip() {
        String base = kind.label() + ": \"" + text + "\" at index " + index;
        return detail == null || detail.isEmpty() ? base : base + " (" + detail + ")";
    }
}
