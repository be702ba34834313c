package com.modbench.bench.quality;

import java.nio.file.Path;
import java.util.List;

/** Development aid: Category3 ROC AUC on the Davidson development and test splits. */
public final class ClassificationProbe {

    public static void main(String[] args) {
        List<Datasets.Tweet> tweets = Datasets.davidson(Path.of(args[0]));
        OurEngine engine = new OurEngine();
        for (boolean dev : new boolean[] {true, false}) {
            List<Datasets.Tweet> split = tweets.stream().filter(t -> t.development() == dev).toList();
            double[] scores = new double[split.size()];
            boolean[] labels = new boolean[split.size()];
            for (int i = 0; i < split.size(); i++) {
                scores[i] = engine.category3(split.get(i).text());
                labels[i] = split.get(i).offensive();
            }
            Metrics.Confusion c = Metrics.Confusion.atThreshold(scores, labels, 0.5);
            System.out.printf("%s n=%d AUC=%.4f P=%.3f R=%.3f F1=%.3f%n", dev ? "dev " : "test", split.size(),
                    Metrics.rocAuc(scores, labels), c.precision(), c.recall(), c.f1());
            for (double t = 0.2; t < 0.95; t += 0.1) {
                Metrics.Confusion ct = Metrics.Confusion.atThreshold(scores, labels, t);
                System.out.printf("    t=%.1f P=%.3f R=%.3f F1=%.3f%n", t, ct.precision(), ct.recall(), ct.f1());
            }
            if (dev && args.length > 1) {
                int shown = 0;
                for (int i = 0; i < split.size() && shown < Integer.parseInt(args[1]); i++) {
                    boolean wrong = labels[i] ? scores[i] < 0.5 : scores[i] >= 0.5;
                    if (wrong) {
                        System.out.printf("  %s %.3f %s%n", labels[i] ? "FN" : "FP", scores[i],
                                split.get(i).text().replace('\n', ' '));
                        shown++;
                    }
                }
            }
        }
    }
}
