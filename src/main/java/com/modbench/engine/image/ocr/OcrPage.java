package com.modbench.engine.image.ocr;

import java.util.List;

/** What OCR read from one image, line by line, and the Tesseract language it used. */
public record OcrPage(String language, List<OcrLine> lines) {

    /** The service's {@code Text} layout: every line followed by {@code " \r\n"}. */
    public String serviceText() {
        StringBuilder text = new StringBuilder();
        for (OcrLine line : lines) {
            text.append(line.text()).append(" \r\n");
        }
        return text.toString();
    }
}
