package com.modbench.engine.text.terms;

import java.util.ArrayList;
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
        kept.sort(HitSelection::spanThenBest);
        List<TermHit> hits = new ArrayList<>();
        List<AutomatonTermIndex.Candidate> reported = new ArrayList<>();
        for (AutomatonTermIndex.Candidate c : kept) {
            if (!coveredByReported(c, reported)) {
                reported.add(c);
                hits.add(new TermHit(c.start(), c.end(), c.entry()));
            }
        }
        hits.sort(HitSelection::startThenList);
        return hits;
    }

    /** By start, longer spans first, by list, then the best candidate of a span first. */
    private static int spanThenBest(AutomatonTermIndex.Candidate a, AutomatonTermIndex.Candidate b) {
        if (a.start() != b.start()) {
            return Integer.compare(a.start(), b.start());
        }
        if (a.end() != b.end()) {
            return Integer.compare(b.end(), a.end());
        }
        if (a.entry().listId() != b.entry().listId()) {
            return Integer.compare(a.entry().listId(), b.entry().listId());
        }
        return AutomatonTermIndex.Candidate.bestFirst(a, b);
    }

    private static int startThenList(TermHit a, TermHit b) {
        return a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.entry().listId(), b.entry().listId());
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
