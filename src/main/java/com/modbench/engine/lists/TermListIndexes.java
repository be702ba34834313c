package com.modbench.engine.lists;

import com.modbench.engine.text.normalize.Normalizer;
import com.modbench.engine.text.terms.TermEntry;
import com.modbench.engine.text.terms.TermIndex;
import com.modbench.engine.text.terms.TermIndexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled indexes screening uses: built from the terms captured by the last refresh, and cached until a newer
 * refresh (in this process or another sharing the store) changes the captured revisions.
 */
final class TermListIndexes {

    private record Key(int listId, String language) {
    }

    private record Compiled(String signature, TermIndex index) {
    }

    private final TermListRepository repository;
    private final Normalizer normalizer;
    private final Map<Key, Compiled> cache = new ConcurrentHashMap<>();

    TermListIndexes(TermListRepository repository, Normalizer normalizer) {
        this.repository = repository;
        this.normalizer = normalizer;
    }

    /**
     * The index of {@code language}, or of every refreshed language if {@code language} is null; empty if the list
     * does not exist.
     */
    Optional<TermIndex> indexFor(int listId, String language) {
        Optional<Map<String, Long>> revisions = repository.findIndexedRevisions(listId);
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> used = new TreeMap<>(revisions.get());
        if (language != null) {
            used.keySet().retainAll(List.of(language));
        }
        String signature = used.toString();
        Key key = new Key(listId, language);
        Compiled cached = cache.get(key);
        if (cached != null && cached.signature().equals(signature)) {
            return Optional.of(cached.index());
        }
        List<TermEntry> entries = new ArrayList<>();
        for (String lang : used.keySet()) {
            for (String term : repository.findIndexedTerms(listId, lang)) {
                entries.add(TermEntry.custom(normalizer.normalize(term).text(), listId));
            }
        }
        TermIndex index = TermIndexes.compile(entries);
        cache.put(key, new Compiled(signature, index));
        return Optional.of(index);
    }

    void forget(int listId) {
        cache.keySet().removeIf(key -> key.listId() == listId);
    }
}
