package com.modbench.engine.image.ocr;

import java.util.List;

/** A line of kept words; its confidence is the mean of theirs. */
public record OcrLine(List<OcrWord> words) {

    public String text() {
        StringBuilder text = new StringBuilder();
        for (OcrWord word : words) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word.text());
        }
        return text.toString();
    }

    public double confidence() {
        return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }
}
