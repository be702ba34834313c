package com.modbench.engine.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Common English words (SCOWL sizes 10–35, about 39,000 words, most common first, shipped as
 * {@code /wordlists/en-common.txt} with its licence): the ordinary vocabulary a custom term must not catch.
 */
public final class CommonWords {

    private static volatile List<String> english;

    private CommonWords() {
    }

    public static List<String> english() {
        List<String> words = english;
        if (words == null) {
            words = load("/wordlists/en-common.txt");
            english = words;
        }
        return words;
    }

    private static List<String> load(String path) {
        try (InputStream in = CommonWords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Word list " + path + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + path, e);
        }
    }
}
