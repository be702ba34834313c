package com.modbench.bench.quality;

import com.modbench.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text sets every engine is run on, loaded once and written as JSON lines so that the anchors (node) read
 * exactly the same items. A set is null when its source is absent; {@link #skipped} says why.
 */
public record EvalSets(
        List<Datasets.SurgeTerm> surge,
        List<String> wamerican,
        List<String> dsojevic,
        List<Datasets.Tweet> davidson,
        List<String> throughputShort,
        List<String> throughput1024,
        List<String> skipped) {

    /** Texts per throughput corpus by default: enough for stable timing, few enough for a pass to take seconds. */
    public static final int SHORT_TEXTS = 2_000;
    public static final int LONG_TEXTS = 250;

    public static EvalSets load(EvalData data) {
        return load(data, SHORT_TEXTS, LONG_TEXTS);
    }

    public static EvalSets load(EvalData data, int shortCount, int longCount) {
        List<String> skipped = new ArrayList<>();
        List<Datasets.SurgeTerm> surge = data.find(EvalData.SURGE).map(Datasets::surge).orElse(null);
        if (surge == null) {
            skipped.add(data.missing(EvalData.SURGE));
        }
        List<String> wamerican = null;
        if (!Files.exists(data.wordList())) {
            skipped.add("skipped: " + data.wordList() + " is absent (Debian package wamerican;"
                    + " bench/quality.sh installs it when it can)");
        } else {
            wamerican = Datasets.cleanEnglishWords(data.wordList(), surge == null ? List.of() : surge);
        }
        List<Datasets.SurgeTerm> profane = surge == null ? List.of() : surge;
        List<String> dsojevic = data.find(EvalData.DSOJEVIC).map(p -> Datasets.dsojevicExceptions(p, profane))
                .orElse(null);
        if (dsojevic == null) {
            skipped.add(data.missing(EvalData.DSOJEVIC));
        }
        List<Datasets.Tweet> davidson = data.find(EvalData.DAVIDSON).map(Datasets::davidson).orElse(null);
        List<String> shortTexts;
        List<String> longTexts;
        if (davidson == null) {
            skipped.add(data.missing(EvalData.DAVIDSON) + "; throughput uses generated chat text instead");
            shortTexts = com.modbench.bench.jmh.BenchTexts.corpus(shortCount, 100, 7);
            longTexts = com.modbench.bench.jmh.BenchTexts.corpus(longCount, 1024, 7);
        } else {
            List<String> tweets = davidson.stream().map(Datasets.Tweet::text).toList();
            shortTexts = tweets.subList(0, Math.min(shortCount, tweets.size()));
            longTexts = joinedTo(tweets, 1024, longCount);
        }
        return new EvalSets(surge, wamerican, dsojevic, davidson, shortTexts, longTexts, skipped);
    }

    /** The Davidson tweets outside the development split: the ones every figure is reported on. */
    public List<Datasets.Tweet> davidsonTest() {
        return davidson == null ? null : davidson.stream().filter(t -> !t.development()).toList();
    }

    public void writeInputs(Path dir) {
        try {
            Files.createDirectories(dir);
            if (surge != null) {
                write(dir.resolve("surge.jsonl"), surge.stream().map(Datasets.SurgeTerm::text).toList());
            }
            if (wamerican != null) {
                write(dir.resolve("wamerican.jsonl"), wamerican);
            }
            if (dsojevic != null) {
                write(dir.resolve("dsojevic.jsonl"), dsojevic);
            }
            if (davidson != null) {
                write(dir.resolve("davidson.jsonl"), davidsonTest().stream().map(Datasets.Tweet::text).toList());
            }
            write(dir.resolve("throughput-short.jsonl"), throughputShort);
            write(dir.resolve("throughput-1024.jsonl"), throughput1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the anchors' inputs to " + dir, e);
        }
    }

    private static void write(Path file, List<String> items) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(items.stream().map(Json::write).collect(Collectors.joining("\n", "", "\n")));
        }
    }

    /** Consecutive texts joined by a space and cut to exactly {@code length} chars (never inside a pair). */
    static List<String> joinedTo(List<String> texts, int length, int count) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; out.size() < count && !texts.isEmpty(); i = (i + 1) % texts.size()) {
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(texts.get(i));
            if (current.length() >= length) {
                int end = Character.isHighSurrogate(current.charAt(length - 1)) ? length - 1 : length;
                out.add(current.substring(0, end));
                current.setLength(0);
            }
        }
        return out;
    }
}
