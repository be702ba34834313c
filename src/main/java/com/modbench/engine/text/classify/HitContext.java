package com.modbench.engine.text.classify;

import com.modbench.engine.text.classify.CueLexicon.Kind;

/**
 * What the words around a piece of evidence (tokens {@code [first, last]}) say about it: is it aimed at the reader,
 * negated, intensified, only mentioned, or (for fuck, dick, …) used as an expletive or insult rather than sexually.
 * The words of a multi-word term count too: "fuck you" is aimed at the reader and an expletive.
 */
record HitContext(boolean targeted, boolean negated, boolean intensified, boolean mentioned, boolean expletive) {

    private static final int LOOK_BACK = 3;

    static HitContext around(Tokens tokens, int first, int last, String term, CueLexicon cues) {
        String[] termWords = term.split(" ");
        boolean targeted = cues.is(Kind.TARGET, tokens, last + 1);
        boolean expletiveFrame = cues.is(Kind.EXPLETIVE_BEFORE, tokens, first - 1)
                || cues.is(Kind.EXPLETIVE_AFTER, tokens, last + 1);
        for (int w = 1; w < termWords.length; w++) {
            targeted |= cues.is(Kind.TARGET, termWords[w]);
            expletiveFrame |= cues.is(Kind.EXPLETIVE_AFTER, termWords[w]);
        }
        boolean negated = false;
        boolean mentioned = false;
        for (int i = Math.max(0, first - LOOK_BACK); i < first; i++) {
            targeted |= cues.is(Kind.TARGET, tokens, i);
            negated |= cues.is(Kind.NEGATION, tokens, i);
            mentioned |= cues.is(Kind.MENTION, tokens, i);
        }
        boolean intensified = cues.is(Kind.INTENSIFIER, tokens, first - 1)
                || cues.is(Kind.INTENSIFIER, tokens, first - 2);
        boolean expletive = cues.isExpletiveTerm(termWords[0]) && (targeted || expletiveFrame
                || termWords.length == 1 && isIntensifyingParticiple(term) && last + 1 < tokens.size()
                        && !cues.is(Kind.OBJECT, tokens, last + 1));
        return new HitContext(targeted, negated, intensified, mentioned, expletive);
    }

    /** "fucking", "fuckin": used before another word, they intensify it ("fucking idiot", "fucking great"). */
    private static boolean isIntensifyingParticiple(String term) {
        return term.endsWith("ing") || term.endsWith("in");
    }
}
