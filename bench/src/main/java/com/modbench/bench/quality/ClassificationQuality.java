package com.modbench.bench.quality;

import static com.modbench.bench.quality.Markdown.count;
import static com.modbench.bench.quality.Markdown.decimal;
import static com.modbench.bench.quality.Markdown.percent;

import com.modbench.api.ReviewThresholds;
import java.util.ArrayList;
import java.util.List;

/** Category3 against Davidson et al. (offensive or hate vs neither), on the split never used for tuning. */
public final class ClassificationQuality {

    private static final double[] BANDS = {0, 1e-9, 0.3, 0.5, 0.8, 1.0000001};
    private static final String GOAL = "ROC AUC ≥ 0.95";

    private final EvalSets sets;
    private final Anchors anchors;
    private final OurEngine engine;
    private final List<Target> targets = new ArrayList<>();

    public ClassificationQuality(EvalSets sets, Anchors anchors, OurEngine engine) {
        this.sets = sets;
        this.anchors = anchors;
        this.engine = engine;
    }

    public List<Target> targets() {
        return targets;
    }

    public Markdown section() {
        Markdown md = new Markdown().heading(2, "Classification: Category3 on Davidson et al. 2017");
        if (sets.davidson() == null) {
            md.paragraph(sets.skipped().stream().filter(s -> s.contains("davidson")).findFirst().orElse("skipped"));
            targets.add(Target.notMeasured("Category3 ROC AUC, Davidson", GOAL, "data absent"));
            return md;
        }
        List<Datasets.Tweet> test = sets.davidsonTest();
        List<Datasets.Tweet> dev = sets.davidson().stream().filter(Datasets.Tweet::development).toList();
        boolean[] labels = labels(test);
        double[] ours = scores(test);
        double threshold = ReviewThresholds.DEFAULT.category3();
        md.paragraph("Tweets labelled by crowd workers: class 0 (hate) and 1 (offensive) count as offensive, class 2 "
                + "(neither) as clean. HTML entities are decoded. Rows whose number is a multiple of 5 ("
                + count(dev.size()) + " tweets) are the development split that was read while choosing the "
                + "classifier's weights and cue words; every figure below is on the other " + count(test.size())
                + " tweets (" + percent(fraction(labels)) + " offensive). Nothing from Davidson is shipped or "
                + "trained on. Ours: `Screen` with `classify=True`, `language=eng`, no autocorrect. The anchors have "
                + "no classifier: their graded output (obscenity: number of matches; "
                + "allprofanity: its 0–4 severity) is ranked the same way, and their P/R/F1 are for \"any match\".");
        List<List<String>> rows = new ArrayList<>();
        double auc = Metrics.rocAuc(ours, labels);
        rows.add(row("Modbench Category3", auc, Metrics.Confusion.atThreshold(ours, labels, threshold),
                "score ≥ " + threshold));
        for (Anchors.Engine anchor : anchors.engines().values()) {
            if (anchor.davidsonScores() != null && anchor.davidsonScores().length == ours.length) {
                rows.add(row(anchor.name() + " " + anchor.version(), Metrics.rocAuc(anchor.davidsonScores(), labels),
                        Metrics.Confusion.atThreshold(anchor.davidsonScores(), labels, 1), "any match"));
            }
        }
        md.table(List.of("engine", "ROC AUC", "precision", "recall", "F1", "flagged when"), rows);
        double devAuc = Metrics.rocAuc(scores(dev), labels(dev));
        md.paragraph("Modbench on the development split: ROC AUC " + decimal(devAuc, 4) + ". Hate-speech tweets "
                + "(class 0) reaching the default threshold: " + percent(hateRecall(test, ours, threshold)) + ".");
        calibration(md, ours, labels);
        thresholds(md, ours, labels);
        targets.add(new Target("Category3 ROC AUC, Davidson", GOAL, decimal(auc, 4), auc >= 0.95));
        return md;
    }

    private void calibration(Markdown md, double[] scores, boolean[] labels) {
        md.heading(3, "What a Category3 score means here");
        md.paragraph("Share of tweets labelled offensive within each score band (same test split). A score is "
                + "evidence strength, not a calibrated probability: Davidson is 83% offensive, so these rates are "
                + "higher than they would be on ordinary traffic.");
        List<List<String>> rows = new ArrayList<>();
        for (int b = 0; b + 1 < BANDS.length; b++) {
            int n = 0;
            int offensive = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] >= BANDS[b] && scores[i] < BANDS[b + 1]) {
                    n++;
                    offensive += labels[i] ? 1 : 0;
                }
            }
            String band = b == 0 ? "0 (no evidence)" : "[" + decimal(BANDS[b], 1) + ", "
                    + (b + 2 == BANDS.length ? "1)" : decimal(BANDS[b + 1], 1) + ")");
            rows.add(List.of(band, count(n), n == 0 ? "n/a" : percent((double) offensive / n)));
        }
        md.table(List.of("Category3 score", "tweets", "labelled offensive"), rows);
    }

    private static void thresholds(Markdown md, double[] scores, boolean[] labels) {
        md.heading(3, "Choosing the Category3 threshold");
        md.paragraph("Precision and recall if `ReviewRecommended` used another Category3 threshold (same test split). "
                + "Davidson is 83% offensive, which favours low thresholds; on ordinary traffic precision matters "
                + "more, so the default stays at 0.5, where one clear offensive term (severity 2) is enough.");
        List<List<String>> rows = new ArrayList<>();
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            Metrics.Confusion c = Metrics.Confusion.atThreshold(scores, labels, t);
            double flagged = (double) (c.truePositives() + c.falsePositives()) / scores.length;
            rows.add(List.of(decimal(t, 1), decimal(c.precision(), 3), decimal(c.recall(), 3), decimal(c.f1(), 3),
                    percent(flagged)));
        }
        md.table(List.of("threshold", "precision", "recall", "F1", "tweets flagged"), rows);
    }

    private double[] scores(List<Datasets.Tweet> tweets) {
        return tweets.stream().mapToDouble(t -> engine.category3(t.text())).toArray();
    }

    private static boolean[] labels(List<Datasets.Tweet> tweets) {
        boolean[] labels = new boolean[tweets.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = tweets.get(i).offensive();
        }
        return labels;
    }

    private static double fraction(boolean[] labels) {
        int n = 0;
        for (boolean b : labels) {
            n += b ? 1 : 0;
        }
        return (double) n / labels.length;
    }

    private static double hateRecall(List<Datasets.Tweet> tweets, double[] scores, double threshold) {
        int hate = 0;
        int found = 0;
        for (int i = 0; i < scores.length; i++) {
            if (tweets.get(i).cls() == 0) {
                hate++;
                found += scores[i] >= threshold ? 1 : 0;
            }
        }
        return hate == 0 ? Double.NaN : (double) found / hate;
    }

    private static List<String> row(String name, double auc, Metrics.Confusion c, String flaggedWhen) {
        return List.of(name, decimal(auc, 4), decimal(c.precision(), 3), decimal(c.recall(), 3), decimal(c.f1(), 3),
                flaggedWhen);
    }
}
