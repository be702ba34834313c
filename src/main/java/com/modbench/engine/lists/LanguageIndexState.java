package com.modbench.engine.lists;

import java.time.Instant;

/**
 * The bookkeeping of one list and language: {@code revision} grows with each edit of its terms,
 * {@code indexedRevision} is the revision the last refresh captured (null if never refreshed).
 */
public record LanguageIndexState(String language, int terms, int indexedTerms, long revision, Long indexedRevision,
                                 Instant refreshedAt) {

    public boolean upToDate() {
        return indexedRevision != null && indexedRevision == revision;
    }
}
