package com.modbench.quality;

import com.modbench.engine.text.language.HybridLanguageDetector;
import com.modbench.engine.text.language.IsoCodes;
import com.modbench.engine.text.language.LanguageDetector;
import com.modbench.engine.text.language.LanguageSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Language-detection accuracy on Lingua's test data ({@code lingua-testdata/<set>/<iso639-1>.txt}, 1,000 lines
 * each, read from {@code ../shared/data}, never copied): the share of lines whose detected ISO 639-3 code is the
 * file's language, per set (single words, word pairs, sentences) and per language. Run {@link #main} or call
 * {@link #evaluate}.
 */
public final class LanguageEvaluation {

    public static final String DATASET = "lingua-testdata";
    public static final List<String> SETS = List.of("single-words", "word-pairs", "sentences");

    private LanguageEvaluation() {
    }

    public record Accuracy(int correct, int total) {

        public double value() {
            return total == 0 ? 0 : (double) correct / total;
        }

        Accuracy plus(Accuracy o) {
            return new Accuracy(correct + o.correct, total + o.total);
        }
    }

    /** Accuracy per set (all languages pooled), per set and language, and mean microseconds per line per set. */
    public record Result(Map<String, Accuracy> bySet, Map<String, Map<String, Accuracy>> bySetAndLanguage,
            Map<String, Double> microsPerLine) {
    }

    /**
     * Evaluates {@code detector} on the ISO 639-1 {@code languages} (at most {@code linesPerFile} lines per file);
     * empty when the data is not on this machine.
     */
    public static Optional<Result> evaluate(LanguageDetector detector, Collection<String> languages,
            int linesPerFile) {
        Optional<Path> root = EvaluationData.find(DATASET);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Accuracy> bySet = new LinkedHashMap<>();
        Map<String, Map<String, Accuracy>> bySetAndLanguage = new LinkedHashMap<>();
        Map<String, Double> micros = new LinkedHashMap<>();
        for (String set : SETS) {
            Map<String, Accuracy> perLanguage = new TreeMap<>();
            Accuracy pooled = new Accuracy(0, 0);
            long nanos = 0;
            for (String iso1 : languages) {
                Path file = root.get().resolve(set).resolve(iso1 + ".txt");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String expected = IsoCodes.to639_3(iso1);
                List<String> lines = readLines(file, linesPerFile);
                int correct = 0;
                long start = System.nanoTime();
                for (String line : lines) {
                    if (expected.equals(detector.detect(line))) {
                        correct++;
                    }
                }
                nanos += System.nanoTime() - start;
                Accuracy accuracy = new Accuracy(correct, lines.size());
                perLanguage.put(iso1, accuracy);
                pooled = pooled.plus(accuracy);
            }
            bySet.put(set, pooled);
            bySetAndLanguage.put(set, perLanguage);
            micros.put(set, pooled.total() == 0 ? 0 : nanos / 1000.0 / pooled.total());
        }
        return Optional.of(new Result(bySet, bySetAndLanguage, micros));
    }

    private static List<String> readLines(Path file, int limit) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).limit(limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A Markdown table of pooled accuracy per set, and the per-language accuracies of one set. */
    public static String table(String title, Result result) {
        StringBuilder out = new StringBuilder(title).append("\n\n| set | accuracy | lines | µs/line |\n|---|---|---|---|\n");
        result.bySet().forEach((set, acc) -> out.append(String.format(Locale.ROOT, "| %s | %.1f%% | %d | %.0f |%n",
                set, 100 * acc.value(), acc.total(), result.microsPerLine().get(set))));
        out.append("\nper language (single words / word pairs / sentences):\n");
        for (String iso1 : result.bySetAndLanguage().get("sentences").keySet()) {
            out.append(String.format(Locale.ROOT, "%s %.0f/%.0f/%.0f  ", iso1,
                    100 * result.bySetAndLanguage().get("single-words").getOrDefault(iso1, new Accuracy(0, 0)).value(),
                    100 * result.bySetAndLanguage().get("word-pairs").getOrDefault(iso1, new Accuracy(0, 0)).value(),
                    100 * result.bySetAndLanguage().get("sentences").get(iso1).value()));
        }
        return out.append('\n').toString();
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        HybridLanguageDetector.preload();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory() - before) >> 20;
        System.out.printf(Locale.ROOT, "n-gram models: load %d ms, heap %d MB (tables %d MB)%n", loadMillis, heap,
                HybridLanguageDetector.ngramDetector().modelBytes() >> 20);
        LanguageDetector detector = new HybridLanguageDetector();
        Optional<Result> core = evaluate(detector, LanguageSupport.FULL_MODELS.stream().sorted().toList(), lines);
        if (core.isEmpty()) {
            System.out.println("Language evaluation skipped: ../shared/data/" + DATASET + " is absent.");
            return;
        }
        System.out.println(table("Languages with full models (" + LanguageSupport.FULL_MODELS.size() + ")",
                core.get()));
        evaluate(detector, LanguageSupport.allModels(), lines)
                .ifPresent(all -> System.out.println(table("All " + LanguageSupport.allModels().size()
                        + " languages", all)));
    }
}
