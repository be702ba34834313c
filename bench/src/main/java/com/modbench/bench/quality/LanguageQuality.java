package com.modbench.bench.quality;

import static com.modbench.bench.quality.Markdown.count;
import static com.modbench.bench.quality.Markdown.decimal;
import static com.modbench.bench.quality.Markdown.percent;

import com.modbench.engine.text.language.HybridLanguageDetector;
import com.modbench.engine.text.language.LanguageDetector;
import com.modbench.engine.text.language.LanguageSupport;
import com.modbench.engine.text.language.OpenNlpLanguageDetector;
import com.modbench.quality.LanguageEvaluation;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Language-detection accuracy on Lingua's test data through {@link LanguageEvaluation}: the shipped detector over
 * the languages with full models and over all it knows, and OpenNLP alone (the engine's previous detector) as a
 * reference on the same lines.
 */
public final class LanguageQuality {

    private final EvalData data;
    private final int linesPerFile;
    /** Davidson's tweets, all English chat text; null when absent. */
    private final List<String> chatLines;
    private final List<Target> targets = new ArrayList<>();

    public LanguageQuality(EvalData data, int linesPerFile, List<String> chatLines) {
        this.data = data;
        this.linesPerFile = linesPerFile;
        this.chatLines = chatLines;
    }

    public List<Target> targets() {
        return targets;
    }

    public Markdown section() {
        Markdown md = new Markdown().heading(2, "Language detection on the Lingua test data");
        memory(md);
        if (!Files.isDirectory(data.root().resolve(EvalData.LINGUA))) {
            md.paragraph(data.missing(EvalData.LINGUA));
            targets.add(Target.notMeasured("Language accuracy, sentences", "≥ 95%", "data absent"));
            targets.add(Target.notMeasured("Language accuracy, word pairs", "≥ 85%", "data absent"));
            return md;
        }
        // LanguageEvaluation finds the data through this property; point it at the same folder as every section
        System.setProperty("modbench.data", data.root().toString());
        List<String> full = LanguageSupport.FULL_MODELS.stream().sorted().toList();
        List<String> all = LanguageSupport.allModels();
        LanguageDetector ours = new HybridLanguageDetector();
        Optional<LanguageEvaluation.Result> oursFull = LanguageEvaluation.evaluate(ours, full, linesPerFile);
        Optional<LanguageEvaluation.Result> oursAll = LanguageEvaluation.evaluate(ours, all, linesPerFile);
        Optional<LanguageEvaluation.Result> openNlp = LanguageEvaluation.evaluate(new OpenNlpLanguageDetector(), full,
                linesPerFile);
        if (oursFull.isEmpty() || oursAll.isEmpty() || openNlp.isEmpty()) {
            md.paragraph(data.missing(EvalData.LINGUA));
            return md;
        }
        md.paragraph("Lingua's accuracy-report files (`single-words`, `word-pairs`, `sentences`; up to "
                + count(linesPerFile) + " lines per language), each line detected on its own; a line counts when the "
                + "ISO 639-3 code returned is the file's language. *Full-model languages*: the " + full.size()
                + " languages the detector scores with full 1–5-gram models, i.e. those with profanity lexicons ("
                + String.join(", ", full)
                + "); *all*: every one of the " + all.size() + " languages the detector has models for. Caveat from "
                + "the research: Lingua's test lines come from the same Leipzig corpora as its models, which our "
                + "detector reads, so these figures favour it. The anchors do not detect languages; OpenNLP "
                + "langdetect-183 (the engine's previous detector) is the reference.");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Modbench, " + full.size() + " full-model languages", oursFull.get()));
        rows.add(row("Modbench, all " + all.size() + " languages", oursAll.get()));
        rows.add(row("OpenNLP langdetect-183, " + full.size() + " full-model languages", openNlp.get()));
        md.table(List.of("detector", "single words", "word pairs", "sentences", "µs per sentence"), rows);
        chatText(md, ours);
        perLanguage(md, oursFull.get(), full);
        double sentences = oursFull.get().bySet().get("sentences").value();
        double pairs = oursFull.get().bySet().get("word-pairs").value();
        targets.add(new Target("Language accuracy, sentences (" + full.size() + " languages)", "≥ 95%",
                percent(sentences) + " vs OpenNLP " + percent(openNlp.get().bySet().get("sentences").value()),
                sentences >= 0.95 && full.size() >= 25));
        targets.add(new Target("Language accuracy, word pairs (" + full.size() + " languages)", "≥ 85%",
                percent(pairs) + " vs OpenNLP " + percent(openNlp.get().bySet().get("word-pairs").value()),
                pairs >= 0.85 && full.size() >= 25));
        return md;
    }

    /** The budget: the detector's models under 300 MB of heap (the arrays, which are nearly all of it). */
    private void memory(Markdown md) {
        long megabytes = HybridLanguageDetector.ngramDetector().modelBytes() >> 20;
        md.paragraph("Memory: the n-gram detector's tables (" + LanguageSupport.allModels().size() + " languages, "
                + "the first look included) hold " + count(megabytes) + " MB of heap.");
        targets.add(new Target("Language detector memory", "< 300 MB of heap", count(megabytes) + " MB",
                megabytes < 300));
    }

    /** Chat text has handles, links, slang and no sentence shape: the share of Davidson's tweets called English. */
    private void chatText(Markdown md, LanguageDetector ours) {
        if (chatLines == null) {
            md.paragraph("Chat text: " + data.missing(EvalData.DAVIDSON));
            return;
        }
        md.paragraph("Chat text: of Davidson's " + count(chatLines.size()) + " tweets (US Twitter, every one English, "
                + "full of @handles, links, slang and spelling of its own) Modbench calls "
                + percent(englishShare(ours)) + " English, OpenNLP " + percent(englishShare(
                        new OpenNlpLanguageDetector())) + ".");
    }

    private double englishShare(LanguageDetector detector) {
        long english = chatLines.stream().filter(line -> "eng".equals(detector.detect(line))).count();
        return (double) english / chatLines.size();
    }

    private static void perLanguage(Markdown md, LanguageEvaluation.Result result, Collection<String> languages) {
        md.heading(3, "Per language (full-model languages)");
        List<List<String>> rows = new ArrayList<>();
        for (String language : languages) {
            List<String> row = new ArrayList<>(List.of(language));
            for (String set : LanguageEvaluation.SETS) {
                LanguageEvaluation.Accuracy a = result.bySetAndLanguage().get(set).get(language);
                row.add(a == null ? "n/a" : percent(a.value()));
            }
            rows.add(row);
        }
        md.table(List.of("language", "single words", "word pairs", "sentences"), rows);
    }

    private static List<String> row(String name, LanguageEvaluation.Result result) {
        return List.of(name, percent(result.bySet().get("single-words").value()),
                percent(result.bySet().get("word-pairs").value()), percent(result.bySet().get("sentences").value()),
                decimal(result.microsPerLine().get("sentences"), 0));
    }
}
