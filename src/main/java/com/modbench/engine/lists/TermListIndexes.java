package com.modbench.engine.lists;

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
 * refresh changes the captured revisions. A refresh in this process is seen at once; one by another process sharing
 * the store within {@link #RECHECK_NANOS}, so a screen does not pay a database query each time.
 */
final class TermListIndexes {

    private record Key(int listId, String language) {
    }

    private record Compiled(String signature, TermIndex index) {
    }

    private record Revisions(Optional<Map<String, Long>> byLanguage, long checkedAt) {
    }

    static final long RECHECK_NANOS = 500_000_000L;

    private final TermListRepository repository;
    private final Map<Key, Compiled> cache = new ConcurrentHashMap<>();
    private final Map<Integer, Revisions> revisions = new ConcurrentHashMap<>();

    TermListIndexes(TermListRepository repository) {
        this.repository = repository;
    }

    /**
     * The index of {@code language}, or of every refreshed language if {@code language} is null; empty if the list
     * does not exist.
     */
    Optional<TermIndex> indexFor(int listId, String language) {
        Optional<Map<String, Long>> current = revisions(listId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> used = new TreeMap<>(current.get());
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
                entries.add(TermEntry.custom(term, listId));
            }
        }
        TermIndex index = TermIndexes.compile(entries);
        cache.put(key, new Compiled(signature, index));
        return Optional.of(index);
    }

    private Optional<Map<String, Long>> revisions(int listId) {
        long now = System.nanoTime();
        Revisions known = revisions.get(listId);
        if (known == null || now - known.checkedAt() > RECHECK_NANOS) {
            known = new Revisions(repository.findIndexedRevisions(listId), now);
            revisions.put(listId, known);
        }
        return known.byLanguage();
    }

    /** After this process refreshed the list: its revisions must be read again. */
    void refreshed(int listId) {
        revisions.remove(listId);
    }

    /** After this process deleted the list. */
    void forget(int listId) {
        revisions.remove(listId);
        cache.keySet().removeIf(key -> key.listId() == listId);
    }
}
