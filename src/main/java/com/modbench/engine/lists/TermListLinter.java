package com.modbench.engine.lists;

import com.modbench.api.NewTerm;
import com.modbench.engine.text.normalize.Normalizer;
import com.modbench.engine.text.terms.TermEntry;
import com.modbench.engine.text.terms.TermHit;
import com.modbench.engine.text.terms.TermIndex;
import com.modbench.engine.text.terms.TermIndexes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a list's terms before they are used. Duplicates, over-matches and lexicon overlaps are judged by running
 * the real matcher ({@link TermIndexes}) after the real normaliser, so the lint stays true when matching changes;
 * "inside common words" is a plain substring check, a warning for matchers that look inside words.
 */
public final class TermListLinter {

    public static final int MIN_SAFE_LENGTH = 3;
    private static final int EXAMPLES = 5;

    private final Normalizer normalizer;
    private final Function<String, TermIndex> builtInByLanguage;
    private final List<String> dictionary;
    private final String dictionaryText;
    private final int[] wordStarts;

    public TermListLinter(Normalizer normalizer, Function<String, TermIndex> builtInByLanguage, List<String> dictionary) {
        this.normalizer = normalizer;
        this.builtInByLanguage = builtInByLanguage;
        this.dictionary = dictionary;
        StringBuilder text = new StringBuilder();
        wordStarts = new int[dictionary.size()];
        for (int i = 0; i < dictionary.size(); i++) {
            wordStarts[i] = text.length();
            text.append(dictionary.get(i)).append('\n');
        }
        this.dictionaryText = normalizer.normalize(text.toString()).text();
    }

    public List<LintFinding> lint(List<NewTerm> terms) {
        Map<String, List<NewTerm>> byLanguage = new LinkedHashMap<>();
        terms.forEach(t -> byLanguage.computeIfAbsent(t.language(), k -> new ArrayList<>()).add(t));
        List<LintFinding> findings = new ArrayList<>();
        byLanguage.forEach((language, group) -> lintLanguage(language, group, findings));
        return findings;
    }

    private void lintLanguage(String language, List<NewTerm> terms, List<LintFinding> findings) {
        Map<String, String> firstByNormalized = new HashMap<>();
        Map<String, String> firstByMatchKey = new HashMap<>();
        List<TermEntry> entries = new ArrayList<>();
        for (NewTerm term : terms) {
            firstByMatchKey.putIfAbsent(TermIndexes.matchKey(term.term()), term.term());
            String normalized = normalize(term.term());
            if (firstByNormalized.putIfAbsent(normalized, term.term()) == null) {
                entries.add(TermEntry.custom(normalized, 1));
            }
        }
        TermIndex list = TermIndexes.compile(entries);
        TermIndex builtIn = builtInByLanguage.apply(language);
        Map<String, Set<String>> matchedWords = matchedDictionaryWords(list);
        Map<String, List<String>> inside = wordsContaining(firstByNormalized.keySet());
        for (NewTerm term : terms) {
            String normalized = normalize(term.term());
            String first = firstByMatchKey.get(TermIndexes.matchKey(term.term()));
            if (!first.equals(term.term())) {
                findings.add(finding(term, LintFinding.Kind.DUPLICATE,
                        "Same as '" + first + "' after normalisation."));
            } else {
                wholeMatch(list, normalized).filter(other -> !other.equals(normalized)).ifPresent(other ->
                        findings.add(finding(term, LintFinding.Kind.DUPLICATE, "'" + firstByNormalized.get(other)
                                + "' already matches everything this term matches.")));
            }
            int letters = (int) normalized.codePoints().filter(Character::isLetterOrDigit).count();
            if (letters < MIN_SAFE_LENGTH) {
                findings.add(finding(term, LintFinding.Kind.TOO_SHORT, "Only " + letters + " letter"
                        + (letters == 1 ? "" : "s") + ": short terms match by accident (initials, codes, typos)."));
            }
            Set<String> words = matchedWords.getOrDefault(normalized, Set.of());
            if (!words.isEmpty()) {
                findings.add(finding(term, LintFinding.Kind.OVER_MATCH, "Screening would flag ordinary words: "
                        + examples(words) + "."));
            }
            List<String> containing = inside.getOrDefault(normalized, List.of());
            if (!containing.isEmpty()) {
                findings.add(finding(term, LintFinding.Kind.OVER_MATCH, "Occurs inside " + containing.size()
                        + " common word" + (containing.size() == 1 ? "" : "s") + " (" + examples(containing)
                        + "); fine while matching is whole-word, a risk for partial matches."));
            }
            if (builtIn != null) {
                wholeMatch(builtIn, normalized).ifPresent(lexicon -> findings.add(finding(term,
                        LintFinding.Kind.IN_LEXICON, "Already in the built-in lexicon"
                                + (lexicon.equals(normalized) ? "." : " as '" + lexicon + "'."))));
            }
        }
    }

    /** The term of {@code index} whose hit covers every letter and digit of {@code normalized}, if any. */
    private static java.util.Optional<String> wholeMatch(TermIndex index, String normalized) {
        int first = 0;
        int last = normalized.length();
        while (first < last && !Character.isLetterOrDigit(normalized.charAt(first))) {
            first++;
        }
        while (last > first && !Character.isLetterOrDigit(normalized.charAt(last - 1))) {
            last--;
        }
        int start = first;
        int end = last;
        return index.find(normalized).stream()
                .filter(hit -> hit.start() <= start && hit.end() >= end)
                .map(hit -> hit.entry().term())
                .findFirst();
    }

    /** For each normalised term, the dictionary words (other than the term itself) the matcher flags. */
    private Map<String, Set<String>> matchedDictionaryWords(TermIndex list) {
        Map<String, Set<String>> out = new HashMap<>();
        for (TermHit hit : list.find(dictionaryText)) {
            int index = Arrays.binarySearch(wordStarts, hit.start());
            int word = index >= 0 ? index : -index - 2;
            String flagged = dictionary.get(Math.max(0, word));
            if (!normalize(flagged).equals(hit.entry().term())) {
                out.computeIfAbsent(hit.entry().term(), k -> new LinkedHashSet<>()).add(flagged);
            }
        }
        return out;
    }

    /** For each single-word term, the longer dictionary words it occurs in (one pass over the dictionary). */
    private Map<String, List<String>> wordsContaining(Set<String> terms) {
        Set<Integer> lengths = new TreeSet<>();
        terms.stream().filter(t -> !t.contains(" ")).forEach(t -> lengths.add(t.length()));
        Map<String, List<String>> out = new HashMap<>();
        for (String word : dictionary) {
            Set<String> seen = new java.util.HashSet<>();
            for (int length : lengths) {
                for (int start = 0; length < word.length() && start + length <= word.length(); start++) {
                    String part = word.substring(start, start + length);
                    if (terms.contains(part) && seen.add(part)) {
                        out.computeIfAbsent(part, k -> new ArrayList<>()).add(word);
                    }
                }
            }
        }
        return out;
    }

    private String normalize(String term) {
        return normalizer.normalize(term.strip()).text();
    }

    private static String examples(java.util.Collection<String> words) {
        List<String> list = new ArrayList<>(words);
        String shown = String.join(", ", list.subList(0, Math.min(EXAMPLES, list.size())));
        return list.size() > EXAMPLES ? shown + ", …" : shown;
    }

    private static LintFinding finding(NewTerm term, LintFinding.Kind kind, String message) {
        return new LintFinding(term.term(), term.language(), kind, message);
    }
}
