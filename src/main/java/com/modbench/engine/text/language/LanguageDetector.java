package com.modbench.engine.text.language;

/** Stage 4: the language of a text as an ISO 639-3 code ({@code eng}), or {@link #UNDETERMINED}. */
public interface LanguageDetector {

    String UNDETERMINED = "und";

    String detect(String text);
}
