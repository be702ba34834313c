package com.modbench.engine.text.terms;

/** A match in the normalised text, {@code [start,end)} in UTF-16 units. */
public record TermHit(int start, int end, TermEntry entry) {
}
