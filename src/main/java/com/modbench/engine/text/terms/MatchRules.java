package com.modbench.engine.text.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word knowledge that holds for every list: strong stems that match inside longer words, and exception words that
 * are never reported (resource {@code /lexicon/match-rules.tsv}). Stems and exceptions are stored as match keys.
 */
final class MatchRules {

    /** An exception word; {@code anyPrefix} lets it end a longer word instead of starting one. */
    record Exception(String key, boolean anyPrefix) {
    }

    /** A known alternative spelling of part of a key. */
    record Spelling(String from, String to) {
    }

    static final MatchRules STANDARD = load("/lexicon/match-rules.tsv");

    private final List<String> stems;
    private final List<Exception> exceptions;
    private final List<Spelling> spellings;
    private final Set<String> compounds;
    private final List<String> suffixes;

    MatchRules(List<String> stems, List<Exception> exceptions, List<Spelling> spellings, Set<String> compounds,
            List<String> suffixes) {
        this.stems = List.copyOf(stems);
        this.exceptions = List.copyOf(exceptions);
        this.spellings = List.copyOf(spellings);
        this.compounds = Set.copyOf(compounds);
        this.suffixes = List.copyOf(suffixes);
    }

    /** Insult suffixes a term with this key combines with ("dick" → "dickface"); empty for other keys. */
    List<String> compoundSuffixes(String key) {
        return compounds.contains(key) ? suffixes : List.of();
    }

    List<Spelling> spellings() {
        return spellings;
    }

    List<Exception> exceptions() {
        return exceptions;
    }

    /** True if a term with this key may match inside a longer word. */
    boolean matchesInsideWords(String key) {
        for (String stem : stems) {
            if (key.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static MatchRules load(String resource) {
        List<String> stems = new ArrayList<>();
        List<Exception> exceptions = new ArrayList<>();
        List<Spelling> spellings = new ArrayList<>();
        Set<String> compounds = new HashSet<>();
        List<String> suffixes = new ArrayList<>();
        try (InputStream in = MatchRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 2) {
                    continue;
                }
                String word = cols[1].trim();
                if (cols[0].equals("stem")) {
                    stems.add(TermKeys.key(word));
                } else if (cols[0].equals("spelling") && cols.length > 2) {
                    spellings.add(new Spelling(TermKeys.key(word), TermKeys.key(cols[2].trim())));
                } else if (cols[0].equals("compound")) {
                    compounds.add(TermKeys.key(word));
                } else if (cols[0].equals("suffix")) {
                    suffixes.add(TermKeys.key(word));
                } else if (cols[0].equals("except")) {
                    boolean anyPrefix = word.startsWith("*");
                    exceptions.add(new Exception(TermKeys.key(anyPrefix ? word.substring(1) : word), anyPrefix));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new MatchRules(stems, exceptions, spellings, compounds, suffixes);
    }
}
