package com.modbench.bench.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code docs/quality.md}: ours and the anchors' (npm obscenity, allprofanity) figures side by side on the
 * third-party evaluation data, and the targets with pass/fail. Run through {@code bench/quality.sh}.
 *
 * <pre>QualityReport [--data ../shared/data] [--out docs/quality.md] [--work target/quality]
 *               [--npm target/quality/npm] [--seconds 5] [--jmh target/quality/jmh.json]
 *               [--words /usr/share/dict/american-english] [--short-texts 2000] [--long-texts 250]
 *               [--language-lines 1000]</pre>
 */
public final class QualityReport {

    private QualityReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path data = Path.of(options.getOrDefault("data", "../shared/data"));
        Path out = Path.of(options.getOrDefault("out", "docs/quality.md"));
        Path work = Path.of(options.getOrDefault("work", "target/quality"));
        Path npm = Path.of(options.getOrDefault("npm", work.resolve("npm").toString()));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "5"));
        Path jmh = options.containsKey("jmh") ? Path.of(options.get("jmh")) : null;

        if (!Files.isDirectory(data)) {
            System.err.println("quality: evaluation data folder " + data.toAbsolutePath().normalize() + " is absent;"
                    + " only the sections that need no data (throughput on generated text, JMH) are written.");
        }
        Path words = Path.of(options.getOrDefault("words", EvalData.WAMERICAN.toString()));
        EvalData evalData = new EvalData(data, words);
        EvalSets sets = EvalSets.load(evalData,
                Integer.parseInt(options.getOrDefault("short-texts", String.valueOf(EvalSets.SHORT_TEXTS))),
                Integer.parseInt(options.getOrDefault("long-texts", String.valueOf(EvalSets.LONG_TEXTS))));
        sets.skipped().forEach(s -> System.err.println("quality: " + s));
        Path inputs = work.resolve("inputs");
        sets.writeInputs(inputs);
        System.err.println("quality: running the anchors (node)");
        Anchors anchors = Anchors.run(Path.of("bench/anchors/run-anchors.mjs"), npm, inputs,
                work.resolve("anchors.json"));
        if (anchors.skipped() != null) {
            System.err.println("quality: anchors " + anchors.skipped());
        }

        OurEngine engine = new OurEngine();
        List<Target> targets = new ArrayList<>();
        List<Markdown> sections = new ArrayList<>();
        // first, while the JIT has compiled the pipeline for nothing else; reported after the quality sections
        System.err.println("quality: throughput (ours and the anchors' in turns)");
        ThroughputQuality throughput;
        Markdown throughputSection;
        try (AnchorRounds rounds = AnchorRounds.start(Path.of("bench/anchors/throughput-rounds.mjs"), npm, inputs)) {
            throughput = new ThroughputQuality(sets, rounds, engine, seconds);
            throughputSection = throughput.section();
        }
        System.err.println("quality: terms");
        TermQuality terms = new TermQuality(sets, anchors, engine);
        sections.add(terms.section());
        targets.addAll(terms.targets());
        System.err.println("quality: classification");
        ClassificationQuality classification = new ClassificationQuality(sets, anchors, engine);
        sections.add(classification.section());
        targets.addAll(classification.targets());
        System.err.println("quality: PII");
        PiiQuality pii = new PiiQuality(evalData);
        sections.add(pii.section());
        targets.addAll(pii.targets());
        System.err.println("quality: language detection");
        LanguageQuality language = new LanguageQuality(evalData,
                Integer.parseInt(options.getOrDefault("language-lines", "1000")),
                sets.davidson() == null ? null : sets.davidson().stream().map(Datasets.Tweet::text).toList());
        sections.add(language.section());
        targets.addAll(language.targets());
        sections.add(throughputSection);
        targets.addAll(throughput.targets());
        sections.add(new JmhQuality(jmh).section());

        Markdown report = header(data, anchors, sets, targets);
        sections.forEach(report::append);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.err.println("quality: wrote " + out);
    }

    private static Markdown header(Path data, Anchors anchors, EvalSets sets, List<Target> targets) {
        Markdown md = new Markdown();
        md.paragraph("# Quality report\n\n<!-- generated by bench/quality.sh; do not edit by hand -->");
        md.paragraph("Generated " + LocalDate.now() + " from commit `" + Environment.gitCommit() + "` with `bench/"
                + "quality.sh` on " + Environment.describe() + (anchors.node() == null ? "" : ", node "
                + anchors.node()) + ". Evaluation data: `" + data + "` (third-party, never copied into the repo; "
                + "see `../shared/data/README.md`). How each figure is computed, and what the classification scores "
                + "mean: [classification.md](classification.md) and the method notes under each table.");
        if (!sets.skipped().isEmpty() || anchors.skipped() != null) {
            List<String> notes = new ArrayList<>(sets.skipped());
            if (anchors.skipped() != null) {
                notes.add("anchors " + anchors.skipped());
            }
            md.paragraph("Skipped: " + String.join("; ", notes) + ".");
        }
        md.heading(2, "Targets");
        List<List<String>> rows = new ArrayList<>();
        for (Target t : targets) {
            rows.add(List.of(t.name(), t.goal(), t.measured(), t.verdict()));
        }
        return md.table(List.of("target", "goal", "measured (ours vs anchor)", "result"), rows);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
