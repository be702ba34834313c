package com.modbench.bench.quality;

import static com.modbench.bench.quality.Markdown.count;
import static com.modbench.bench.quality.Markdown.examples;
import static com.modbench.bench.quality.Markdown.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Term matching: recall on the surge-ai variants, false positives on wamerican and on the dsojevic exceptions. */
public final class TermQuality {

    private final EvalSets sets;
    private final Anchors anchors;
    private final OurEngine engine;
    private final List<Target> targets = new ArrayList<>();

    public TermQuality(EvalSets sets, Anchors anchors, OurEngine engine) {
        this.sets = sets;
        this.anchors = anchors;
        this.engine = engine;
    }

    public List<Target> targets() {
        return targets;
    }

    public Markdown section() {
        Markdown md = new Markdown().heading(2, "Terms");
        recall(md);
        wamerican(md);
        dsojevic(md);
        return md;
    }

    private void recall(Markdown md) {
        md.heading(3, "Recall on the surge-ai variants");
        String goal = "recall above obscenity's";
        if (sets.surge() == null) {
            md.paragraph(sets.skipped().stream().filter(s -> s.contains("surge")).findFirst().orElse("skipped"));
            targets.add(Target.notMeasured("Term recall, surge-ai variants", goal, "data absent"));
            return;
        }
        List<String> all = sets.surge().stream().map(Datasets.SurgeTerm::text).toList();
        List<String> disguised = sets.surge().stream().filter(TermQuality::isDisguised)
                .map(Datasets.SurgeTerm::text).toList();
        List<String> ours = all.stream().filter(engine::flagsTerms).toList();
        md.paragraph("Each of the " + count(all.size()) + " rows of `profanity_en.csv` is screened on its own (ours: "
                + "`Screen` with `language=eng`, no autocorrect); a row counts as found when the engine reports any "
                + "term. " + count(disguised.size()) + " rows are "
                + "disguised spellings (the row's text is none of its canonical forms, e.g. `@ssfcker`).");
        List<List<String>> rows = new ArrayList<>();
        rows.add(recallRow("Modbench", ours, all, disguised));
        for (Anchors.Engine anchor : anchors.engines().values()) {
            if (anchor.surge() != null) {
                rows.add(recallRow(anchor.name() + " " + anchor.version(), anchor.surge(), all, disguised));
            }
        }
        md.table(List.of("engine", "found", "recall", "recall on disguised rows", "missed (examples)"), rows);
        Anchors.Engine obscenity = anchors.engines().get("obscenity");
        if (obscenity == null || obscenity.surge() == null) {
            targets.add(new Target("Term recall, surge-ai variants", goal, percent(ratio(ours, all))
                    + " (obscenity not run)", null));
        } else {
            targets.add(new Target("Term recall, surge-ai variants", goal, percent(ratio(ours, all)) + " vs "
                    + percent(ratio(obscenity.surge(), all)), ours.size() > obscenity.surge().size()));
        }
    }

    private static List<String> recallRow(String name, List<String> found, List<String> all, List<String> disguised) {
        java.util.Set<String> hit = new java.util.HashSet<>(found);
        long disguisedFound = disguised.stream().filter(hit::contains).count();
        List<String> missed = all.stream().filter(Predicate.not(hit::contains)).map(t -> "`" + t + "`").toList();
        return List.of(name, count(found.size()) + " / " + count(all.size()), percent(ratio(found, all)),
                percent((double) disguisedFound / disguised.size()), examples(missed, 12));
    }

    private void wamerican(Markdown md) {
        md.heading(3, "False positives on an English word list (Debian wamerican)");
        String goal = "under 0.1% and under obscenity's";
        if (sets.wamerican() == null) {
            md.paragraph(sets.skipped().stream().filter(s -> s.contains("wamerican")).findFirst().orElse("skipped"));
            targets.add(Target.notMeasured("False positives, wamerican", goal, "word list absent"));
            return;
        }
        List<String> words = sets.wamerican();
        List<String> ours = words.stream().filter(engine::flagsTerms).toList();
        md.paragraph("Every word of Debian's `/usr/share/dict/american-english` except possessives (`'s`) and "
                + "except the surge-ai terms and canonical forms (those are profane on purpose): " + count(words.size())
                + " words, each screened on its own, proper names in their dictionary capitalisation.");
        md.table(List.of("engine", "flagged", "rate", "flagged words (examples)"), falsePositiveRows(ours,
                words.size(), Anchors.Engine::wamerican));
        Anchors.Engine obscenity = anchors.engines().get("obscenity");
        double rate = (double) ours.size() / words.size();
        if (obscenity == null || obscenity.wamerican() == null) {
            targets.add(new Target("False positives, wamerican", goal, percent(rate) + " (obscenity not run)",
                    null));
        } else {
            targets.add(new Target("False positives, wamerican", goal, percent(rate) + " vs "
                    + percent((double) obscenity.wamerican().size() / words.size()),
                    rate < 0.001 && ours.size() < obscenity.wamerican().size()));
        }
    }

    private void dsojevic(Markdown md) {
        md.heading(3, "False positives on the dsojevic exceptions");
        if (sets.dsojevic() == null) {
            md.paragraph(sets.skipped().stream().filter(s -> s.contains("dsojevic")).findFirst().orElse("skipped"));
            return;
        }
        List<String> words = sets.dsojevic();
        List<String> ours = words.stream().filter(engine::flagsTerms).toList();
        md.paragraph("The `exceptions` of dsojevic/profanity-list `en.json` with `*` replaced by each match form: "
                + count(words.size()) + " ordinary words that contain a profane string (`sparse`, `tetanus`, "
                + "`cocktail`…) and must screen clean (minus the words that are surge-ai terms, such as "
                + "`cocksucker`, listed only because another entry covers them).");
        md.table(List.of("engine", "flagged", "rate", "flagged words (examples)"), falsePositiveRows(ours,
                words.size(), Anchors.Engine::dsojevic));
    }

    private List<List<String>> falsePositiveRows(List<String> ours, int total,
            java.util.function.Function<Anchors.Engine, List<String>> anchorSet) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Modbench", count(ours.size()), percent((double) ours.size() / total), examples(ours, 15)));
        for (Anchors.Engine anchor : anchors.engines().values()) {
            List<String> flagged = anchorSet.apply(anchor);
            if (flagged != null) {
                rows.add(List.of(anchor.name() + " " + anchor.version(), count(flagged.size()),
                        percent((double) flagged.size() / total), examples(flagged, 15)));
            }
        }
        return rows;
    }

    private static boolean isDisguised(Datasets.SurgeTerm term) {
        String text = term.text().toLowerCase(Locale.ROOT);
        return term.canonical().stream().noneMatch(c -> c.toLowerCase(Locale.ROOT).equals(text));
    }

    private static double ratio(List<String> part, List<String> all) {
        return (double) part.size() / all.size();
    }
}
