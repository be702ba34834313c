package com.modbench.engine.image.ocr;

/** A recognised word, its confidence (0..1) and its box in image pixels. */
public record OcrWord(String text, double confidence, int left, int top, int right, int bottom) {
}
