package com.modbench.engine.text.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns raw automaton candidates into the reported hits. */
final class HitSelection {

    private HitSelection() {
    }

    /**
     * Drops candidates inside an exception span, then candidates inside a longer candidate of the same list, then
     * keeps the best candidate per span and list; sorted by start, then list.
     */
    static List<TermHit> select(List<AutomatonTermIndex.Candidate> candidates, List<int[]> exceptions) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<AutomatonTermIndex.Candidate> kept = new ArrayList<>(candidates.size());
        for (AutomatonTermIndex.Candidate c : candidates) {
            if (!insideException(c, exceptions)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(AutomatonTermIndex.Candidate::start)
                .thenComparing(Comparator.comparingInt(AutomatonTermIndex.Candidate::end).reversed())
                .thenComparingInt(c -> c.entry().listId())
                .thenComparing(AutomatonTermIndex.Candidate.BEST_FIRST));
        List<TermHit> hits = new ArrayList<>();
        List<AutomatonTermIndex.Candidate> reported = new ArrayList<>();
        for (AutomatonTermIndex.Candidate c : kept) {
            if (!coveredByReported(c, reported)) {
                reported.add(c);
                hits.add(new TermHit(c.start(), c.end(), c.entry()));
            }
        }
        hits.sort(Comparator.comparingInt(TermHit::start).thenComparingInt(h -> h.entry().listId()));
        return hits;
    }

    private static boolean insideException(AutomatonTermIndex.Candidate c, List<int[]> exceptions) {
        for (int[] span : exceptions) {
            if (c.inside(span[0], span[1])) {
                return true;
            }
        }
        return false;
    }

    /** Same list and inside (or on) a span already reported; sorting puts longer and better spans first. */
    private static boolean coveredByReported(AutomatonTermIndex.Candidate c, List<AutomatonTermIndex.Candidate> reported) {
        for (int i = reported.size() - 1; i >= 0; i--) {
            AutomatonTermIndex.Candidate r = reported.get(i);
            if (r.end() <= c.start()) {
                continue;
            }
            if (r.entry().listId() == c.entry().listId() && c.inside(r.start(), r.end())) {
                return true;
            }
        }
        return false;
    }
}
