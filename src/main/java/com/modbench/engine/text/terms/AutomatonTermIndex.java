package com.modbench.engine.text.terms;

import com.modbench.engine.text.normalize.MatchKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A term index over one {@link KeyAutomaton}: the text is keyed ({@link MatchKey}), scanned once, and each pattern
 * occurrence is kept if it sits on word boundaries (terms of space-delimited scripts; CJK, Thai and emoji match
 * anywhere; strong stems match inside words), is not inside an exception word, and is not inside a longer hit of the
 * same list. Of several terms on one span, the one spelt exactly that way wins, then the most severe, then the shortest.
 */
final class AutomatonTermIndex implements TermIndex {

    private static final int NEEDS_START = 1;
    private static final int NEEDS_END = 2;
    private static final int EXACT = 4;
    private static final int EXCEPTION = 8;

    private final List<TermEntry> entries = new ArrayList<>();
    private int[] entryOf = new int[1024];
    private int[] lengthOf = new int[1024];
    private int[] flagsOf = new int[1024];
    private int patternCount;
    private final KeyAutomaton automaton;
    private final SeparatorWords separatorWords;

    AutomatonTermIndex(Collection<TermEntry> terms, MatchRules rules) {
        List<KeyAutomaton.Pattern> patterns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, TermEntry> keyed : canonicalEntries(terms).entrySet()) {
            String key = keyed.getKey().substring(keyed.getKey().indexOf('\t') + 1);
            TermEntry entry = keyed.getValue();
            int entryIndex = entries.size();
            entries.add(entry);
            int boundaries = rules.matchesInsideWords(key) ? 0 : boundaryFlags(key);
            Set<String> variants = TermKeys.variants(key, rules);
            for (String variant : variants) {
                int flags = variant.equals(key) ? boundaries | EXACT
                        : variant.indexOf(MatchKey.MASK) >= 0 ? boundaryFlags(variant) : boundaries;
                patterns.add(new KeyAutomaton.Pattern(variant, addPattern(entryIndex, variant.length(), flags)));
                keys.add(variant);
            }
        }
        for (MatchRules.Exception exception : rules.exceptions()) {
            int flags = EXCEPTION | (exception.anyPrefix() ? NEEDS_END : NEEDS_START);
            patterns.add(new KeyAutomaton.Pattern(exception.key(),
                    addPattern(-1, exception.key().length(), flags)));
            keys.add(exception.key());
        }
        automaton = new KeyAutomaton(patterns);
        separatorWords = new SeparatorWords(keys);
    }

    /**
     * One entry per list and key: of terms that key alike ("shit", "shhit", "sh1t") the shortest spelling in letters names the hit.
     * A key of one letter is dropped: "kkk" would otherwise match every "k".
     */
    private static Map<String, TermEntry> canonicalEntries(Collection<TermEntry> terms) {
        Map<String, TermEntry> byKey = new LinkedHashMap<>();
        for (TermEntry entry : terms) {
            String key = TermKeys.key(entry.term());
            if (key.isEmpty() || key.length() == 1 && !MatchKey.isUnspaced(key.charAt(0))) {
                continue;
            }
            byKey.merge(entry.listId() + "\t" + key, entry, (a, b) -> preferred(b, a) ? b : a);
        }
        return byKey;
    }

    private static boolean preferred(TermEntry candidate, TermEntry current) {
        boolean plainCandidate = candidate.term().chars().allMatch(Character::isLetter);
        if (plainCandidate != current.term().chars().allMatch(Character::isLetter)) {
            return plainCandidate;
        }
        int byLength = Integer.compare(candidate.term().length(), current.term().length());
        return byLength < 0 || byLength == 0 && candidate.severity() > current.severity();
    }

    private int addPattern(int entryIndex, int length, int flags) {
        if (patternCount == entryOf.length) {
            entryOf = Arrays.copyOf(entryOf, patternCount * 2);
            lengthOf = Arrays.copyOf(lengthOf, patternCount * 2);
            flagsOf = Arrays.copyOf(flagsOf, patternCount * 2);
        }
        entryOf[patternCount] = entryIndex;
        lengthOf[patternCount] = length;
        flagsOf[patternCount] = flags;
        return patternCount++;
    }

    /** Word boundaries are required at ends written in a space-delimited script. */
    private static int boundaryFlags(String key) {
        return (MatchKey.isUnspaced(key.charAt(0)) ? 0 : NEEDS_START)
                | (MatchKey.isUnspaced(key.charAt(key.length() - 1)) ? 0 : NEEDS_END);
    }

    @Override
    public List<TermHit> find(String normalizedText) {
        if (normalizedText.isEmpty()) {
            return List.of();
        }
        return find(normalizedText, MatchKey.of(normalizedText));
    }

    @Override
    public List<TermHit> find(String normalizedText, MatchKey key) {
        List<Candidate> hits = new ArrayList<>();
        List<int[]> exceptions = new ArrayList<>();
        automaton.scan(key, (pattern, endKey) -> {
            int startKey = endKey - lengthOf[pattern] + 1;
            int flags = flagsOf[pattern];
            if ((flags & NEEDS_START) != 0 && !key.boundaryBefore(startKey)
                    || (flags & NEEDS_END) != 0 && !key.boundaryAfter(endKey)) {
                return;
            }
            if ((flags & EXCEPTION) != 0) {
                exceptions.add(wholeWords(key, startKey, endKey));
            } else if (lengthOf[pattern] >= 3 || !spacedOut(key, startKey, endKey)) {
                hits.add(new Candidate(key.from(startKey), key.to(endKey), entries.get(entryOf[pattern]),
                        (flags & EXACT) != 0));
            }
        });
        return HitSelection.select(hits, exceptions);
    }

    /** An exception covers the words it touches: "snigger" covers "sniggers", "shita" covers "Yamashita". */
    private static int[] wholeWords(MatchKey key, int startKey, int endKey) {
        int s = startKey;
        while (s > 0 && !key.boundaryBefore(s)) {
            s--;
        }
        int e = endKey;
        while (!key.boundaryAfter(e)) {
            e++;
        }
        return new int[] {key.from(s), key.to(e)};
    }

    private static boolean spacedOut(MatchKey key, int startKey, int endKey) {
        for (int k = startKey + 1; k <= endKey; k++) {
            if (key.spaced(k)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayJoinWords(String wordBefore, String wordAfter) {
        return separatorWords.mayJoin(wordBefore, wordAfter);
    }

    @Override
    public int size() {
        return entries.size();
    }

    /** Automaton states, for measuring memory. */
    int states() {
        return automaton.size();
    }

    record Candidate(int start, int end, TermEntry entry, boolean exact) {

        /** Spelt exactly so first, then the most severe, the shortest term, the first term in order. */
        static int bestFirst(Candidate a, Candidate b) {
            if (a.exact() != b.exact()) {
                return a.exact() ? -1 : 1;
            }
            if (a.entry().severity() != b.entry().severity()) {
                return Integer.compare(b.entry().severity(), a.entry().severity());
            }
            String termA = a.entry().term();
            String termB = b.entry().term();
            return termA.length() != termB.length() ? Integer.compare(termA.length(), termB.length())
                    : termA.compareTo(termB);
        }

        boolean inside(int otherStart, int otherEnd) {
            return otherStart <= start && end <= otherEnd;
        }
    }
}
