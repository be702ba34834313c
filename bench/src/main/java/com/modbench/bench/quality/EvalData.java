package com.modbench.bench.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The third-party evaluation folder ({@code ../shared/data} relative to the repo root) and the English word list.
 * Every file is optional: a section whose file is absent is skipped with a message that names the missing path.
 */
public record EvalData(Path root, Path wordList) {

    public static final String DAVIDSON = "davidson/labeled_data.csv";
    public static final String SURGE = "surge-profanity/profanity_en.csv";
    public static final String DSOJEVIC = "dsojevic-profanity-list/en.json";
    public static final String PRESIDIO = "presidio-research/synth_dataset_v2.json";
    public static final String LINGUA = "lingua-testdata";
    /** Where Debian's wamerican package puts its word list. */
    public static final Path WAMERICAN = Path.of("/usr/share/dict/american-english");

    public static EvalData at(Path root) {
        return new EvalData(root, WAMERICAN);
    }

    public Optional<Path> find(String relative) {
        Path path = root.resolve(relative);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    public String missing(String relative) {
        return "skipped: " + root.resolve(relative).toAbsolutePath().normalize() + " is absent";
    }
}
