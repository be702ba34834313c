package com.modbench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.engine.text.pii.PiiDetector;
import com.modbench.engine.text.pii.PiiHit;
import com.modbench.engine.text.pii.PiiKind;
import com.modbench.engine.text.pii.Validation;
import com.modbench.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PII precision, recall and F1 per type on Presidio's synthetic set ({@code presidio-research synth_dataset_v2.json},
 * read from {@code ../shared/data}, never copied). Two matchings: {@code exact} (same type, same span) and
 * {@code overlap} (same type, spans overlap; each gold span and each prediction counted once). The dataset's offsets
 * are Python code-point indices and are converted to UTF-16. Run {@link #main} or call {@link #evaluate}.
 */
public final class PiiEvaluation {

    public static final String DATASET = "presidio-research/synth_dataset_v2.json";

    /** The dataset's entity names for our kinds. */
    public static final Map<PiiKind, String> LABELS = new EnumMap<>(Map.of(
            PiiKind.EMAIL, "EMAIL_ADDRESS", PiiKind.PHONE, "PHONE_NUMBER", PiiKind.IPA, "IP_ADDRESS",
            PiiKind.SSN, "US_SSN", PiiKind.CREDIT_CARD, "CREDIT_CARD", PiiKind.IBAN, "IBAN_CODE",
            PiiKind.ADDRESS, "STREET_ADDRESS"));

    private PiiEvaluation() {
    }

    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /** Per-kind counts for both matchings, over {@code sentences} sentences. */
    public record Result(Validation validation, int sentences, Map<PiiKind, Counts> exact,
            Map<PiiKind, Counts> overlap) {
    }

    private record Span(PiiKind kind, int start, int end) {

        boolean overlaps(Span o) {
            return kind == o.kind && start < o.end && o.start < end;
        }
    }

    /** Counts with the dataset found by {@link EvaluationData}; empty when it is not on this machine. */
    public static Optional<Result> evaluate(Validation validation) {
        return EvaluationData.find(DATASET).flatMap(path -> evaluate(path, validation));
    }

    /** Empty when the dataset is absent (a user's machine), with the reason printed by {@link #main}. */
    public static Optional<Result> evaluate(Path dataset, Validation validation) {
        if (!Files.isRegularFile(dataset)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(dataset.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dataset, e);
        }
        PiiDetector detector = PiiDetector.standard();
        Map<PiiKind, int[]> exact = new EnumMap<>(PiiKind.class);
        Map<PiiKind, int[]> overlap = new EnumMap<>(PiiKind.class);
        for (PiiKind kind : LABELS.keySet()) {
            exact.put(kind, new int[3]);
            overlap.put(kind, new int[3]);
        }
        for (JsonNode sample : root) {
            String text = sample.get("full_text").asText();
            List<Span> gold = goldSpans(text, sample.get("spans"));
            List<Span> predicted = new ArrayList<>();
            for (PiiHit hit : detector.find(text, validation, true)) {
                predicted.add(new Span(hit.kind(), hit.start(), hit.end()));
            }
            count(gold, predicted, true, exact);
            count(gold, predicted, false, overlap);
        }
        return Optional.of(new Result(validation, root.size(), freeze(exact), freeze(overlap)));
    }

    private static List<Span> goldSpans(String text, JsonNode spans) {
        List<Span> gold = new ArrayList<>();
        for (JsonNode span : spans) {
            String label = span.get("entity_type").asText();
            for (Map.Entry<PiiKind, String> e : LABELS.entrySet()) {
                if (e.getValue().equals(label)) {
                    int start = text.offsetByCodePoints(0, span.get("start_position").asInt());
                    int end = text.offsetByCodePoints(0, span.get("end_position").asInt());
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    gold.add(new Span(e.getKey(), start, end));
                }
            }
        }
        return gold;
    }

    private static void count(List<Span> gold, List<Span> predicted, boolean exactMatch, Map<PiiKind, int[]> into) {
        boolean[] goldUsed = new boolean[gold.size()];
        for (Span p : predicted) {
            int match = -1;
            for (int i = 0; i < gold.size() && match < 0; i++) {
                Span g = gold.get(i);
                boolean same = exactMatch ? g.equals(p) : g.overlaps(p);
                if (!goldUsed[i] && same) {
                    match = i;
                }
            }
            if (match >= 0) {
                goldUsed[match] = true;
                into.get(p.kind)[0]++;
            } else {
                into.get(p.kind)[1]++;
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!goldUsed[i]) {
                into.get(gold.get(i).kind)[2]++;
            }
        }
    }

    private static Map<PiiKind, Counts> freeze(Map<PiiKind, int[]> raw) {
        Map<PiiKind, Counts> out = new EnumMap<>(PiiKind.class);
        raw.forEach((k, v) -> out.put(k, new Counts(v[0], v[1], v[2])));
        return out;
    }

    /** A Markdown table: one row per kind, exact and overlap P/R/F1. */
    public static String table(Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "PII on %d sentences, %s validation%n%n", result.sentences(),
                result.validation().name().toLowerCase(Locale.ROOT)));
        out.append("| type | TP | FP | FN | P | R | F1 | F1 (overlap) |\n|---|---|---|---|---|---|---|---|\n");
        for (PiiKind kind : LABELS.keySet()) {
            Counts c = result.exact().get(kind);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f |%n",
                    LABELS.get(kind), c.truePositives(), c.falsePositives(), c.falseNegatives(), c.precision(),
                    c.recall(), c.f1(), result.overlap().get(kind).f1()));
        }
        return out.toString();
    }

    public static void main(String[] args) {
        Optional<Path> found = args.length > 0 ? Optional.of(Path.of(args[0])) : EvaluationData.find(DATASET);
        if (found.isEmpty()) {
            System.out.println("PII evaluation skipped: ../shared/data/" + DATASET + " is absent.");
            return;
        }
        Path dataset = found.get();
        for (Validation validation : Validation.values()) {
            Optional<Result> result = evaluate(dataset, validation);
            if (result.isEmpty()) {
                System.out.println("PII evaluation skipped: " + dataset.toAbsolutePath() + " is absent.");
                return;
            }
            System.out.println(table(result.get()));
        }
    }
}
