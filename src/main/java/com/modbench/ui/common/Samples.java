package com.modbench.ui.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample comments shipped in {@code sample-content/text/}, listed in its {@code index.tsv}. */
public final class Samples {

    public record Sample(String title, String text) {
    }

    private Samples() {
    }

    public static List<Sample> text() {
        List<Sample> samples = new ArrayList<>();
        for (String line : readLines("/sample-content/text/index.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 2);
            samples.add(new Sample(cols[1], String.join("\n", readLines("/sample-content/text/" + cols[0])).strip()));
        }
        return samples;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing sample resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
