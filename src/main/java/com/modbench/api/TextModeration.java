package com.modbench.api;

import com.modbench.model.text.DetectedLanguage;
import com.modbench.model.text.Screen;

/** Operations 1–2: screen text, detect its language. Texts are limited to {@value #MAX_TEXT_LENGTH} UTF-16 units. */
public interface TextModeration {

    int MAX_TEXT_LENGTH = 1024;

    Screen screen(String text, ScreenOptions options);

    DetectedLanguage detectLanguage(String text);
}
