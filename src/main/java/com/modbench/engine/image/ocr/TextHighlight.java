package com.modbench.engine.image.ocr;

/** A span of OCR text the text engine flagged: a term or a kind of PII ({@code kind} is e.g. "Term", "Email"). */
public record TextHighlight(int start, int end, String kind, String detail) {
}
