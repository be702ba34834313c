package com.modbench.bench.quality;

import static com.modbench.bench.quality.Markdown.count;
import static com.modbench.bench.quality.Markdown.decimal;

import com.modbench.engine.text.pii.PiiKind;
import com.modbench.engine.text.pii.Validation;
import com.modbench.quality.PiiEvaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** PII precision, recall and F1 per type on presidio-research's synthetic set, through {@link PiiEvaluation}. */
public final class PiiQuality {

    /** The types the issue sets a target for: F1 ≥ 0.90 with the engine's default validation. */
    static final List<PiiKind> TARGET_KINDS = List.of(PiiKind.EMAIL, PiiKind.PHONE, PiiKind.IPA, PiiKind.SSN,
            PiiKind.CREDIT_CARD);
    private static final String GOAL = "F1 ≥ 0.90 (exact spans)";

    private final EvalData data;
    private final List<Target> targets = new ArrayList<>();

    public PiiQuality(EvalData data) {
        this.data = data;
    }

    public List<Target> targets() {
        return targets;
    }

    public Markdown section() {
        Markdown md = new Markdown().heading(2, "PII on the presidio-research synthetic set");
        Optional<Path> dataset = data.find(EvalData.PRESIDIO);
        if (dataset.isEmpty()) {
            md.paragraph(data.missing(EvalData.PRESIDIO));
            TARGET_KINDS.forEach(k -> targets.add(Target.notMeasured("PII F1, " + label(k), GOAL, "data absent")));
            return md;
        }
        md.paragraph("`synth_dataset_v2.json`: synthetic sentences with labelled spans, scored by `PiiEvaluation` with "
                + "extended PII on (credit cards, IBANs). *Exact*: same type and same span; *overlap*: same type and "
                + "overlapping spans, each gold span and each prediction counted once. STREET_ADDRESS spans are "
                + "multinational, while the engine finds US mailing addresses only (as the retired service did). "
                + "The anchors (obscenity, allprofanity) do not detect personal data.");
        for (Validation validation : Validation.values()) {
            Optional<PiiEvaluation.Result> result = PiiEvaluation.evaluate(dataset.get(), validation);
            if (result.isEmpty()) {
                md.paragraph(data.missing(EvalData.PRESIDIO));
                return md;
            }
            String mode = validation.name().toLowerCase(Locale.ROOT);
            md.heading(3, "Validation: " + mode + (validation == Validation.COMPATIBLE ? " (the default)" : ""));
            md.table(List.of("type", "gold spans", "TP", "FP", "FN", "precision", "recall", "F1", "F1 (overlap)"),
                    rows(result.get()));
            if (validation == Validation.COMPATIBLE) {
                for (PiiKind kind : TARGET_KINDS) {
                    double f1 = result.get().exact().get(kind).f1();
                    targets.add(new Target("PII F1, " + label(kind), GOAL, decimal(f1, 3) + " (overlap "
                            + decimal(result.get().overlap().get(kind).f1(), 3) + ")", f1 >= 0.90));
                }
            }
        }
        return md;
    }

    private static List<List<String>> rows(PiiEvaluation.Result result) {
        List<List<String>> rows = new ArrayList<>();
        for (PiiKind kind : PiiEvaluation.LABELS.keySet()) {
            PiiEvaluation.Counts c = result.exact().get(kind);
            rows.add(List.of(label(kind), count(c.truePositives() + c.falseNegatives()), count(c.truePositives()),
                    count(c.falsePositives()), count(c.falseNegatives()), decimal(c.precision(), 3),
                    decimal(c.recall(), 3), decimal(c.f1(), 3), decimal(result.overlap().get(kind).f1(), 3)));
        }
        return rows;
    }

    private static String label(PiiKind kind) {
        return PiiEvaluation.LABELS.get(kind);
    }
}
