package com.modbench.engine.text.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one Lingua model file, {@code {"language":"…","ngrams":{"3/1000":"abc abd …",…}}}, by scanning the
 * decoded text directly: the files hold letters only (no escapes), and this is several times faster than a general
 * JSON parser on the ~200 MB of model text the detector reads. A file with an escape is rejected loudly.
 */
final class NgramFile {

    static final String[] NAMES = {null, "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    /** Receives each n-gram as {@code text[start,end)} with the probability of its group. */
    interface Visitor {
        void ngram(String text, int start, int end, double probability);
    }

    private NgramFile() {
    }

    /** Feeds every n-gram of the model file to {@code visitor}; false if the file does not exist. */
    static boolean read(String iso639_1, int order, Visitor visitor) {
        String path = "/language-models/" + iso639_1 + "/" + NAMES[order] + ".json";
        String json;
        try (InputStream in = NgramFile.class.getResourceAsStream(path)) {
            if (in == null) {
                return false;
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + path, e);
        }
        if (json.indexOf('\\') >= 0) {
            throw new IllegalStateException("unexpected escape in language model " + path);
        }
        int i = json.indexOf("\"ngrams\"");
        if (i < 0) {
            throw new IllegalStateException("no ngrams in language model " + path);
        }
        i = json.indexOf('{', i) + 1;
        while (true) {
            int keyStart = json.indexOf('"', i);
            if (keyStart < 0) {
                return true;
            }
            int keyEnd = json.indexOf('"', keyStart + 1);
            int slash = json.indexOf('/', keyStart);
            double probability = Double.parseDouble(json.substring(keyStart + 1, slash))
                    / Double.parseDouble(json.substring(slash + 1, keyEnd));
            int valueStart = json.indexOf('"', keyEnd + 1) + 1;
            int valueEnd = json.indexOf('"', valueStart);
            int start = valueStart;
            while (start < valueEnd) {
                int end = json.indexOf(' ', start);
                if (end < 0 || end > valueEnd) {
                    end = valueEnd;
                }
                visitor.ngram(json, start, end, probability);
                start = end + 1;
            }
            i = valueEnd + 1;
        }
    }
}
