package com.modbench.engine.lists;

import com.modbench.api.ModeratorException;
import com.modbench.api.NewTerm;
import com.modbench.api.TermBatchResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The terms of one {@code addTerms} call: which will be added, per language, and which were skipped and why. */
final class TermBatch {

    private record Candidate(int position, NewTerm input, String language, StoredTerm stored) {
    }

    private final List<Candidate> accepted = new ArrayList<>();
    private final List<TermBatchResult.Skipped> skipped = new ArrayList<>();

    private TermBatch() {
    }

    /** Checks each term on its own and against the earlier ones of the batch. */
    static TermBatch validate(List<NewTerm> terms, TermRules rules) {
        TermBatch batch = new TermBatch();
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            NewTerm input = terms.get(i);
            if (input == null) {
                batch.skip(i, null, "No term given.");
                continue;
            }
            String language;
            try {
                language = TermRules.language(input.language());
            } catch (ModeratorException e) {
                batch.skip(i, input, e.getMessage());
                continue;
            }
            var problem = rules.problem(input.term());
            if (problem.isPresent()) {
                batch.skip(i, input, problem.get());
                continue;
            }
            StoredTerm stored = StoredTerm.of(input.term());
            Integer earlier = firstPosition.putIfAbsent(language + '\u0000' + stored.key(), i);
            if (earlier != null) {
                batch.skip(i, input, "Same as term " + (earlier + 1) + " ('" + terms.get(earlier).term().strip()
                        + "') after normalisation.");
                continue;
            }
            batch.accepted.add(new Candidate(i, input, language, stored));
        }
        return batch;
    }

    /** Skips the terms already stored; {@code storedKeys} gives the keys of a language. */
    void skipStored(Function<String, Set<String>> storedKeys) {
        Map<String, Set<String>> byLanguage = new HashMap<>();
        accepted.removeIf(candidate -> {
            Set<String> keys = byLanguage.computeIfAbsent(candidate.language(), storedKeys);
            if (keys.contains(candidate.stored().key())) {
                skip(candidate.position(), candidate.input(), "Already in the list.");
                return true;
            }
            return false;
        });
    }

    int size() {
        return accepted.size();
    }

    Map<String, List<StoredTerm>> byLanguage() {
        Map<String, List<StoredTerm>> out = new LinkedHashMap<>();
        for (Candidate candidate : accepted) {
            out.computeIfAbsent(candidate.language(), k -> new ArrayList<>()).add(candidate.stored());
        }
        return out;
    }

    TermBatchResult result() {
        List<TermBatchResult.Skipped> ordered = new ArrayList<>(skipped);
        ordered.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return new TermBatchResult(accepted.size(), ordered);
    }

    private void skip(int position, NewTerm input, String reason) {
        skipped.add(new TermBatchResult.Skipped(position, input == null ? null : input.term(),
                input == null ? null : input.language(), reason));
    }
}
