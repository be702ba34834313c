package com.modbench.ui.image;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample photos shipped in {@code sample-content/images/}, listed in its {@code index.tsv}. */
public final class ImageSamples {

    public record Sample(String file, String title) {

        public byte[] bytes() {
            return read("/sample-content/images/" + file);
        }
    }

    private ImageSamples() {
    }

    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        String index = new String(read("/sample-content/images/index.tsv"), StandardCharsets.UTF_8);
        for (String line : index.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t", 2);
                samples.add(new Sample(cols[0], cols[1].strip()));
            }
        }
        return samples;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ImageSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing sample resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
