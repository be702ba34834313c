package com.modbench.engine.text.classify;

import com.modbench.api.ReviewThresholds;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.terms.TermCategory;
import com.modbench.engine.text.terms.TermEntry;
import com.modbench.engine.text.terms.TermHit;
import com.modbench.model.text.Classification;
import java.util.List;
import java.util.Locale;

/**
 * Category scores from the categorised lexicon hits plus their context (see {@code docs/classification.md}).
 * Every hit and every classifier cue becomes a piece of {@link Evidence}: a weight per category from the term's
 * category and severity (or the cue's own weights), strengthened when an insult is aimed at the reader, when the
 * term is intensified or disguised, weakened when it is negated or only mentioned. Hits inside @handles and links
 * are not language and do not count. Pieces combine by noisy-OR: {@code score = 1 − Π(1 − w)}.
 */
public final class LexiconClassifier implements Classifier {

    /** Weight of one term of severity 1..4 in its own category. */
    private static final double[] SEVERITY_WEIGHT = {0.0, 0.35, 0.6, 0.85, 0.93};
    static final double TARGETED = 1.7;
    static final double INTENSIFIED = 1.25;
    static final double DISGUISED = 1.3;
    static final double NEGATED = 0.6;
    static final double MENTIONED = 0.5;

    private final ReviewThresholds thresholds;
    private final CueLexicon cues;

    public LexiconClassifier(ReviewThresholds thresholds) {
        this(thresholds, CueLexicon.forLanguage("en"));
    }

    private LexiconClassifier(ReviewThresholds thresholds, CueLexicon cues) {
        this.thresholds = java.util.Objects.requireNonNull(thresholds, "thresholds");
        this.cues = cues;
    }

    @Override
    public ReviewThresholds thresholds() {
        return thresholds;
    }

    @Override
    public LexiconClassifier withThresholds(ReviewThresholds value) {
        return new LexiconClassifier(value, cues);
    }

    @Override
    public Classification classify(NormalizedText text, List<TermHit> hits) {
        Tokens tokens = cues.tokenize(text.text());
        NonLanguage handlesAndLinks = NonLanguage.in(text.text());
        boolean[] covered = new boolean[tokens.size()];
        NoisyOr scores = new NoisyOr();
        for (TermHit hit : hits) {
            int first = tokens.firstAtOrAfter(hit.start());
            int last = Math.max(first, tokens.lastBefore(hit.end()));
            for (int i = first; i <= last && i < covered.length; i++) {
                covered[i] = true;
            }
            if (handlesAndLinks.covers(hit.start())) {
                continue;
            }
            String term = hit.entry().term().toLowerCase(Locale.ROOT);
            HitContext context = HitContext.around(tokens, first, last, term, cues);
            CueLexicon.Cue own = cues.overrideFor(term);
            Evidence base = own != null ? own.evidence() : base(hit.entry(), context.expletive());
            boolean insult = own != null ? own.evidence().c3() > own.evidence().c2() : isInsult(hit.entry(), context);
            scores.add(inContext(base, context, insult, Disguise.isDisguised(text, hit)));
        }
        for (CueLexicon.CueMatch cue : cues.find(tokens)) {
            if (!covered[cue.first()] && !handlesAndLinks.covers(tokens.start(cue.first()))) {
                Evidence evidence = cue.cue().evidence();
                HitContext context = HitContext.around(tokens, cue.first(), cue.last(), cue.cue().text(), cues);
                scores.add(inContext(evidence, context, evidence.c3() > evidence.c2(), false));
            }
        }
        double c1 = scores.category1();
        double c2 = scores.category2();
        double c3 = scores.category3();
        return new Classification(new Classification.Score(c1), new Classification.Score(c2),
                new Classification.Score(c3), thresholds.reviewRecommended(c1, c2, c3));
    }

    static Evidence base(TermEntry entry, boolean expletiveUse) {
        double w = SEVERITY_WEIGHT[Math.max(1, Math.min(SEVERITY_WEIGHT.length - 1, entry.severity()))];
        return switch (entry.category()) {
            case SEXUAL -> expletiveUse ? new Evidence(0.1 * w, 0.15 * w, w) : new Evidence(w, 0.6 * w, 0.8 * w);
            case SUGGESTIVE -> new Evidence(0.1 * w, w, 0.3 * w);
            case OFFENSIVE, SLUR -> new Evidence(0, 0, w);
        };
    }

    /** Insults, slurs and expletives get stronger when aimed at the reader; "you look sexy" does not. */
    private static boolean isInsult(TermEntry entry, HitContext context) {
        return entry.category() == TermCategory.OFFENSIVE || entry.category() == TermCategory.SLUR
                || context.expletive();
    }

    private static Evidence inContext(Evidence e, HitContext context, boolean insult, boolean disguised) {
        double all = 1;
        double offensive = context.targeted() && insult ? TARGETED : 1;
        if (context.intensified()) {
            all *= INTENSIFIED;
        }
        if (disguised) {
            all *= DISGUISED;
        }
        if (context.negated()) {
            all *= NEGATED;
        }
        if (context.mentioned()) {
            all *= MENTIONED;
        }
        return e.repeated(all, all, all * offensive);
    }
}
